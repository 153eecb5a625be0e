// Package analysistestutil holds the checks every Go rule family's tests share.
package analysistestutil

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// CheckCategory checks that the analyzer reported something on its fixtures and that every
// diagnostic carries the rule ID as its Category.
func CheckCategory(t *testing.T, a *analysis.Analyzer, results []*analysistest.Result) {
	t.Helper()
	n := 0
	for _, res := range results {
		for _, d := range res.Diagnostics {
			n++
			if d.Category != a.Name {
				t.Errorf("%s: diagnostic %q has category %q", a.Name, d.Message, d.Category)
			}
		}
	}
	if n == 0 {
		t.Errorf("%s: no diagnostics on its fixtures", a.Name)
	}
}
