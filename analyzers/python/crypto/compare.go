package crypto

import (
	"fmt"
	"sort"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/credentials"
)

// SecretComparison reports secrets compared with == or != (AV605).
var SecretComparison = python.NewAnalyzer("AV605",
	[]string{"comparison_operator", "assignment", "augmented_assignment"},
	credentials.CompareKeywords,
	runSecretComparison)

const compareMsg = `%s is compared with %s, which returns at the first differing byte: response times tell an attacker ` +
	`how much of a guessed value is right, so it can be recovered byte by byte; compare with hmac.compare_digest(a, b)`

// webRoots are modules whose import says that a file serves HTTP or does cryptography. A
// credential-named value compared with an unknown one is reported only in such files, so a
// tokenizer's `if token == expected` stays quiet.
var webRoots = map[string]bool{
	"flask": true, "django": true, "fastapi": true, "starlette": true, "werkzeug": true,
	"rest_framework": true, "quart": true, "sanic": true, "aiohttp": true, "tornado": true,
	"bottle": true, "falcon": true, "pyramid": true, "litestar": true, "ninja": true,
	"hmac": true, "hashlib": true, "secrets": true, "jwt": true, "jose": true, "itsdangerous": true,
	"flask_httpauth": true, "flask_login": true, "flask_jwt_extended": true, "authlib": true,
}

func webFile(f *python.File) bool {
	for _, full := range f.Imports {
		root, _, _ := strings.Cut(full, ".")
		if webRoots[root] {
			return true
		}
	}
	return false
}

func runSecretComparison(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	web := webFile(f)
	r := &valueReader{f: f, s: python.Shared(f, scopeKey{}, func() *scope { return newScope(f, pass.Nodes("assignment"), pass.Nodes("augmented_assignment")) }), keywords: credentials.CompareKeywords, web: web}
	for _, cmp := range pass.Nodes("comparison_operator") {
		left, right, op, ok := equality(f, cmp)
		if !ok || inAssert(cmp) || inEqualityMethod(f, cmp) {
			continue
		}
		if r.derivedFrom(left, right) || r.derivedFrom(right, left) {
			continue // token != _sanitize(token): a normalisation check, nothing is guessed
		}
		a, b := r.classify(left, 0), r.classify(right, 0)
		what, ok := credentials.TimingLeak(a, b, web)
		if !ok {
			continue
		}
		if what == "" {
			what = shorten(f.Text(left))
		}
		d := python.NodeDiagnostic(cmp, fmt.Sprintf(compareMsg, what, op))
		if name := compareDigest(f); name != "" && !a.MayBeNone && !b.MayBeNone {
			text := fmt.Sprintf("%s(%s, %s)", name, f.Text(left), f.Text(right))
			if op == "!=" {
				text = "not " + text
			}
			d = python.WithFix(d, "Compare with "+name, python.ReplaceNode(cmp, text))
		}
		pass.Report(d)
	}
}

// inEqualityMethod reports whether n is in an __eq__ or __ne__ method: comparing two
// credential objects field by field is not checking a secret.
func inEqualityMethod(f *python.File, n *sitter.Node) bool {
	fn := python.EnclosingFunction(n)
	if fn == nil {
		return false
	}
	name := f.Text(python.Child(fn, "name"))
	return name == "__eq__" || name == "__ne__"
}

// equality returns the operands and operator of `a == b` or `a != b` (not of chains).
func equality(f *python.File, cmp *sitter.Node) (left, right *sitter.Node, op string, ok bool) {
	var operands []*sitter.Node
	for i := uint(0); i < python.ChildCount(cmp); i++ {
		c := python.ChildAt(cmp, i)
		switch {
		case python.KindOf(c) == "comment":
		case python.IsNamed(c):
			operands = append(operands, c)
		case op != "":
			return nil, nil, "", false
		default:
			op = f.Text(c)
		}
	}
	if len(operands) != 2 || (op != "==" && op != "!=") {
		return nil, nil, "", false
	}
	return operands[0], operands[1], op, true
}

// compareDigest returns how the file can call a constant-time comparison it already imports
// (hmac.compare_digest, compare_digest, secrets.compare_digest), or "".
func compareDigest(f *python.File) string {
	var best []string
	for local, full := range f.Imports {
		switch full {
		case "hmac":
			best = append(best, "0"+local+".compare_digest")
		case "hmac.compare_digest":
			best = append(best, "1"+local)
		case "secrets.compare_digest":
			best = append(best, "2"+local)
		case "secrets":
			best = append(best, "3"+local+".compare_digest")
		}
	}
	if len(best) == 0 {
		return ""
	}
	sort.Strings(best)
	return best[0][1:]
}
