// Package cli implements the apivet command: flags, sub-commands and exit statuses. It holds no
// analysis logic; cmd/apivet only calls Main.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/apivet/apivet/analyzers/all"
	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/analyzers/python/pyall"
	"github.com/apivet/apivet/internal/config"
	"github.com/apivet/apivet/internal/driver"
	"github.com/apivet/apivet/internal/report"
	"github.com/apivet/apivet/internal/suppress"
	"github.com/apivet/apivet/rules"
)

// Version is apivet's version, printed by --version and written into SARIF.
const Version = "0.1.0"

// Exit statuses, part of the CLI contract.
const (
	ExitClean    = 0 // no findings
	ExitFindings = 1 // findings reported
	ExitError    = 2 // usage error, or something could not be analysed
)

const usage = `apivet finds insecure HTTP API code in Go packages and Python files.

Usage:
  apivet [flags] [patterns]     analyse (default pattern ./...)
  apivet rules [ID]             list the rules, or explain one
  go vet -vettool=$(command -v apivet) ./...

Patterns are Go package patterns, directories and files. Python files are found under the given
directories (skipping .git, vendor, node_modules, virtualenvs, site-packages, testdata); a
directory without go.mod is scanned for Python alone.

Exit status: 0 no findings, 1 findings, 2 usage error or something could not be analysed.

Flags:
`

// IsVetInvocation reports whether go vet is running apivet as its -vettool: go vet first asks
// for `-flags` and `-V=full`, then passes a single *.cfg file per package.
func IsVetInvocation(args []string) bool {
	if len(args) == 0 {
		return false
	}
	for _, a := range args {
		if a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-V=") || strings.HasPrefix(a, "--V=") {
			return true
		}
	}
	return strings.HasSuffix(args[len(args)-1], ".cfg")
}

// Main runs apivet with the arguments after the program name and returns the exit status. Under
// go vet it hands over to unitchecker, which exits by itself.
func Main(args []string, stdout, stderr io.Writer) int {
	if IsVetInvocation(args) {
		analyzers := all.Analyzers()
		for i, a := range analyzers {
			analyzers[i] = suppress.Wrap(a)
		}
		unitchecker.Main(analyzers...) // does not return
	}
	if len(args) > 0 && args[0] == "rules" {
		return rulesCommand(args[1:], stdout, stderr)
	}
	return analyse(args, stdout, stderr)
}

// options are the analysis flags.
type options struct {
	format            string
	output            string
	includeSuppressed bool
	version           bool
	noCache           bool
	config            string
}

func newFlagSet(stderr io.Writer, o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("apivet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.format, "format", "text", "output format: text, json or sarif")
	fs.StringVar(&o.output, "output", "", "write the report to `file` instead of standard output")
	fs.BoolVar(&o.includeSuppressed, "include-suppressed", false, "report findings silenced by suppression comments too, marked as suppressed")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.StringVar(&o.config, "config", "", "read the configuration from `file` (default: .apivet.yml, or [tool.apivet] in pyproject.toml)")
	fs.BoolVar(&o.noCache, "no-cache", false, "do not read or write the cache of Python results ($APIVET_CACHE_DIR, default: the user cache directory)")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseInterleaved accepts flags before, between and after the patterns.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var patterns []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return patterns, nil
		}
		if args[0] == "--" {
			return append(patterns, args[1:]...), nil
		}
		patterns = append(patterns, args[0])
		args = args[1:]
	}
}

func analyse(args []string, stdout, stderr io.Writer) int {
	var o options
	fs := newFlagSet(stderr, &o)
	patterns, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return ExitClean
	}
	if err != nil {
		return ExitError
	}
	if o.version {
		fmt.Fprintf(stdout, "apivet %s\n", Version)
		return ExitClean
	}
	switch o.format {
	case "text", "json", "sarif":
	default:
		fmt.Fprintf(stderr, "apivet: unknown --format %q (want text, json or sarif)\n", o.format)
		return ExitError
	}
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "apivet: %v\n", err)
		return ExitError
	}
	conf, err := config.Load(cwd, o.config)
	if err != nil {
		fmt.Fprintf(stderr, "apivet: configuration: %v\n", err)
		return ExitError
	}
	goAnalyzers, pyAnalyzers := enabledAnalyzers(conf)
	policy := driver.SuppressionPolicy{RequireRule: conf.File.Suppressions.RequireRule, RequireReason: conf.File.Suppressions.RequireReason}
	var cache *driver.Cache
	if !o.noCache {
		cache = openCache(pyAnalyzers, fmt.Sprintf("%+v", policy), stderr)
	}
	res, err := driver.Run(driver.Config{
		Dir:               cwd,
		Patterns:          patterns,
		Go:                goAnalyzers,
		Python:            pyAnalyzers,
		IncludeSuppressed: o.includeSuppressed,
		Cache:             cache,
		Exclude:           conf.Excluded,
		Keep:              conf.Keep,
		Suppressions:      policy,
	})
	if err != nil {
		fmt.Fprintf(stderr, "apivet: %v\n", err)
		return ExitError
	}
	in := &report.Input{
		Findings: res.Findings,
		Problems: res.Problems,
		Rules:    rules.All(),
		Root:     res.Root,
		Version:  Version,
		ReadFile: driver.FileReader(res.Root),
	}
	out := stdout
	var file *os.File
	if o.output != "" {
		file, err = os.Create(o.output)
		if err != nil {
			fmt.Fprintf(stderr, "apivet: %v\n", err)
			return ExitError
		}
		out = file
	}
	werr := report.Write(out, o.format, in)
	if file != nil {
		if cerr := file.Close(); werr == nil {
			werr = cerr
		}
	}
	if werr != nil {
		fmt.Fprintf(stderr, "apivet: writing the report: %v\n", werr)
		return ExitError
	}
	report.WriteProblems(stderr, in)
	switch {
	case res.Failed():
		return ExitError
	case len(res.Findings) > 0 && !allSuppressed(res):
		return ExitFindings
	}
	return ExitClean
}

func allSuppressed(res *driver.Result) bool {
	for _, f := range res.Findings {
		if f.Suppressed == nil {
			return false
		}
	}
	return true
}

// openCache opens the Python result cache in $APIVET_CACHE_DIR or the user cache directory. A
// cache that cannot be opened only costs time: it is reported and the run goes on without it.
func openCache(analyzers []*python.Analyzer, settings string, stderr io.Writer) *driver.Cache {
	dir := os.Getenv("APIVET_CACHE_DIR")
	if dir == "off" {
		return nil
	}
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return nil
		}
		dir = filepath.Join(base, "apivet")
	}
	c, err := driver.OpenCache(dir, Version+"\x00"+driver.ExecutableID()+"\x00"+settings, analyzers)
	if err != nil {
		fmt.Fprintf(stderr, "apivet: cache disabled: %v\n", err)
		return nil
	}
	return c
}

// enabledAnalyzers returns the analyzers of the rules the configuration leaves on.
func enabledAnalyzers(conf *config.Config) ([]*analysis.Analyzer, []*python.Analyzer) {
	var gos []*analysis.Analyzer
	for _, a := range all.Analyzers() {
		if conf.RuleEnabled(a.Name) {
			gos = append(gos, a)
		}
	}
	var pys []*python.Analyzer
	for _, a := range pyall.Analyzers() {
		if conf.RuleEnabled(a.Name) {
			pys = append(pys, a)
		}
	}
	return gos, pys
}
