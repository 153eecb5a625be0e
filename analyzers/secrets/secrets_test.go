package secrets_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apivet/apivet/analyzers/secrets"
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

// AV101: credentials bound to credential names or passed to security APIs (net/http, golang-jwt,
// gin, gorilla/sessions, configuration structs, maps, os.Setenv, flags, comparisons).
func TestCredential(t *testing.T) {
	checkCategory(t, secrets.CredentialAnalyzer,
		analysistest.Run(t, testdata, secrets.CredentialAnalyzer, "av101/..."))
}

// AV102: provider-format tokens and private keys, wherever they are.
func TestTokenFormat(t *testing.T) {
	checkCategory(t, secrets.TokenFormatAnalyzer,
		analysistest.Run(t, testdata, secrets.TokenFormatAnalyzer, "av102/..."))
}

// AV103: tutorial placeholders used as secrets.
func TestPlaceholder(t *testing.T) {
	checkCategory(t, secrets.PlaceholderAnalyzer,
		analysistest.Run(t, testdata, secrets.PlaceholderAnalyzer, "av103/..."))
}

// AV104: passwords in connection URLs and DSNs (database/sql, redis).
func TestURLCredentials(t *testing.T) {
	checkCategory(t, secrets.URLCredentialsAnalyzer,
		analysistest.Run(t, testdata, secrets.URLCredentialsAnalyzer, "av104/..."))
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
// catalogue IDs of Go rules, with their documentation taken from the catalogue, and that they
// share one scanning analyzer.
func TestAnalyzers(t *testing.T) {
	if err := analysis.Validate(secrets.Analyzers); err != nil {
		t.Fatal(err)
	}
	want := []string{"AV101", "AV102", "AV103", "AV104"}
	if len(secrets.Analyzers) != len(want) {
		t.Fatalf("got %d analyzers, want %d", len(secrets.Analyzers), len(want))
	}
	for i, a := range secrets.Analyzers {
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
		if r.Family != rules.Secrets {
			t.Errorf("%s: not in the secrets family", a.Name)
		}
		if a.Doc != r.AnalyzerDoc() || a.URL != r.URL() {
			t.Errorf("%s: Doc or URL does not come from the catalogue", a.Name)
		}
		if len(a.Requires) != 1 || a.Requires[0] != secrets.ScanAnalyzer {
			t.Errorf("%s: does not require ScanAnalyzer alone", a.Name)
		}
	}
	if secrets.ScanAnalyzer.ResultType == nil || len(secrets.ScanAnalyzer.FactTypes) != 0 {
		t.Error("ScanAnalyzer must have a result and no facts")
	}
}
