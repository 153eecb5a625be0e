package transport_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apivet/apivet/analyzers/transport"
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

// AV501: "Basic " + user + ":" + pass and fmt.Sprintf("Basic %s:%s", ...) in Authorization
// headers; the fix turns req.Header.Set into req.SetBasicAuth (see the .golden files).
func TestBasicAuth(t *testing.T) {
	checkCategory(t, transport.BasicAuthAnalyzer,
		analysistest.RunWithSuggestedFixes(t, testdata, transport.BasicAuthAnalyzer, "av501/..."))
}

// AV502: credentials given to requests for plain http:// URLs.
func TestPlainHTTP(t *testing.T) {
	checkCategory(t, transport.PlainHTTPAnalyzer,
		analysistest.Run(t, testdata, transport.PlainHTTPAnalyzer, "av502/..."))
}

// AV503: InsecureSkipVerify; the fix sets a literal true to false.
func TestTLSVerify(t *testing.T) {
	checkCategory(t, transport.TLSVerifyAnalyzer,
		analysistest.RunWithSuggestedFixes(t, testdata, transport.TLSVerifyAnalyzer, "av503/..."))
}

// AV504: MinVersion and MaxVersion below TLS 1.2; the fix raises MinVersion to VersionTLS12.
func TestTLSVersion(t *testing.T) {
	checkCategory(t, transport.TLSVersionAnalyzer,
		analysistest.RunWithSuggestedFixes(t, testdata, transport.TLSVersionAnalyzer, "av504/..."))
}

// AV505: credentials in URL query strings.
func TestKeyInURL(t *testing.T) {
	checkCategory(t, transport.KeyInURLAnalyzer,
		analysistest.Run(t, testdata, transport.KeyInURLAnalyzer, "av505/..."))
}

// AV506: plain listeners on public addresses in packages that receive credentials, for net/http,
// gin, echo and chi.
func TestPlainServer(t *testing.T) {
	checkCategory(t, transport.PlainServerAnalyzer,
		analysistest.Run(t, testdata, transport.PlainServerAnalyzer, "av506/..."))
}

// checkCategory checks that every diagnostic carries the rule ID as its Category, which the
// report writers and the suppression comments rely on, and that messages never name the rule.
func checkCategory(t *testing.T, a *analysis.Analyzer, results []*analysistest.Result) {
	t.Helper()
	n := 0
	for _, res := range results {
		for _, d := range res.Diagnostics {
			n++
			if d.Category != a.Name {
				t.Errorf("%s: diagnostic %q has category %q", a.Name, d.Message, d.Category)
			}
			if strings.Contains(d.Message, a.Name) {
				t.Errorf("%s: message names the rule: %s", a.Name, d.Message)
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
	if err := analysis.Validate(transport.Analyzers); err != nil {
		t.Fatal(err)
	}
	want := []string{"AV501", "AV502", "AV503", "AV504", "AV505", "AV506"}
	if len(transport.Analyzers) != len(want) {
		t.Fatalf("got %d analyzers, want %d", len(transport.Analyzers), len(want))
	}
	for i, a := range transport.Analyzers {
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

// discard is an analysistest.Testing that keeps nothing: TestHostileInput only checks that the
// analyzers finish.
type discard struct{}

func (discard) Errorf(string, ...any) {}

// TestHostileInput runs every analyzer over long concatenations, deep parentheses and variables
// that double a string at each step: they must neither crash nor hang.
func TestHostileInput(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("package hostile\n\nimport (\n\t\"crypto/tls\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"net/url\"\n)\n\n")
	b.WriteString("var _ = tls.Config{}\nvar _ = url.Values{}\n\nfunc f(req *http.Request, x, a0 string) {\n")
	b.WriteString("\tu := \"http://api.example.com/?token=\"")
	for range 5000 {
		b.WriteString(" + x")
	}
	b.WriteString("\n\tv := " + strings.Repeat("(", 300) + "u" + strings.Repeat(")", 300) + "\n")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&b, "\ta%d := a%d + \":\" + a%d\n", i, i-1, i-1)
	}
	b.WriteString("\treq.Header.Set(\"Authorization\", \"Basic \"+a40)\n")
	b.WriteString("\treq.Header.Set(\"Authorization\", fmt.Sprintf(\"Basic %s:%s\"+v, x, a40))\n}\n")
	pkg := filepath.Join(dir, "src", "hostile")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pkg, "hostile.go"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, a := range transport.Analyzers {
		analysistest.Run(discard{}, dir, a, "hostile")
	}
}
