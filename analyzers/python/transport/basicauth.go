package transport

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// basicWords are the spellings of the Basic scheme the analyzer knows; a value is only
// recognised when its first literal starts with one of them, which keeps the keywords sound.
var basicWords = []string{"Basic", "basic", "BASIC"}

// BasicAuth reports an Authorization Basic header built from a user and a secret without
// base64 encoding (AV501).
var BasicAuth = python.NewAnalyzer("AV501", withKinds("pair", "call", "assignment"), basicWords, runBasicAuth)

const (
	basicMsg = `the %s header sends Basic credentials as raw "user:secret" text instead of base64("user:secret"): ` +
		`servers reject or misread it, and the secret travels and is logged in a malformed header; ` +
		`pass auth=(user, secret) (requests, httpx) or aiohttp.BasicAuth, which encode it`
	basicFix = "Encode the credentials with base64"
)

// headerSetters are the methods that set a header from (name, value) positional arguments.
var headerSetters = map[string]bool{
	"add_header": true, "add_unredirected_header": true, "putheader": true,
	"set": true, "add": true, "setdefault": true, "__setitem__": true,
}

func runBasicAuth(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return // test code builds requests to fake hosts and malformed headers on purpose
	}
	b := python.Shared(pass.File, binderKey{}, func() *binder { return newBinder(pass) })
	seen := map[uintptr]bool{}
	check := func(header string, value *sitter.Node) {
		n := b.resolve(value)
		if n == nil || seen[n.Id()] {
			return
		}
		t := b.eval(n)
		if !rawBasic(t) {
			return
		}
		seen[n.Id()] = true
		d := python.NodeDiagnostic(n, sprintf(basicMsg, header))
		if edits := basicFixEdits(f, n); edits != nil {
			d = python.WithFix(d, basicFix, edits)
		}
		pass.Report(d)
	}
	for _, p := range pass.Nodes("pair") {
		if k, ok := f.StringValue(python.Child(p, "key")); ok && authHeader(k) {
			check(k, python.Child(p, "value"))
		}
	}
	for _, a := range pass.Nodes("assignment") {
		left := python.Child(a, "left")
		if left == nil || python.KindOf(left) != "subscript" || python.Child(a, "right") == nil {
			continue
		}
		if k, ok := f.SubscriptKey(left); ok && authHeader(k) {
			check(k, python.AssignedValue(a))
		}
	}
	for _, call := range pass.Nodes("call") {
		callee := python.Callee(call)
		if callee == nil {
			continue
		}
		name := ""
		if python.KindOf(callee) == "attribute" {
			name = f.Text(python.Child(callee, "attribute"))
		}
		if name == "update" || f.QualifiedName(callee) == "dict" {
			for _, e := range entries(f, python.Child(call, "arguments"), 0) {
				if python.KindOf(e.node) == "keyword_argument" && authHeader(e.key) {
					check(e.key, e.value)
				}
			}
		}
		if headerSetters[name] {
			if args := python.CallArgs(call); len(args) == 2 {
				if k, ok := f.StringValue(args[0]); ok && authHeader(k) {
					check(k, args[1])
				}
			}
		}
	}
}

// authHeader reports whether a header name is Authorization or Proxy-Authorization.
func authHeader(name string) bool {
	return strings.EqualFold(name, "Authorization") || strings.EqualFold(name, "Proxy-Authorization")
}

// rawBasic reports whether t is "Basic " followed by credentials holding a literal colon: the
// user:secret pair written out instead of encoded.
func rawBasic(t tmpl) bool {
	if len(t) == 0 || t[0].isHole() {
		return false
	}
	word := false
	for _, w := range basicWords {
		word = word || strings.HasPrefix(t[0].raw, w) && strings.HasPrefix(t[0].text, w)
	}
	text := t.text()
	if !word || len(text) < 6 || text[5] != ' ' {
		return false
	}
	return strings.Contains(strings.TrimLeft(text[6:], " "), ":")
}

// basicFixEdits rewrites f"Basic {user}:{secret}" and "Basic " + user + ":" + secret into
// "Basic " + base64.b64encode(<credentials>.encode()).decode() when the file imports base64
// under its own name; otherwise it returns nil.
func basicFixEdits(f *python.File, n *sitter.Node) []python.TextEdit {
	if f.Imports["base64"] != "base64" {
		return nil
	}
	src := string(f.Src)
	switch python.KindOf(n) {
	case "string":
		start := python.ChildAt(n, 0)
		content := python.ChildAt(n, 1)
		if start == nil || content == nil || python.KindOf(start) != "string_start" || python.KindOf(content) != "string_content" ||
			!strings.ContainsAny(f.Text(start), "fF") || len(f.Text(content)) < 6 || f.Text(content)[5] != ' ' {
			return nil
		}
		quote := strings.TrimLeft(f.Text(start), "rRbBfFuU")
		if len(quote) == 3 || strings.Contains(f.Text(content)[:6], quote) {
			return nil
		}
		creds := src[python.StartByte(n):python.StartByte(content)] + src[python.StartByte(content)+6:python.EndByte(n)]
		return python.ReplaceNode(n, quote+f.Text(content)[:6]+quote+" + base64.b64encode("+creds+".encode()).decode()")
	case "binary_operator":
		// Find the innermost left operand: the "Basic " literal.
		cur := n
		for {
			l := python.Child(cur, "left")
			if l == nil {
				return nil
			}
			if python.KindOf(l) != "binary_operator" {
				break
			}
			if op := python.Child(l, "operator"); op == nil || python.KindOf(op) != "+" {
				return nil
			}
			cur = l
		}
		if op := python.Child(cur, "operator"); op == nil || python.KindOf(op) != "+" {
			return nil
		}
		first, second := python.Child(cur, "left"), python.Child(cur, "right")
		if v, ok := f.StringValue(first); !ok || len(v) != 6 || second == nil {
			return nil
		}
		creds := src[python.StartByte(second):python.EndByte(n)]
		return python.ReplaceNode(n, src[python.StartByte(n):python.StartByte(second)]+"base64.b64encode(("+creds+").encode()).decode()")
	}
	return nil
}
