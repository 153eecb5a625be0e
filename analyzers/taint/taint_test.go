package taint_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/internal/analysistestutil"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apivet/apivet/analyzers/taint"
)

// testdata is the GOPATH-style tree of fixtures and framework stubs shared by the Go analyzers.
var testdata = func() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		panic(err)
	}
	return dir
}()

// AV401: SQL built from request data (database/sql, sqlx, gorm; net/http, gin, echo sources).
// checkCategory checks categories and that the rule fired.
var checkCategory = analysistestutil.CheckCategory

func TestSQL(t *testing.T) {
	checkCategory(t, taint.SQLAnalyzer, analysistest.Run(t, testdata, taint.SQLAnalyzer, "av401/..."))
}

// AV402: shell commands and programs from request data.
func TestCommand(t *testing.T) {
	checkCategory(t, taint.CommandAnalyzer, analysistest.Run(t, testdata, taint.CommandAnalyzer, "av402/..."))
}

// AV403: request data written into HTML without escaping.
func TestHTML(t *testing.T) {
	checkCategory(t, taint.HTMLAnalyzer, analysistest.Run(t, testdata, taint.HTMLAnalyzer, "av403/..."))
}

// AV404: file paths from request data.
func TestPath(t *testing.T) {
	checkCategory(t, taint.PathAnalyzer, analysistest.Run(t, testdata, taint.PathAnalyzer, "av404/..."))
}

// AV405: redirects to request data.
func TestRedirect(t *testing.T) {
	checkCategory(t, taint.RedirectAnalyzer, analysistest.Run(t, testdata, taint.RedirectAnalyzer, "av405/..."))
}

// AV406: gob decoding of request bodies.
func TestDeserialize(t *testing.T) {
	checkCategory(t, taint.DeserializeAnalyzer, analysistest.Run(t, testdata, taint.DeserializeAnalyzer, "av406/..."))
}

// AV407: outgoing requests to request data.
func TestSSRF(t *testing.T) {
	checkCategory(t, taint.SSRFAnalyzer, analysistest.Run(t, testdata, taint.SSRFAnalyzer, "av407/..."))
}

// TestRelatedSteps checks the flow steps of a flow through two helpers: source, the helper
// calls and concatenations, then the sink inside the second helper, in that order.
func TestRelatedSteps(t *testing.T) {
	results := analysistest.Run(t, testdata, taint.SQLAnalyzer, "av401/nethttp")
	for _, res := range results {
		for _, d := range res.Diagnostics {
			if !strings.HasPrefix(d.Message, `r.PathValue("name")`) {
				continue
			}
			var got []string
			for _, r := range d.Related {
				pos := res.Pass.Fset.Position(r.Pos)
				got = append(got, fmt.Sprintf("%d %s", pos.Line, r.Message))
			}
			want := []string{
				`102 source: r.PathValue("name")`,
				"102 findUser",
				"95 whereName",
				"95 string concatenation",
				"95 runQuery",
				"93 sink: db.Query",
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("related steps:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			return
		}
	}
	t.Error("no flow from r.PathValue(\"name\") found")
}
