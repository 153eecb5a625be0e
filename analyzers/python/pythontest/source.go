package pythontest

import (
	"sort"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python"
)

// Analyse runs one analyzer over src, parsed with the node kinds it declares, and returns its
// diagnostics.
func Analyse(t testing.TB, a *python.Analyzer, path, src string) []python.Diagnostic {
	t.Helper()
	kinds := map[string]bool{}
	for _, k := range a.Kinds {
		kinds[k] = true
	}
	p := python.NewParser()
	defer p.Close()
	f := p.Parse(path, []byte(src), kinds, 0)
	if f == nil {
		t.Fatal("parse failed")
	}
	defer f.Close()
	var ds []python.Diagnostic
	a.Run(python.NewPass(a, f, func(d python.Diagnostic) { ds = append(ds, d) }))
	return ds
}

// ApplyFix applies the edits of d's first suggested fix to src, from the end backwards, failing
// on edits that overlap, fall outside src, or carry a start row that disagrees with their offset.
func ApplyFix(t testing.TB, src string, d python.Diagnostic) string {
	t.Helper()
	if len(d.SuggestedFixes) == 0 {
		return src
	}
	edits := append([]python.TextEdit(nil), d.SuggestedFixes[0].TextEdits...)
	sort.Slice(edits, func(i, j int) bool { return edits[i].Start > edits[j].Start })
	for i, e := range edits {
		if e.Start > e.End || int(e.End) > len(src) || i > 0 && e.End > edits[i-1].Start {
			t.Fatalf("bad or overlapping edit %+v", e)
		}
		if line := strings.Count(src[:e.Start], "\n"); int(e.StartPoint.Row) != line {
			t.Errorf("edit %+v: start row %d, want %d", e, e.StartPoint.Row, line)
		}
		src = src[:e.Start] + e.NewText + src[e.End:]
	}
	return src
}
