package transport

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
)

// Analyzers lists the analyzers of this package in rule ID order.
var Analyzers = []*analysis.Analyzer{
	BasicAuthAnalyzer, PlainHTTPAnalyzer, TLSVerifyAnalyzer, TLSVersionAnalyzer, KeyInURLAnalyzer, PlainServerAnalyzer,
}

// Import paths of the packages the analyzers know.
const (
	httpPath      = "net/http"
	urlPath       = "net/url"
	tlsPath       = "crypto/tls"
	fmtPath       = "fmt"
	stringsPath   = "strings"
	ginPath       = "github.com/gin-gonic/gin"
	echoPath      = "github.com/labstack/echo/v4"
	echoMW        = "github.com/labstack/echo/v4/middleware"
	chiMiddleware = "github.com/go-chi/chi/v5/middleware"
)

// shippedFiles yields the cursors of the package's files that ship with the program: _test.go
// files are left out (see the package documentation).
func shippedFiles(pass *analysis.Pass) iter.Seq[inspector.Cursor] {
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	return func(yield func(inspector.Cursor) bool) {
		for c := range in.Root().Children() {
			if analysisutil.IsTestFile(pass, c.Node().(*ast.File)) {
				continue
			}
			if !yield(c) {
				return
			}
		}
	}
}

// shipped returns the cursors of shippedFiles.
func shipped(pass *analysis.Pass) []inspector.Cursor {
	var out []inspector.Cursor
	for c := range shippedFiles(pass) {
		out = append(out, c)
	}
	return out
}

// optIn reports whether the node at c runs only when a run-time condition of its function holds
// (an if body or else branch with a non-constant condition, a switch or select case): such a
// setting is an opt-in, like an --insecure flag. A condition that tests an error value is not an
// opt-in: turning verification off after a failure is the mistake the rules are about.
func optIn(info *types.Info, c inspector.Cursor) bool {
	pos := c.Node().Pos()
	for p := range c.Enclosing() {
		switch n := p.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if pos >= n.Body.Lbrace && info.Types[n.Cond].Value == nil {
				return !testsError(info, n.Cond)
			}
		case *ast.CaseClause:
			if pos > n.Colon {
				return true
			}
		case *ast.CommClause:
			if pos > n.Colon {
				return true
			}
		}
	}
	return false
}

var errorType = types.Universe.Lookup("error").Type()

// testsError reports whether cond mentions a value of type error (err != nil, errors.Is(err, x)).
func testsError(info *types.Info, cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && types.Identical(v.Type(), errorType) {
				found = true
			}
		}
		return !found
	})
	return found
}

// isField reports whether obj is the field name of the struct type pkgPath.typeName.
func isField(obj types.Object, pkgPath, typeName, name string) bool {
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() || v.Name() != name || v.Pkg() == nil || v.Pkg().Path() != pkgPath {
		return false
	}
	tn, ok := v.Pkg().Scope().Lookup(typeName).(*types.TypeName)
	if !ok {
		return false
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		if st.Field(i) == v {
			return true
		}
	}
	return false
}

// selectsField reports whether sel selects the field name of pkgPath.typeName.
func selectsField(info *types.Info, sel *ast.SelectorExpr, pkgPath, typeName, name string) bool {
	s, ok := info.Selections[sel]
	return ok && s.Kind() == types.FieldVal && isField(s.Obj(), pkgPath, typeName, name)
}

// keyedFields yields the key-value elements of a keyed struct literal of pkgPath.typeName whose
// field is one of names.
func keyedFields(info *types.Info, lit *ast.CompositeLit, pkgPath, typeName string, names ...string) iter.Seq2[string, *ast.KeyValueExpr] {
	return func(yield func(string, *ast.KeyValueExpr) bool) {
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			for _, name := range names {
				if isField(info.Uses[key], pkgPath, typeName, name) && !yield(name, kv) {
					return
				}
			}
		}
	}
}

// span is an analysis.Range from pos to end.
type span struct{ pos, end ast.Node }

func (s span) Pos() token.Pos { return s.pos.Pos() }
func (s span) End() token.Pos { return s.end.End() }
