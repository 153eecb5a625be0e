package debugmode

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
)

// LoggingAnalyzer reports the log level fixed at DEBUG (or finer) in code (AV203): log/slog's
// SetLogLoggerLevel and HandlerOptions.Level, logrus's SetLevel and Logger.Level.
var LoggingAnalyzer = analysisutil.New("AV203", runLogging, inspect.Analyzer)

const debugLogMsg = "log level set to %s in code: debug logs record request data, tokens and " +
	"personal data that production logs must not keep; read the level from configuration " +
	"(e.g. LOG_LEVEL)"

// Numeric levels: slog's LevelDebug is -4 (lower is more verbose); logrus's DebugLevel is 5 and
// TraceLevel 6 (higher is more verbose).
const (
	slogDebug   = -4
	logrusDebug = 5
)

// levelFields are the struct fields that hold a logger's level.
var levelFields = [...]struct{ pkg, typ string }{
	{slogPath, "HandlerOptions"},
	{logrusPath, "Logger"},
}

func runLogging(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, slogPath, logrusPath) {
		return nil, nil // no logger whose level we know
	}
	info := pass.TypesInfo
	for file := range shippedFiles(pass) {
		for c := range file.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil)) {
			switch n := c.Node().(type) {
			case *ast.CallExpr:
				// slog.SetLogLoggerLevel(l), logrus.SetLevel(l), logger.SetLevel(l)
				if len(n.Args) != 1 ||
					!analysisutil.IsPkgFunc(info, n, slogPath, "SetLogLoggerLevel") &&
						!analysisutil.IsPkgFunc(info, n, logrusPath, "SetLevel") &&
						!analysisutil.IsMethod(info, n, logrusPath, "Logger", "SetLevel") {
					continue
				}
				if level, ok := debugLevel(info, n.Args[0]); ok && !guarded(info, c) {
					analysisutil.Report(pass, n, debugLogMsg, level)
				}
			case *ast.AssignStmt:
				// logger.Level = logrus.DebugLevel, opts.Level = slog.LevelDebug
				if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
					continue
				}
				for i, lhs := range n.Lhs {
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if !ok || !isLevelField(info, sel) {
						continue
					}
					if level, ok := debugLevel(info, n.Rhs[i]); ok && !guarded(info, c) {
						analysisutil.Report(pass, span{lhs, n.Rhs[i]}, debugLogMsg, level)
					}
				}
			case *ast.CompositeLit:
				// slog.HandlerOptions{Level: slog.LevelDebug}, logrus.Logger{Level: logrus.DebugLevel}
				t := info.TypeOf(n)
				for _, f := range levelFields {
					if !analysisutil.IsNamed(t, f.pkg, f.typ) {
						continue
					}
					kv, ok := keyedField(info, n, f.pkg, f.typ, "Level")
					if !ok {
						continue
					}
					if level, ok := debugLevel(info, kv.Value); ok && !guarded(info, c) {
						analysisutil.Report(pass, kv, debugLogMsg, level)
					}
				}
			}
		}
	}
	return nil, nil
}

// isLevelField reports whether sel selects the Level field of a slog.HandlerOptions or a
// logrus.Logger.
func isLevelField(info *types.Info, sel *ast.SelectorExpr) bool {
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return false
	}
	for _, f := range levelFields {
		if isField(s.Obj(), f.pkg, f.typ, "Level") {
			return true
		}
	}
	return false
}

// debugLevel returns the name of the level ("DEBUG" or "TRACE") when e is a constant slog.Level
// or logrus.Level at which debug records are written. A level computed at run time (parsed from
// the environment or a flag) has no constant value and is not reported.
func debugLevel(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return "", false
	}
	v, exact := constant.Int64Val(tv.Value)
	if !exact {
		return "", false
	}
	switch {
	case analysisutil.IsNamed(tv.Type, slogPath, "Level"):
		if v <= slogDebug {
			return "DEBUG", true
		}
	case analysisutil.IsNamed(tv.Type, logrusPath, "Level"):
		switch {
		case v == logrusDebug:
			return "DEBUG", true
		case v > logrusDebug:
			return "TRACE", true
		}
	}
	return "", false
}
