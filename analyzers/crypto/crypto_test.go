package crypto_test

import (
	"path/filepath"
	"testing"

	"github.com/apivet/apivet/analyzers/internal/analysistestutil"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apivet/apivet/analyzers/crypto"
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
// checkCategory checks categories and that the rule fired.
var checkCategory = analysistestutil.CheckCategory

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
