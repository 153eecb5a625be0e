package routeauth_test

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/apivet/apivet/analyzers/routeauth"

	"github.com/apivet/apivet/internal/routes"
)

// syntheticGOPATH writes a GOPATH tree holding one package that registers n gin routes and n chi
// routes in groups of 10 (every other group authenticated, one route in 20 on the bare router),
// with the framework stubs linked in.
func syntheticGOPATH(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	src := filepath.Join(dir, "src")
	if err := os.MkdirAll(filepath.Join(src, "bench", "app"), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(testdata, "src", "github.com"), filepath.Join(src, "github.com")); err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(`package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

func authRequired() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

func requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func ginHandler(c *gin.Context)                         {}
func chiHandler(w http.ResponseWriter, r *http.Request) {}

func main() {
	g := gin.New()
	c := chi.NewRouter()
`)
	for i := 0; i < n/10; i++ {
		auth := ""
		if i%2 == 0 {
			auth = ", authRequired()"
		}
		fmt.Fprintf(&b, "\tg%d := g.Group(\"/g%d\"%s)\n", i, i, auth)
		for j := range 10 {
			recv := fmt.Sprintf("g%d", i)
			if j == 9 && i%2 == 0 {
				recv = "g"
			}
			fmt.Fprintf(&b, "\t%s.POST(\"/items%d/:id\", ginHandler)\n", recv, j)
		}
		fmt.Fprintf(&b, "\tc.Route(\"/c%d\", func(r chi.Router) {\n", i)
		if i%2 == 0 {
			b.WriteString("\t\tr.Use(requireToken)\n")
		}
		for j := range 10 {
			fmt.Fprintf(&b, "\t\tr.Post(\"/items%d/{id}\", chiHandler)\n", j)
		}
		b.WriteString("\t})\n")
	}
	b.WriteString("\tgo http.ListenAndServe(\":8081\", c)\n\tg.Run()\n}\n")
	if err := os.WriteFile(filepath.Join(src, "bench", "app", "main.go"), []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// BenchmarkInventory builds the inventory of a package with 1,000 gin and 1,000 chi routes: the
// package is loaded and type-checked once, and each iteration runs the inventory on it alone
// (facts of dependencies are not imported, as for a package whose middleware is its own).
func BenchmarkInventory(b *testing.B) {
	pkgs := load(b, syntheticGOPATH(b, 1000), "bench/app")
	var pkg *packages.Package
	for _, p := range pkgs {
		if p.PkgPath == "bench/app" && !strings.HasSuffix(p.ID, ".test]") {
			pkg = p
		}
	}
	pass := &analysis.Pass{
		Analyzer: routeauth.Inventory, Fset: pkg.Fset, Files: pkg.Syntax, Pkg: pkg.Types, TypesInfo: pkg.TypesInfo,
		TypesSizes:       pkg.TypesSizes,
		ResultOf:         map[*analysis.Analyzer]any{},
		Report:           func(analysis.Diagnostic) {},
		ImportObjectFact: func(types.Object, analysis.Fact) bool { return false },
		ExportObjectFact: func(types.Object, analysis.Fact) {},
	}
	for b.Loop() {
		res, err := routeauth.Inventory.Run(pass)
		if err != nil {
			b.Fatal(err)
		}
		if n := len(res.(*routes.Inventory).Routes); n != 2000 {
			b.Fatalf("got %d routes, want 2000", n)
		}
	}
}

// BenchmarkInventoryChecker runs the inventory through the checker on the same package, which
// also runs it (for facts) on every dependency loaded from source, the standard library included.
func BenchmarkInventoryChecker(b *testing.B) {
	pkgs := load(b, syntheticGOPATH(b, 1000), "bench/app")
	for b.Loop() {
		if _, err := checker.Analyze([]*analysis.Analyzer{collect}, pkgs, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSynthetic checks the synthetic package of the benchmark: every route found, the bare ones
// unguarded.
func TestSynthetic(t *testing.T) {
	dir := syntheticGOPATH(t, 200)
	graph, err := checker.Analyze([]*analysis.Analyzer{collect}, load(t, dir, "bench/app"), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, act := range graph.Roots {
		rs := act.Result.(*routes.Inventory).Routes
		guarded := 0
		for _, r := range rs {
			if r.Guarded() {
				guarded++
			}
		}
		// 10 gin groups of 10 are authenticated, less the one route each registers on the bare
		// router; 10 chi Route blocks of 10 are.
		if len(rs) != 400 || guarded != 190 {
			t.Errorf("got %d routes, %d guarded; want 400, 190", len(rs), guarded)
		}
	}
}
