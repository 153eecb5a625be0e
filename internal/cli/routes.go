package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis"

	"github.com/apivet/apivet/analyzers/python"
	pyroutes "github.com/apivet/apivet/analyzers/python/routeauth"
	goroutes "github.com/apivet/apivet/analyzers/routeauth"
	"github.com/apivet/apivet/internal/driver"
	"github.com/apivet/apivet/internal/routes"
)

// routesCommand prints the HTTP route inventory: every route with the guards that apply to it.
func routesCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("apivet routes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, json or markdown")
	output := fs.String("output", "", "write the inventory to `file` instead of standard output")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: apivet routes [flags] [patterns]\n\nLists every HTTP route found, with the authentication and authorization guards that apply to it.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	patterns, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return ExitClean
	}
	if err != nil {
		return ExitError
	}
	switch *format {
	case "text", "json", "markdown":
	default:
		fmt.Fprintf(stderr, "apivet: unknown --format %q (want text, json or markdown)\n", *format)
		return ExitError
	}
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "apivet: %v\n", err)
		return ExitError
	}

	var mu sync.Mutex
	var all []routes.Route
	add := func(rs []routes.Route) {
		mu.Lock()
		all = append(all, rs...)
		mu.Unlock()
	}
	pyCollect := &python.Analyzer{Name: "routes", Kinds: pyroutes.Kinds, Project: pyroutes.Project, Run: func(p *python.Pass) { add(pyroutes.Extract(p.File)) }}
	goCollect := &analysis.Analyzer{
		Name:     "routes",
		Doc:      "collects the route inventory",
		Requires: []*analysis.Analyzer{goroutes.Inventory},
		Run: func(pass *analysis.Pass) (any, error) {
			if inv, ok := pass.ResultOf[goroutes.Inventory].(*routes.Inventory); ok && inv != nil {
				add(inv.Routes)
			}
			return nil, nil
		},
	}
	res, err := driver.Run(driver.Config{Dir: cwd, Patterns: patterns, Go: []*analysis.Analyzer{goCollect}, Python: []*python.Analyzer{pyCollect}})
	if err != nil {
		fmt.Fprintf(stderr, "apivet: %v\n", err)
		return ExitError
	}
	rel := func(p string) string {
		if p == "" || !filepath.IsAbs(p) {
			return p
		}
		if r, err := filepath.Rel(cwd, p); err == nil && !strings.HasPrefix(r, "..") {
			return filepath.ToSlash(r)
		}
		return filepath.ToSlash(p)
	}
	for i := range all {
		all[i].File, all[i].HandlerFile = rel(all[i].File), rel(all[i].HandlerFile)
		for j := range all[i].Guards {
			all[i].Guards[j].File = rel(all[i].Guards[j].File)
		}
	}
	all = dedupRoutes(all)
	routes.Sort(all)

	out := stdout
	if *output != "" {
		f, err := os.Create(*output)
		if err != nil {
			fmt.Fprintf(stderr, "apivet: %v\n", err)
			return ExitError
		}
		defer f.Close()
		out = f
	}
	switch *format {
	case "json":
		if all == nil {
			all = []routes.Route{}
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		err = enc.Encode(all)
	case "markdown":
		err = writeRoutesMarkdown(out, all)
	default:
		err = writeRoutesText(out, all)
	}
	if err != nil {
		fmt.Fprintf(stderr, "apivet: %v\n", err)
		return ExitError
	}
	for _, p := range res.Problems {
		fmt.Fprintf(stderr, "apivet: %s: %s\n", p.Path, p.Message)
	}
	if res.Failed() {
		return ExitError
	}
	return ExitClean
}

// dedupRoutes drops repeats (a Go package and its test variant report the same routes).
func dedupRoutes(rs []routes.Route) []routes.Route {
	seen := map[string]bool{}
	out := rs[:0]
	for _, r := range rs {
		k := fmt.Sprintf("%s:%d:%d %s %v", r.File, r.Line, r.Column, r.Path, r.Methods)
		if !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}

// guardText says what protects a route: its guards, "public (why)", "unknown", or "none".
func guardText(r routes.Route) string {
	var gs []string
	for _, g := range r.Guards {
		name := g.Name
		if g.AllowsAnyone {
			name += " (allows anyone)"
		}
		gs = append(gs, name)
	}
	switch {
	case len(gs) > 0:
		return strings.Join(gs, ", ")
	case r.Public != "":
		return "none (public: " + r.Public + ")"
	case r.GuardsUnknown:
		return "unknown (declared elsewhere)"
	}
	return "none"
}

func writeRoutesText(w io.Writer, rs []routes.Route) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "METHODS\tPATH\tHANDLER\tFRAMEWORK\tGUARDS\tLOCATION")
	for _, r := range rs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s:%d\n", strings.Join(r.Methods, ","), r.Path, r.Handler, r.Framework, guardText(r), r.File, r.Line)
	}
	return tw.Flush()
}

func writeRoutesMarkdown(w io.Writer, rs []routes.Route) error {
	esc := strings.NewReplacer("|", `\|`)
	fmt.Fprintln(w, "| Methods | Path | Handler | Framework | Guards | Location |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, r := range rs {
		_, err := fmt.Fprintf(w, "| %s | `%s` | `%s` | %s | %s | %s:%d |\n", strings.Join(r.Methods, ", "), esc.Replace(r.Path),
			esc.Replace(r.Handler), r.Framework, esc.Replace(guardText(r)), r.File, r.Line)
		if err != nil {
			return err
		}
	}
	return nil
}
