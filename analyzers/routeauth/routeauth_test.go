package routeauth_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apivet/apivet/analyzers/routeauth"
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
