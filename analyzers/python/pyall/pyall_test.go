package pyall_test

import (
	"sort"
	"testing"

	"github.com/apivet/apivet/analyzers/python/pyall"
	"github.com/apivet/apivet/rules"
)

// TestAnalyzersMatchTheCatalogue: one Python analyzer per catalogue rule that lists python,
// named by its ID, in ID order, documented from the catalogue, with the node kinds it reads.
func TestAnalyzersMatchTheCatalogue(t *testing.T) {
	names := map[string]bool{}
	var order []string
	for _, a := range pyall.Analyzers() {
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
		if !r.HasLanguage("python") {
			t.Errorf("%s: the catalogue entry does not list python", a.Name)
		}
		if a.Doc != r.AnalyzerDoc() || a.URL != r.URL() || len(a.Kinds) == 0 {
			t.Errorf("%s: Doc and URL must come from the catalogue, and Kinds be set", a.Name)
		}
	}
	if !sort.StringsAreSorted(order) {
		t.Errorf("not in rule ID order: %v", order)
	}
	for _, r := range rules.All() {
		if r.HasLanguage("python") && !names[r.ID] {
			t.Errorf("%s lists python but has no Python analyzer", r.ID)
		}
	}
}
