package suppress

import (
	"go/ast"
	"go/token"
	"os"

	"golang.org/x/tools/go/analysis"
)

// Wrap returns a copy of a that drops the diagnostics silenced by suppression comments. It is for
// drivers that print whatever analyzers report (go vet's unitchecker, golangci-lint); apivet's own
// driver uses the unwrapped analyzers and marks suppressed findings itself.
func Wrap(a *analysis.Analyzer) *analysis.Analyzer {
	w := *a
	run := a.Run
	w.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		indexes := map[*token.File]*Index{}
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			tf := pass.Fset.File(d.Pos)
			if tf == nil {
				report(d)
				return
			}
			x, ok := indexes[tf]
			if !ok {
				x = goIndexFor(pass, tf)
				indexes[tf] = x
			}
			rule := d.Category
			if rule == "" {
				rule = pass.Analyzer.Name
			}
			if _, silenced := x.Lookup(rule, tf.Line(d.Pos)); !silenced {
				report(d)
			}
		}
		return run(&p)
	}
	return &w
}

func goIndexFor(pass *analysis.Pass, tf *token.File) *Index {
	var file *ast.File
	for _, f := range pass.Files {
		if pass.Fset.File(f.FileStart) == tf {
			file = f
			break
		}
	}
	if file == nil {
		return nil
	}
	read := pass.ReadFile
	if read == nil { // drivers older than Pass.ReadFile
		read = os.ReadFile
	}
	src, err := read(tf.Name())
	if err != nil {
		return nil
	}
	return ForGo(pass.Fset, file, src)
}
