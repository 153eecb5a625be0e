package crypto

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/jwtlib"
)

// Analyzers lists the analyzers of this package in rule ID order.
var Analyzers = []*analysis.Analyzer{
	VerificationAnalyzer, NoneAnalyzer, AlgorithmsAnalyzer, ConfusionAnalyzer,
	CompareAnalyzer, PasswordHashAnalyzer,
}

// Import paths the analyzers know.
const (
	httpPath   = "net/http"
	ginPath    = "github.com/gin-gonic/gin"
	echoPath   = "github.com/labstack/echo/v4"
	hmacPath   = "crypto/hmac"
	subtlePath = "crypto/subtle"
)

// isJWTPkg reports whether p is golang-jwt or one of its predecessors (package jwtlib).
func isJWTPkg(p *types.Package) bool {
	return p != nil && jwtlib.Is(p.Path())
}

// shippedFiles yields the cursors of the package's files that ship with the program: _test.go
// files are left out.
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

// callee returns the function or method a call calls, or nil.
func callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// jwtFunc returns the name of the golang-jwt function or method (of a named jwt type) call
// calls, or "".
func jwtFunc(info *types.Info, call *ast.CallExpr) (name string, method bool) {
	fn := callee(info, call)
	if fn == nil || !isJWTPkg(fn.Pkg()) {
		return "", false
	}
	return fn.Name(), fn.Signature().Recv() != nil
}

// jwtVar reports whether e denotes the package-level variable or constant name of golang-jwt.
func jwtVar(info *types.Info, e ast.Expr, name string) bool {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return false
	}
	obj := info.Uses[id]
	return obj != nil && isJWTPkg(obj.Pkg()) && obj.Name() == name && obj.Parent() == obj.Pkg().Scope()
}

// enclosingFunc returns the cursor of the innermost function declaration or literal around c.
func enclosingFunc(c inspector.Cursor) (inspector.Cursor, bool) {
	for e := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if e.Index() != c.Index() {
			return e, true
		}
	}
	return inspector.Cursor{}, false
}

// span is an analysis.Range from pos to end.
type span struct{ pos, end token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return s.end }
