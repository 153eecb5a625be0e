package taint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/apivet/apivet/analyzers/all"
	"github.com/apivet/apivet/analyzers/taint"
)

// synthetic writes a module with one package of about lines lines of handlers and helpers.
func synthetic(b *testing.B, lines int) string {
	dir := b.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module synth\n\ngo 1.22\n"), 0o644)
	var sb strings.Builder
	sb.WriteString("package synth\n\nimport (\n\t\"database/sql\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strconv\"\n)\n\nvar db *sql.DB\n\n")
	for i := 0; strings.Count(sb.String(), "\n") < lines; i++ {
		fmt.Fprintf(&sb, `func where%[1]d(col, v string) string { return "WHERE " + col + " = '" + v + "'" }

func run%[1]d(q string) { db.Query(q) }

func handler%[1]d(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	id, err := strconv.Atoi(r.FormValue("id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	for j := 0; j < 3; j++ {
		if j == id {
			name = name + fmt.Sprint(j)
		}
	}
	run%[1]d("SELECT * FROM t " + where%[1]d("name", name))
	db.Query("SELECT * FROM t WHERE id = $1", id)
	data, _ := os.ReadFile(filepath.Join("/srv", filepath.Base(name)))
	w.Write(data)
}

`, i)
	}
	os.WriteFile(filepath.Join(dir, "synth.go"), []byte(sb.String()), 0o644)
	return dir
}

func load(b *testing.B, dir string) []*packages.Package {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: false}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		b.Fatalf("load: %v", err)
	}
	return pkgs
}

func analyze(b *testing.B, pkgs []*packages.Package, as []*analysis.Analyzer) time.Duration {
	start := time.Now()
	g, err := checker.Analyze(as, pkgs, &checker.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for act := range g.All() {
		if act.Err != nil {
			b.Fatal(act.Err)
		}
	}
	return time.Since(start)
}

// BenchmarkTaint measures the taint rules on a synthetic package of 10,000 lines, against all
// the other Go analyzers on the same package (reported as ns/op of each and the taint share).
// Run: go test ./analyzers/taint -run '^$' -bench Taint -benchtime 3x
func BenchmarkTaint(b *testing.B) {
	pkgs := load(b, synthetic(b, 10000))
	// Without facts (the apivet CLI without --deep strips them) only the package itself is
	// analysed; with facts every dependency is, for its summaries.
	shared := *taint.Analyzer
	shared.FactTypes = nil
	var noFacts []*analysis.Analyzer
	for _, a := range taint.Analyzers {
		c := *a
		c.Requires = []*analysis.Analyzer{&shared}
		noFacts = append(noFacts, &c)
	}
	var tTaint, tOthers, tNoFacts time.Duration
	for b.Loop() {
		tNoFacts += analyze(b, load(b, filepath.Dir(pkgs[0].GoFiles[0])), noFacts)
		// Fresh loads so that neither run reuses the other's SSA or facts.
		tTaint += analyze(b, load(b, filepath.Dir(pkgs[0].GoFiles[0])), taint.Analyzers)
		tOthers += analyze(b, load(b, filepath.Dir(pkgs[0].GoFiles[0])), all.Analyzers())
	}
	n := time.Duration(b.N)
	b.ReportMetric(float64(tTaint/n)/1e6, "taint-ms/op")
	b.ReportMetric(float64(tOthers/n)/1e6, "others-ms/op")
	b.ReportMetric(float64(tNoFacts/n)/1e6, "taint-nofacts-ms/op")
	b.ReportMetric(100*float64(tTaint)/float64(tTaint+tOthers), "taint-%")
}
