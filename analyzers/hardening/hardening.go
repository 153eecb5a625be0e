package hardening

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
)

// Analyzers lists the analyzers of this package in rule ID order.
var Analyzers = []*analysis.Analyzer{CORSAnalyzer, ErrorDetailsAnalyzer, TimeoutsAnalyzer, BodyLimitAnalyzer, CookiesAnalyzer}

// Import paths of the packages the analyzers know.
const (
	httpPath     = "net/http"
	ginPath      = "github.com/gin-gonic/gin"
	ginCORSPath  = "github.com/gin-contrib/cors"
	echoPath     = "github.com/labstack/echo/v4"
	echoMidPath  = "github.com/labstack/echo/v4/middleware"
	rsCORSPath   = "github.com/rs/cors"
	fmtPath      = "fmt"
	ioPath       = "io"
	ioutilPath   = "io/ioutil"
	jsonPath     = "encoding/json"
	xmlPath      = "encoding/xml"
	debugPath    = "runtime/debug"
	cookiejarPkg = "net/http/cookiejar"
)

// shippedFiles returns the cursors of the package's files that ship with the program: _test.go
// files are left out.
func shippedFiles(pass *analysis.Pass) []inspector.Cursor {
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	var out []inspector.Cursor
	for c := range in.Root().Children() {
		if !analysisutil.IsTestFile(pass, c.Node().(*ast.File)) {
			out = append(out, c)
		}
	}
	return out
}

// enclosingFunc returns the cursor of the innermost function declaration or literal around c
// (c itself included), if any.
func enclosingFunc(c inspector.Cursor) (inspector.Cursor, bool) {
	for p := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return p, true
	}
	return inspector.Cursor{}, false
}

// funcBody returns the body of a function declaration or literal.
func funcBody(n ast.Node) *ast.BlockStmt {
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Body
	case *ast.FuncLit:
		return n.Body
	}
	return nil
}

// constInt returns the constant integer value of e, if it has one.
func constInt(info *types.Info, e ast.Expr) (int64, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// isTrue reports whether e is a constant true.
func isTrue(info *types.Info, e ast.Expr) bool {
	v, ok := analysisutil.ConstBool(info, e)
	return ok && v
}

// isFalse reports whether e is a constant false.
func isFalse(info *types.Info, e ast.Expr) bool {
	v, ok := analysisutil.ConstBool(info, e)
	return ok && !v
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// isError reports whether t implements error (t is not the untyped nil).
func isError(t types.Type) bool {
	if t == nil {
		return false
	}
	if b, ok := t.(*types.Basic); ok && b.Kind() == types.UntypedNil {
		return false
	}
	return types.Implements(t, errorType)
}

// isRequest reports whether t is *http.Request.
func isRequest(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && analysisutil.IsNamed(p.Elem(), httpPath, "Request")
}

// calleeFunc returns the function or method a call calls, if it is known statically or is an
// interface method.
func calleeFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// fieldOf returns the struct field a selector selects, or nil.
func fieldOf(info *types.Info, sel *ast.SelectorExpr) *types.Var {
	if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
		v, _ := s.Obj().(*types.Var)
		return v
	}
	return nil
}

// isFieldOf reports whether v is the field name of a struct declared in pkgPath.
func isFieldOf(v *types.Var, pkgPath, name string) bool {
	return v != nil && v.IsField() && v.Name() == name && v.Pkg() != nil && v.Pkg().Path() == pkgPath
}

// localVar returns the variable declared in a function that e names, or nil.
func localVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return v
}

// conditional reports whether the node at c runs only under a condition of its function: it sits
// in an if, switch, select or loop body below fn.
func conditional(c, fn inspector.Cursor) bool {
	for p := range c.Enclosing() {
		if p == fn {
			return false
		}
		switch n := p.Node().(type) {
		case *ast.IfStmt:
			if c.Node().Pos() >= n.Body.Lbrace {
				return true
			}
		case *ast.CaseClause, *ast.CommClause, *ast.ForStmt, *ast.RangeStmt:
			return true
		}
	}
	return false
}

// bindingVar returns the local variable that the value at c is assigned to or declared with
// (looking through &), if any.
func bindingVar(info *types.Info, c inspector.Cursor) *types.Var {
	if u, ok := c.Parent().Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		c = c.Parent()
	}
	for {
		if _, ok := c.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		c = c.Parent()
	}
	n := c.Node()
	switch p := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			for i, r := range p.Rhs {
				if r == n {
					return localVar(info, p.Lhs[i])
				}
			}
		}
	case *ast.ValueSpec:
		if len(p.Names) == len(p.Values) {
			for i, v := range p.Values {
				if v == n {
					return localVar(info, p.Names[i])
				}
			}
		}
	}
	return nil
}
