package transport_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/internal/analysistestutil"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apivet/apivet/analyzers/transport"
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
// checkCategory checks categories and that the rule fired.
var checkCategory = analysistestutil.CheckCategory

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
