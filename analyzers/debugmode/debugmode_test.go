package debugmode_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apivet/apivet/analyzers/debugmode"
	"github.com/apivet/apivet/rules"
)

// testdata is the GOPATH-style tree of fixtures and framework stubs shared by the Go analyzers
// (GOPATH entries must be absolute). Fixtures of a rule live under src/<lower-case rule ID>/.
var testdata = func() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		panic(err)
	}
	return dir
}()

// AV201: gin.SetMode(gin.DebugMode), GIN_MODE=debug from code, echo's e.Debug = true; the fixes
// switch gin to release mode and echo's Debug to false (see the .golden files).
func TestDebug(t *testing.T) {
	checkCategory(t, debugmode.DebugAnalyzer,
		analysistest.RunWithSuggestedFixes(t, testdata, debugmode.DebugAnalyzer, "av201/..."))
}

// AV202: net/http/pprof with http.DefaultServeMux served, pprof handlers on the routers of
// net/http, gin, echo, chi and gorilla/mux.
func TestPprof(t *testing.T) {
	checkCategory(t, debugmode.PprofAnalyzer,
		analysistest.Run(t, testdata, debugmode.PprofAnalyzer, "av202/..."))
}

// AV203: slog and logrus levels fixed at DEBUG or TRACE.
func TestLogging(t *testing.T) {
	checkCategory(t, debugmode.LoggingAnalyzer,
		analysistest.Run(t, testdata, debugmode.LoggingAnalyzer, "av203/..."))
}

// checkCategory checks that every diagnostic carries the rule ID as its Category, which the
// report writers and the suppression comments rely on.
func checkCategory(t *testing.T, a *analysis.Analyzer, results []*analysistest.Result) {
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

// TestAnalyzers checks that the analyzers are valid, listed in rule ID order and named by the
// catalogue IDs of Go rules, with their documentation taken from the catalogue.
func TestAnalyzers(t *testing.T) {
	if err := analysis.Validate(debugmode.Analyzers); err != nil {
		t.Fatal(err)
	}
	want := []string{"AV201", "AV202", "AV203"}
	if len(debugmode.Analyzers) != len(want) {
		t.Fatalf("got %d analyzers, want %d", len(debugmode.Analyzers), len(want))
	}
	for i, a := range debugmode.Analyzers {
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
