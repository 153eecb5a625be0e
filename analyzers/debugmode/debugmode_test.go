package debugmode_test

import (
	"path/filepath"
	"testing"

	"github.com/apivet/apivet/analyzers/internal/analysistestutil"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apivet/apivet/analyzers/debugmode"
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
// checkCategory checks categories and that the rule fired.
var checkCategory = analysistestutil.CheckCategory

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
