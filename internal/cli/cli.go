// Package cli implements the apivet command: flags, sub-commands and exit statuses. It holds no
// analysis logic; cmd/apivet only calls Main.
package cli

import (
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
	"github.com/apivet/apivet/internal/suppress"
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
  apivet routes [patterns]      list the HTTP routes with the guards on each (--format text|json|markdown)
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
	if len(args) > 0 && args[0] == "routes" {
		return routesCommand(args[1:], stdout, stderr)
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
	baseline          string
	newFromRev        string
	fix               bool
	verbose           bool
	deep              bool
	cpuProfile        string
}

func newFlagSet(stderr io.Writer, o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("apivet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.format, "format", "text", "output format: text, json or sarif")
	fs.StringVar(&o.output, "output", "", "write the report to `file` instead of standard output")
	fs.StringVar(&o.config, "config", "", "read the configuration from `file` (default: .apivet.yml, or [tool.apivet] in pyproject.toml)")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings that are not in this earlier JSON or SARIF `report`")
	fs.StringVar(&o.newFromRev, "new-from-rev", "", "report only findings on lines changed since the git `revision`")
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes that are safe to apply automatically")
	fs.BoolVar(&o.includeSuppressed, "include-suppressed", false, "report findings silenced by suppression comments too, marked as suppressed")
	fs.BoolVar(&o.noCache, "no-cache", false, "do not read or write the cache of Python results ($APIVET_CACHE_DIR, default: the user cache directory)")
	fs.BoolVar(&o.deep, "deep", false, "pass analysis facts between Go packages (finds more across packages; type-checks every dependency from source, so slower)")
	fs.BoolVar(&o.verbose, "v", false, "show progress on standard error")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to `file` (for reporting slow runs)")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
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
