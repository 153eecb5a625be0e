package secrets_test

import (
	"path/filepath"
	"testing"

	"github.com/apivet/apivet/analyzers/internal/analysistestutil"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apivet/apivet/analyzers/secrets"
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
// checkCategory checks categories and that the rule fired.
var checkCategory = analysistestutil.CheckCategory

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
