package routeauth_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/apivet/apivet/analyzers/routeauth"
	"github.com/apivet/apivet/internal/routes"
)

// hostileSource is a package written to trip the interpreter: mutually recursive route helpers,
// a chi callback that mounts itself, a router mounted on itself, thousands of chained With calls,
// deeply nested expressions and a self-referencing package variable.
func hostileSource() string {
	var b strings.Builder
	b.WriteString(`package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

func h(c *gin.Context)                          {}
func ch(w http.ResponseWriter, r *http.Request) {}

func a(r *gin.RouterGroup) { r.POST("/a", h); b(r.Group("/a")) }
func b(r *gin.RouterGroup) { r.POST("/b", h); a(r.Group("/b")) }

var f func(r chi.Router)

type srv struct{ r *chi.Mux }

var s = &srv{}

func init() {
	f = func(r chi.Router) { r.Route("/x", f); r.Post("/y", ch) }
	s.r = s.r
}

func main() {
	g := gin.New()
	a(g.Group("/root"))
	c := chi.NewRouter()
	c.Mount("/self", c)
	c.Route("/r", f)
	s.r.Post("/loop", ch)
	x := c.With()
`)
	for range 2000 {
		b.WriteString("\tx = x.With()\n")
	}
	b.WriteString("\tx.Post(\"/deep\", ch)\n")
	fmt.Fprintf(&b, "\tc.Post(%s\"/parens\"%s, ch)\n", strings.Repeat("(", 3000), strings.Repeat(")", 3000))
	fmt.Fprintf(&b, "\tp := \"/p\"%s\n", strings.Repeat(" + \"/p\"", 2000))
	b.WriteString("\tg.POST(p, h)\n")
	b.WriteString("\tgo http.ListenAndServe(\":1\", c)\n\tg.Run()\n}\n")
	return b.String()
}

// TestHostile checks that hostile code ends in bounded time with a partial inventory, without a
// panic.
func TestHostile(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	if err := os.MkdirAll(filepath.Join(src, "hostile"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(testdata, "src", "github.com"), filepath.Join(src, "github.com")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "hostile", "main.go"), []byte(hostileSource()), 0o644); err != nil {
		t.Fatal(err)
	}
	pkgs := load(t, dir, "hostile")
	done := make(chan struct{})
	var paths []string
	go func() {
		defer close(done)
		graph, err := checker.Analyze([]*analysis.Analyzer{collect, routeauth.AV301}, pkgs, nil)
		if err != nil {
			t.Error(err)
			return
		}
		for act := range graph.All() {
			if act.Err != nil {
				t.Errorf("%s: %v", act, act.Err)
			}
			if act.IsRoot && act.Analyzer == collect && act.Result != nil {
				for _, r := range act.Result.(*routes.Inventory).Routes {
					paths = append(paths, r.Path)
				}
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		t.Fatal("the inventory did not finish in 2 minutes")
	}
	for _, want := range []string{"/root/a", "/root/a/b", "/r/y", "/loop", "/deep", "/parens", "/p/p/p"} {
		found := false
		for _, p := range paths {
			found = found || strings.HasPrefix(p, want)
		}
		if !found {
			t.Errorf("no route %s in %q", want, paths)
		}
	}
}
