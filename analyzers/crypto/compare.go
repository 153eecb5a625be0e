package crypto

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/jwtlib"
	"github.com/apivet/apivet/internal/credentials"
)

// CompareAnalyzer reports secrets compared with == or bytes.Equal (AV605).
var CompareAnalyzer = analysisutil.New("AV605", runCompare, inspect.Analyzer)

const compareGoMsg = `%s is compared with %s, which returns at the first differing byte: response times tell an attacker ` +
	`how much of a guessed value is right, so it can be recovered byte by byte; compare with ` +
	`subtle.ConstantTimeCompare or hmac.Equal`

// webPaths are imports that say a package serves HTTP or does cryptography. A credential-named
// value compared with an unknown one is reported only in such packages.
var webPaths = append([]string{
	httpPath, ginPath, echoPath, "github.com/go-chi/chi/v5", "github.com/gorilla/mux",
	"github.com/valyala/fasthttp", "github.com/gofiber/fiber/v2", "google.golang.org/grpc/metadata",
	hmacPath, subtlePath, "crypto/sha256", "crypto/sha1", "crypto/md5", "crypto/sha512",
}, jwtlib.Paths...)

func runCompare(pass *analysis.Pass) (any, error) {
	// Every finding needs a secret from a request, the environment, an HMAC or a name; the
	// packages that can hold one without importing any of these are left alone.
	if !analysisutil.Imports(pass.Pkg, append([]string{"os", "bytes"}, webPaths...)...) {
		return nil, nil
	}
	info := pass.TypesInfo
	files := slices.Collect(shippedFiles(pass))
	r := &reader{info: info, defs: indexDefs(info, files), keywords: credentials.CompareKeywords}
	web := analysisutil.Imports(pass.Pkg, webPaths...)
	for _, file := range files {
		f := file.Node().(*ast.File)
		for c := range file.Preorder((*ast.BinaryExpr)(nil), (*ast.CallExpr)(nil)) {
			var x, y ast.Expr
			op := ""
			switch n := c.Node().(type) {
			case *ast.BinaryExpr:
				if (n.Op != token.EQL && n.Op != token.NEQ) || !comparable(info, n.X) || !comparable(info, n.Y) {
					continue
				}
				x, y, op = n.X, n.Y, n.Op.String()
			case *ast.CallExpr:
				if !analysisutil.IsPkgFunc(info, n, "bytes", "Equal") || len(n.Args) != 2 {
					continue
				}
				x, y, op = n.Args[0], n.Args[1], "bytes.Equal"
			}
			what, ok := credentials.TimingLeak(r.classify(x, 0), r.classify(y, 0), web)
			if !ok {
				continue
			}
			if what == "" {
				what = types.ExprString(x)
			}
			n := c.Node()
			if fix, ok := constantTimeFix(pass, f, n); ok {
				analysisutil.ReportWithFix(pass, n, fix, compareGoMsg, what, op)
			} else {
				analysisutil.Report(pass, n, compareGoMsg, what, op)
			}
		}
	}
	return nil, nil
}

// comparable reports whether e is a string or a byte array, whose == compares contents.
func comparable(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Array:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// importName returns the name under which file f imports path, or "".
func importName(f *ast.File, path, def string) string {
	for _, spec := range f.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err != nil || p != path {
			continue
		}
		if spec.Name == nil {
			return def
		}
		if spec.Name.Name == "_" || spec.Name.Name == "." {
			return ""
		}
		return spec.Name.Name
	}
	return ""
}

// constantTimeFix rewrites a == b on strings to subtle.ConstantTimeCompare([]byte(a), []byte(b))
// == 1 and bytes.Equal(a, b) to hmac.Equal(a, b), when the file already imports the package the
// fix needs (adding an import is left to the author and goimports).
func constantTimeFix(pass *analysis.Pass, f *ast.File, n ast.Node) (analysis.SuggestedFix, bool) {
	src, ok := source(pass, f)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	text := func(e ast.Node) []byte {
		return src[pass.Fset.Position(e.Pos()).Offset:pass.Fset.Position(e.End()).Offset]
	}
	switch n := n.(type) {
	case *ast.BinaryExpr:
		subtle := importName(f, subtlePath, "subtle")
		if subtle == "" || !isString(pass.TypesInfo, n.X) || !isString(pass.TypesInfo, n.Y) {
			return analysis.SuggestedFix{}, false
		}
		var b bytes.Buffer
		b.WriteString(subtle + ".ConstantTimeCompare([]byte(")
		b.Write(text(n.X))
		b.WriteString("), []byte(")
		b.Write(text(n.Y))
		b.WriteString(")) ")
		b.WriteString(n.Op.String())
		b.WriteString(" 1")
		return analysis.SuggestedFix{
			Message:   "Compare with subtle.ConstantTimeCompare",
			TextEdits: []analysis.TextEdit{{Pos: n.Pos(), End: n.End(), NewText: b.Bytes()}},
		}, true
	case *ast.CallExpr:
		hmac := importName(f, hmacPath, "hmac")
		if hmac == "" {
			return analysis.SuggestedFix{}, false
		}
		return analysis.SuggestedFix{
			Message:   "Compare with hmac.Equal",
			TextEdits: []analysis.TextEdit{{Pos: n.Fun.Pos(), End: n.Fun.End(), NewText: []byte(hmac + ".Equal")}},
		}, true
	}
	return analysis.SuggestedFix{}, false
}

func isString(info *types.Info, e ast.Expr) bool {
	b, ok := underlying(info.TypeOf(e)).(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// source returns the content of file f.
func source(pass *analysis.Pass, f *ast.File) ([]byte, bool) {
	tf := pass.Fset.File(f.FileStart)
	if tf == nil {
		return nil, false
	}
	src, err := pass.ReadFile(tf.Name())
	if err != nil || len(src) != tf.Size() {
		return nil, false
	}
	return src, true
}
