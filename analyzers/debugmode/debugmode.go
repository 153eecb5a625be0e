package debugmode

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
var Analyzers = []*analysis.Analyzer{DebugAnalyzer, PprofAnalyzer, LoggingAnalyzer}

// Import paths of the frameworks the analyzers know.
const (
	ginPath       = "github.com/gin-gonic/gin"
	ginPprofPath  = "github.com/gin-contrib/pprof"
	echoPath      = "github.com/labstack/echo/v4"
	chiPath       = "github.com/go-chi/chi/v5"
	chiMiddleware = "github.com/go-chi/chi/v5/middleware"
	gorillaPath   = "github.com/gorilla/mux"
	logrusPath    = "github.com/sirupsen/logrus"
	slogPath      = "log/slog"
	httpPath      = "net/http"
	pprofPath     = "net/http/pprof"
)

// shippedFiles yields the cursors of the package's files that ship with the program: _test.go
// files are left out, since debug switches in tests never reach production.
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

// guarded reports whether the node at c runs only when a run-time condition of its function
// holds: it sits in the body or else branch of an if whose condition is not constant, or in a
// switch or select case. `if cfg.Debug { gin.SetMode(gin.DebugMode) }` leaves the choice to
// configuration, which is what the rules ask for.
func guarded(info *types.Info, c inspector.Cursor) bool {
	pos := c.Node().Pos()
	for p := range c.Enclosing() {
		switch n := p.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if pos >= n.Body.Lbrace && info.Types[n.Cond].Value == nil {
				return true
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

// isField reports whether obj is the field name of the struct type pkgPath.typeName, reached
// directly or through embedding.
func isField(obj types.Object, pkgPath, typeName, name string) bool {
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() || v.Name() != name || v.Pkg() == nil || v.Pkg().Path() != pkgPath {
		return false
	}
	return structField(v.Pkg(), typeName, name) == v
}

// structField returns the field name of the struct type typeName declared in pkg, or nil.
func structField(pkg *types.Package, typeName, name string) *types.Var {
	tn, ok := pkg.Scope().Lookup(typeName).(*types.TypeName)
	if !ok {
		return nil
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := range st.NumFields() {
		if f := st.Field(i); f.Name() == name {
			return f
		}
	}
	return nil
}

// keyedField returns the value given to the field name in a keyed struct literal of the struct
// type pkgPath.typeName, with its key-value element.
func keyedField(info *types.Info, lit *ast.CompositeLit, pkgPath, typeName, name string) (*ast.KeyValueExpr, bool) {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if key, ok := kv.Key.(*ast.Ident); ok && isField(info.Uses[key], pkgPath, typeName, name) {
			return kv, true
		}
	}
	return nil, false
}

// span is an analysis.Range from pos to end.
type span struct{ pos, end ast.Node }

func (s span) Pos() token.Pos { return s.pos.Pos() }
func (s span) End() token.Pos { return s.end.End() }
