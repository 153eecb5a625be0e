package hardening_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apivet/apivet/analyzers/hardening"
	"github.com/apivet/apivet/internal/httpknow"
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

// AV701: rs/cors, gin-contrib/cors and echo CORS configurations accepting any origin with
// credentials, and handlers setting the headers by hand.
func TestCORS(t *testing.T) {
	checkDiagnostics(t, hardening.CORSAnalyzer,
		analysistest.Run(t, testdata, hardening.CORSAnalyzer, "av701/..."))
}

// AV702: error text, stack traces and panic values in net/http, gin and echo responses.
func TestErrorDetails(t *testing.T) {
	checkDiagnostics(t, hardening.ErrorDetailsAnalyzer,
		analysistest.Run(t, testdata, hardening.ErrorDetailsAnalyzer, "av702/..."))
}

// AV703: servers without read timeouts: net/http helpers and literals, gin Run, echo Start.
func TestTimeouts(t *testing.T) {
	checkDiagnostics(t, hardening.TimeoutsAnalyzer,
		analysistest.Run(t, testdata, hardening.TimeoutsAnalyzer, "av703/..."))
}

// AV704: request bodies read without http.MaxBytesReader.
func TestBodyLimit(t *testing.T) {
	checkDiagnostics(t, hardening.BodyLimitAnalyzer,
		analysistest.Run(t, testdata, hardening.BodyLimitAnalyzer, "av704/..."))
}

// AV705: session cookies without Secure or HttpOnly.
func TestCookies(t *testing.T) {
	checkDiagnostics(t, hardening.CookiesAnalyzer,
		analysistest.Run(t, testdata, hardening.CookiesAnalyzer, "av705/..."))
}

// checkDiagnostics checks that every diagnostic carries the rule ID as its Category (the report
// writers and suppression comments rely on it) and that no message names the rule.
func checkDiagnostics(t *testing.T, a *analysis.Analyzer, results []*analysistest.Result) {
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

func TestClassifyCookie(t *testing.T) {
	tests := map[string]httpknow.CookieRole{
		"session": httpknow.SessionCookie, "sessionid": httpknow.SessionCookie,
		"connect.sid": httpknow.SessionCookie, "access_token": httpknow.SessionCookie,
		"refreshToken": httpknow.SessionCookie, "jwt": httpknow.SessionCookie,
		"auth": httpknow.SessionCookie, "PHPSESSID": httpknow.SessionCookie,
		"JSESSIONID": httpknow.SessionCookie, "api-key": httpknow.SessionCookie,
		"_myapp_session": httpknow.SessionCookie, "remember_token": httpknow.SessionCookie,
		"csrftoken": httpknow.CSRFCookie, "XSRF-TOKEN": httpknow.CSRFCookie, "_csrf": httpknow.CSRFCookie,
		"theme": httpknow.OrdinaryCookie, "lang": httpknow.OrdinaryCookie,
		"cookie_consent": httpknow.OrdinaryCookie, "tz": httpknow.OrdinaryCookie,
		"authority_hint": httpknow.OrdinaryCookie, "keyboard": httpknow.OrdinaryCookie,
		"": httpknow.OrdinaryCookie,
	}
	for name, want := range tests {
		if got := httpknow.ClassifyCookie(name); got != want {
			t.Errorf("httpknow.ClassifyCookie(%q) = %d, want %d", name, got, want)
		}
	}
}
