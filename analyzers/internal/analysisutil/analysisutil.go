// Package analysisutil holds what every Go analyzer of apivet shares: construction from the rule
// catalogue, reporting under the rule ID, and small type-aware lookups.
package analysisutil

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apivet/apivet/rules"
)

// New builds the analyzer for the catalogue rule id: its name is the ID (so go vet offers
// -AV201=false and golangci-lint prefixes with it) and its documentation comes from the catalogue.
func New(id string, run func(*analysis.Pass) (any, error), requires ...*analysis.Analyzer) *analysis.Analyzer {
	r := rules.MustGet(id)
	if !r.HasLanguage("go") {
		panic(fmt.Sprintf("analysisutil: catalogue entry %s does not list go", id))
	}
	return &analysis.Analyzer{Name: id, Doc: r.AnalyzerDoc(), URL: r.URL(), Run: run, Requires: requires}
}

// Report reports a finding of the pass's rule spanning rng.
func Report(pass *analysis.Pass, rng analysis.Range, format string, args ...any) {
	pass.Report(analysis.Diagnostic{
		Pos: rng.Pos(), End: rng.End(), Category: pass.Analyzer.Name,
		Message: fmt.Sprintf(format, args...),
	})
}

// ReportWithFix reports a finding with one suggested fix.
func ReportWithFix(pass *analysis.Pass, rng analysis.Range, fix analysis.SuggestedFix, format string, args ...any) {
	pass.Report(analysis.Diagnostic{
		Pos: rng.Pos(), End: rng.End(), Category: pass.Analyzer.Name,
		Message:        fmt.Sprintf(format, args...),
		SuggestedFixes: []analysis.SuggestedFix{fix},
	})
}

// Imports reports whether pkg imports any of the paths directly. Analyzers use it to return early
// from packages that cannot contain what they look for.
func Imports(pkg *types.Package, paths ...string) bool {
	for _, imp := range pkg.Imports() {
		for _, p := range paths {
			if imp.Path() == p {
				return true
			}
		}
	}
	return false
}

// IsPkgFunc reports whether call calls the package-level function pkgPath.name.
func IsPkgFunc(info *types.Info, call *ast.CallExpr, pkgPath string, names ...string) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return false
	}
	for _, n := range names {
		if fn.Name() == n {
			return true
		}
	}
	return false
}

// IsMethod reports whether call calls method name of the named type pkgPath.typeName (through a
// pointer or not, or through an interface of that name).
func IsMethod(info *types.Info, call *ast.CallExpr, pkgPath, typeName string, names ...string) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || !IsNamed(sig.Recv().Type(), pkgPath, typeName) {
		return false
	}
	for _, n := range names {
		if fn.Name() == n {
			return true
		}
	}
	return false
}

// IsNamed reports whether t (or what it points to) is the named type pkgPath.name.
func IsNamed(t types.Type, pkgPath, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == pkgPath && obj.Name() == name
}

// ConstString returns the constant string value of e, if it has one.
func ConstString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// ConstBool returns the constant boolean value of e, if it has one.
func ConstBool(info *types.Info, e ast.Expr) (bool, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(tv.Value), true
}

// IsTestFile reports whether the file holding pos is a _test.go file.
func IsTestFile(pass *analysis.Pass, f *ast.File) bool {
	return strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go")
}
