package all_test

import (
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/apivet/apivet/analyzers/all"
	"github.com/apivet/apivet/rules"
)

// TestAnalyzersMatchTheCatalogue: the Go analyzers are valid, one per catalogue rule that lists
// go, named by its ID, in ID order, with their documentation taken from the catalogue.
func TestAnalyzersMatchTheCatalogue(t *testing.T) {
	as := all.Analyzers()
	if err := analysis.Validate(as); err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	var order []string
	for _, a := range as {
		order = append(order, a.Name)
		if names[a.Name] {
			t.Errorf("%s registered twice", a.Name)
		}
		names[a.Name] = true
		r := rules.Get(a.Name)
		if r == nil {
			t.Errorf("%s is not a catalogue ID", a.Name)
			continue
		}
		if !r.HasLanguage("go") {
			t.Errorf("%s: the catalogue entry does not list go", a.Name)
		}
		if a.Doc != r.AnalyzerDoc() || a.URL != r.URL() {
			t.Errorf("%s: Doc or URL does not come from the catalogue", a.Name)
		}
	}
	if !sort.StringsAreSorted(order) {
		t.Errorf("not in rule ID order: %v", order)
	}
	for _, r := range rules.All() {
		if r.HasLanguage("go") && !names[r.ID] {
			t.Errorf("%s lists go but has no Go analyzer", r.ID)
		}
	}
}
