package secrets

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"
)

// BenchmarkScanNetHTTP runs ScanAnalyzer over net/http (with its tests), a large package of
// ordinary code: header names, status texts, format strings, URLs, test fixtures.
//
//	go test ./analyzers/secrets -run '^$' -bench Scan
func BenchmarkScanNetHTTP(b *testing.B) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Tests: true}, "net/http")
	if err != nil {
		b.Fatal(err)
	}
	var passes []*analysis.Pass
	lits := 0
	for _, p := range pkgs {
		if len(p.Errors) > 0 || len(p.Syntax) == 0 {
			continue
		}
		passes = append(passes, &analysis.Pass{
			Analyzer: ScanAnalyzer, Fset: p.Fset, Files: p.Syntax, Pkg: p.Types, TypesInfo: p.TypesInfo,
			ResultOf: map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(p.Syntax)},
		})
		for _, f := range p.Syntax {
			ast.Inspect(f, func(n ast.Node) bool {
				if l, ok := n.(*ast.BasicLit); ok && l.Kind == token.STRING {
					lits++
				}
				return true
			})
		}
	}
	if len(passes) == 0 {
		b.Skip("net/http did not load")
	}
	benchPasses(b, passes, lits)
}

// BenchmarkScanSynthetic runs ScanAnalyzer over a generated package of typical API code with a
// few secrets in it.
func BenchmarkScanSynthetic(b *testing.B) {
	var src strings.Builder
	src.WriteString("package p\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\n")
	src.WriteString("type Config struct{ Host, User, Password, Region string }\n\n")
	const n = 1000
	for i := range n {
		fmt.Fprintf(&src, `func handler%d(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if r.URL.Query().Get("page_token") == "" {
		http.Error(w, "missing page token", http.StatusBadRequest)
		return
	}
	cfg := Config{Host: "db-%d.internal", User: "svc", Password: os.Getenv("DB_PASSWORD"), Region: "eu-west-1"}
	m := map[string]string{"status": "ok", "path": "/api/v1/items/%d", "kind": "item"}
	fmt.Fprintf(w, "{\"id\": %%d, \"host\": %%q, \"m\": %%v}\n", %d, cfg.Host, m)
}

`, i, i, i, i)
		if i%100 == 0 {
			fmt.Fprintf(&src, "var apiKey%d = \"Wm4Rk8Tn2Xq6Lv9Bc3Hz%d\"\n\nconst dsn%d = \"postgres://app:Sup3rS3cret!9@db.internal/app\"\n\n", i, i, i)
		}
	}
	pass := passFor(b, "synthetic.go", src.String())
	lits := 0
	ast.Inspect(pass.Files[0], func(n ast.Node) bool {
		if l, ok := n.(*ast.BasicLit); ok && l.Kind == token.STRING {
			lits++
		}
		return true
	})
	benchPasses(b, []*analysis.Pass{pass}, lits)
}

func benchPasses(b *testing.B, passes []*analysis.Pass, lits int) {
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	findings := 0
	for b.Loop() {
		findings = 0
		for _, p := range passes {
			res, err := runScan(p)
			if err != nil {
				b.Fatal(err)
			}
			findings += len(res.(*Result).Findings)
		}
	}
	b.StopTimer()
	// CPU time as well as wall time: on a shared machine the wall time includes waiting for a CPU.
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/float64(lits), "cpu-ns/literal")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(lits), "ns/literal")
	b.ReportMetric(float64(lits), "literals")
	b.ReportMetric(float64(findings), "findings")
}

// cpuTime is the process's user and system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
