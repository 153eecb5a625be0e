package crypto_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apivet/apivet/analyzers/crypto"
	"github.com/apivet/apivet/rules"
)

// testdata is the GOPATH-style tree of fixtures and framework stubs shared by the Go analyzers.
var testdata = func() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		panic(err)
	}
	return dir
}()

// AV601: Parser.ParseUnverified without a verifying parse in the same function, and parse
// errors discarded while the token's Valid is never read.
func TestVerification(t *testing.T) {
	checkCategory(t, crypto.VerificationAnalyzer, analysistest.Run(t, testdata, crypto.VerificationAnalyzer, "av601/..."))
}

// AV602: SigningMethodNone used to sign, UnsafeAllowNoneSignatureType returned, "none" listed.
func TestNone(t *testing.T) {
	checkCategory(t, crypto.NoneAnalyzer, analysistest.Run(t, testdata, crypto.NoneAnalyzer, "av602/..."))
}

// AV603: parses whose Keyfunc never checks the method, without WithValidMethods.
func TestAlgorithms(t *testing.T) {
	checkCategory(t, crypto.AlgorithmsAnalyzer, analysistest.Run(t, testdata, crypto.AlgorithmsAnalyzer, "av603/..."))
}

// AV604: WithValidMethods mixing HMAC and public-key methods.
func TestConfusion(t *testing.T) {
	checkCategory(t, crypto.ConfusionAnalyzer, analysistest.Run(t, testdata, crypto.ConfusionAnalyzer, "av604/..."))
}

// AV605: secrets compared with == or bytes.Equal, on net/http and gin; the fixes use
// subtle.ConstantTimeCompare and hmac.Equal (see the .golden file).
func TestCompare(t *testing.T) {
	checkCategory(t, crypto.CompareAnalyzer, analysistest.RunWithSuggestedFixes(t, testdata, crypto.CompareAnalyzer, "av605/..."))
}

// AV606: fast hashes over passwords, and passwords compared in plain text.
func TestPasswordHash(t *testing.T) {
	checkCategory(t, crypto.PasswordHashAnalyzer, analysistest.Run(t, testdata, crypto.PasswordHashAnalyzer, "av606/..."))
}

// checkCategory checks that every diagnostic carries the rule ID as its Category and that the
// message does not name the rule.
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
	if err := analysis.Validate(crypto.Analyzers); err != nil {
		t.Fatal(err)
	}
	want := []string{"AV601", "AV602", "AV603", "AV604", "AV605", "AV606"}
	if len(crypto.Analyzers) != len(want) {
		t.Fatalf("got %d analyzers, want %d", len(crypto.Analyzers), len(want))
	}
	for i, a := range crypto.Analyzers {
		if a.Name != want[i] {
			t.Errorf("Analyzers[%d] is %s, want %s", i, a.Name, want[i])
		}
		r := rules.Get(a.Name)
		if r == nil || !r.HasLanguage("go") {
			t.Errorf("%s is not a catalogue rule for go", a.Name)
			continue
		}
		if a.Doc != r.AnalyzerDoc() || a.URL != r.URL() {
			t.Errorf("%s: Doc or URL does not come from the catalogue", a.Name)
		}
	}
}
