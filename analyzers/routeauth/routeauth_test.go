package routeauth_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apivet/apivet/analyzers/routeauth"
	"github.com/apivet/apivet/rules"
)

// testdata is the GOPATH-style tree of fixtures and framework stubs shared by the Go analyzers
// (GOPATH entries must be absolute). Fixtures of AV301 live under src/av301/<framework>/.
var testdata = func() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		panic(err)
	}
	return dir
}()

// AV301: routes registered outside the authentication their siblings have, for net/http, gin,
// echo, chi and gorilla/mux; public-by-design routes and applications without any
// authentication are left alone.
func TestAV301(t *testing.T) {
	results := analysistest.Run(t, testdata, routeauth.AV301, "av301/...")
	n := 0
	for _, res := range results {
		for _, d := range res.Diagnostics {
			n++
			if d.Category != "AV301" {
				t.Errorf("diagnostic %q has category %q", d.Message, d.Category)
			}
		}
	}
	if n == 0 {
		t.Error("no diagnostics on the fixtures")
	}
}

// TestAnalyzers checks that the analyzers are valid, listed in rule ID order and named by the
// catalogue IDs of Go rules, with their documentation taken from the catalogue.
func TestAnalyzers(t *testing.T) {
	if err := analysis.Validate(append([]*analysis.Analyzer{routeauth.Inventory}, routeauth.Analyzers...)); err != nil {
		t.Fatal(err)
	}
	want := []string{"AV301"}
	if len(routeauth.Analyzers) != len(want) {
		t.Fatalf("got %d analyzers, want %d", len(routeauth.Analyzers), len(want))
	}
	for i, a := range routeauth.Analyzers {
		if a.Name != want[i] {
			t.Errorf("Analyzers[%d] is %s, want %s", i, a.Name, want[i])
		}
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
}
