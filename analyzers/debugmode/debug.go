package debugmode

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
)

// DebugAnalyzer reports a web framework's debug mode switched on with a constant (AV201): gin's
// gin.SetMode(gin.DebugMode) (or GIN_MODE=debug set from code) and echo's e.Debug = true.
var DebugAnalyzer = analysisutil.New("AV201", runDebug, inspect.Analyzer)

const (
	ginDebugMsg = "gin runs in debug mode: it logs every route and request detail and is meant " +
		"for development; call gin.SetMode(gin.ReleaseMode) or leave the mode to the GIN_MODE " +
		"environment variable"
	echoDebugMsg = "echo's Debug mode is on: error responses carry internal error details " +
		"(messages of wrapped errors, database and file system errors) to clients; leave %s false " +
		"in production or set it from configuration"
)

func runDebug(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, ginPath, echoPath) {
		return nil, nil // no framework with a debug switch
	}
	info := pass.TypesInfo
	for file := range shippedFiles(pass) {
		for c := range file.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil)) {
			switch n := c.Node().(type) {
			case *ast.CallExpr:
				if isGinDebug(info, n) && !guarded(info, c) {
					if fix, ok := ginReleaseFix(pass, n); ok {
						analysisutil.ReportWithFix(pass, n, fix, ginDebugMsg)
					} else {
						analysisutil.Report(pass, n, ginDebugMsg)
					}
				}
			case *ast.AssignStmt:
				if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
					continue
				}
				for i, lhs := range n.Lhs {
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if !ok || !isEchoDebug(info, sel) || !isTrue(info, n.Rhs[i]) || guarded(info, c) {
						continue
					}
					reportEchoDebug(pass, span{lhs, n.Rhs[i]}, n.Rhs[i], types.ExprString(lhs))
				}
			case *ast.CompositeLit:
				if !analysisutil.IsNamed(info.TypeOf(n), echoPath, "Echo") {
					continue
				}
				if kv, ok := keyedField(info, n, echoPath, "Echo", "Debug"); ok && isTrue(info, kv.Value) && !guarded(info, c) {
					reportEchoDebug(pass, kv, kv.Value, "Debug")
				}
			}
		}
	}
	return nil, nil
}

// isGinDebug reports whether call puts gin in debug mode: gin.SetMode with a constant "debug",
// or os.Setenv("GIN_MODE", "debug"), which gin reads when the program starts.
func isGinDebug(info *types.Info, call *ast.CallExpr) bool {
	switch {
	case analysisutil.IsPkgFunc(info, call, ginPath, "SetMode") && len(call.Args) == 1:
		mode, ok := analysisutil.ConstString(info, call.Args[0])
		return ok && mode == "debug"
	case analysisutil.IsPkgFunc(info, call, "os", "Setenv") && len(call.Args) == 2:
		key, ok1 := analysisutil.ConstString(info, call.Args[0])
		mode, ok2 := analysisutil.ConstString(info, call.Args[1])
		return ok1 && ok2 && key == "GIN_MODE" && mode == "debug"
	}
	return false
}

// ginReleaseFix rewrites the argument of gin.SetMode(gin.DebugMode) or gin.SetMode("debug") to
// gin.ReleaseMode. Other constants equal to "debug" are left alone: they may serve other uses.
func ginReleaseFix(pass *analysis.Pass, call *ast.CallExpr) (analysis.SuggestedFix, bool) {
	info := pass.TypesInfo
	if len(call.Args) != 1 {
		return analysis.SuggestedFix{}, false
	}
	var edit analysis.TextEdit
	switch arg := ast.Unparen(call.Args[0]).(type) {
	case *ast.SelectorExpr: // gin.DebugMode
		if !isGinConst(info.Uses[arg.Sel], "DebugMode") {
			return analysis.SuggestedFix{}, false
		}
		edit = analysis.TextEdit{Pos: arg.Sel.Pos(), End: arg.Sel.End(), NewText: []byte("ReleaseMode")}
	case *ast.Ident: // DebugMode, dot-imported
		if !isGinConst(info.Uses[arg], "DebugMode") || !resolvesTo(pass, arg.Pos(), "ReleaseMode") {
			return analysis.SuggestedFix{}, false
		}
		edit = analysis.TextEdit{Pos: arg.Pos(), End: arg.End(), NewText: []byte("ReleaseMode")}
	case *ast.BasicLit: // "debug": qualify ReleaseMode as SetMode is
		var name string
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.SelectorExpr:
			id, ok := fun.X.(*ast.Ident)
			if !ok {
				return analysis.SuggestedFix{}, false
			}
			if _, ok := info.Uses[id].(*types.PkgName); !ok {
				return analysis.SuggestedFix{}, false
			}
			name = id.Name + ".ReleaseMode"
		case *ast.Ident:
			if !resolvesTo(pass, arg.Pos(), "ReleaseMode") {
				return analysis.SuggestedFix{}, false
			}
			name = "ReleaseMode"
		default:
			return analysis.SuggestedFix{}, false
		}
		edit = analysis.TextEdit{Pos: arg.Pos(), End: arg.End(), NewText: []byte(name)}
	default:
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message:   "Switch gin to release mode",
		TextEdits: []analysis.TextEdit{edit},
	}, true
}

// isGinConst reports whether obj is gin's constant name.
func isGinConst(obj types.Object, name string) bool {
	c, ok := obj.(*types.Const)
	return ok && c.Name() == name && c.Pkg() != nil && c.Pkg().Path() == ginPath
}

// resolvesTo reports whether the unqualified name, written at pos, denotes gin's constant name
// (through a dot import) rather than something that shadows it.
func resolvesTo(pass *analysis.Pass, pos token.Pos, name string) bool {
	scope := pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, obj := scope.LookupParent(name, pos)
	return isGinConst(obj, name)
}

// isEchoDebug reports whether sel selects the Debug field of an echo.Echo, directly or through
// an embedded *echo.Echo.
func isEchoDebug(info *types.Info, sel *ast.SelectorExpr) bool {
	s, ok := info.Selections[sel]
	return ok && s.Kind() == types.FieldVal && isField(s.Obj(), echoPath, "Echo", "Debug")
}

// isTrue reports whether e is a constant true.
func isTrue(info *types.Info, e ast.Expr) bool {
	v, ok := analysisutil.ConstBool(info, e)
	return ok && v
}

// reportEchoDebug reports Debug set to the constant value; the fix turns a literal true into false
// (a named constant is left to the author, who may use it elsewhere).
func reportEchoDebug(pass *analysis.Pass, rng analysis.Range, value ast.Expr, field string) {
	if id, ok := ast.Unparen(value).(*ast.Ident); ok && pass.TypesInfo.Uses[id] == types.Universe.Lookup("true") {
		fix := analysis.SuggestedFix{
			Message:   "Set echo's Debug to false",
			TextEdits: []analysis.TextEdit{{Pos: value.Pos(), End: value.End(), NewText: []byte("false")}},
		}
		analysisutil.ReportWithFix(pass, rng, fix, echoDebugMsg, field)
		return
	}
	analysisutil.Report(pass, rng, echoDebugMsg, field)
}
