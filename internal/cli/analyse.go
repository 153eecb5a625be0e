package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"time"

	"github.com/apivet/apivet/internal/baseline"
	"github.com/apivet/apivet/internal/config"
	"github.com/apivet/apivet/internal/driver"
	"github.com/apivet/apivet/internal/finding"
	"github.com/apivet/apivet/internal/fix"
	"github.com/apivet/apivet/internal/report"
	"github.com/apivet/apivet/rules"
)

// analyse is the default command: analyse the patterns and report.
func analyse(args []string, stdout, stderr io.Writer) int {
	start := time.Now()
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
	fail := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "apivet: "+format+"\n", args...)
		return ExitError
	}
	switch o.format {
	case "text", "json", "sarif":
	default:
		return fail("unknown --format %q (want text, json or sarif)", o.format)
	}
	if o.cpuProfile != "" {
		f, err := os.Create(o.cpuProfile)
		if err != nil {
			return fail("--cpuprofile: %v", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fail("--cpuprofile: %v", err)
		}
		defer pprof.StopCPUProfile()
	}
	cwd, err := os.Getwd()
	if err != nil {
		return fail("%v", err)
	}
	conf, err := config.Load(cwd, o.config)
	if err != nil {
		return fail("configuration: %v", err)
	}
	var base *baseline.Baseline
	if o.baseline != "" {
		if base, err = baseline.Load(o.baseline); err != nil {
			return fail("--baseline: %v", err)
		}
	}
	var changes baseline.Changes
	if o.newFromRev != "" {
		if changes, err = baseline.ChangedSince(cwd, o.newFromRev); err != nil {
			return fail("--new-from-rev: %v", err)
		}
	}

	goAnalyzers, pyAnalyzers := enabledAnalyzers(conf)
	if err := configureGo(goAnalyzers, conf); err != nil {
		return fail("configuration: %v", err)
	}
	pySettings := pythonSettings(conf)
	policy := driver.SuppressionPolicy{RequireRule: conf.File.Suppressions.RequireRule, RequireReason: conf.File.Suppressions.RequireReason}
	var cache *driver.Cache
	if !o.noCache {
		cache = openCache(pyAnalyzers, fmt.Sprintf("%+v %v %+v", policy, conf.File.Auth, conf.File.Secrets), stderr)
	}
	var progress func(string, ...any)
	if o.verbose {
		progress = func(format string, args ...any) {
			fmt.Fprintf(stderr, "apivet: [%5.1fs] %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, args...))
		}
		if conf.Source != "" {
			progress("configuration from %s", conf.Source)
		}
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
		Progress:          progress,
		CrossPackageFacts: o.deep,
		PythonSettings:    pySettings,
	})
	if err != nil {
		return fail("%v", err)
	}
	findings := res.Findings
	if base != nil {
		findings = base.New(findings)
	}
	if changes != nil {
		findings = changes.New(findings)
	}

	if o.fix {
		fixed, err := fix.Apply(res.Root, findings)
		if err != nil {
			return fail("--fix: %v", err)
		}
		for _, s := range fixed.Skipped {
			fmt.Fprintf(stderr, "apivet: fix not applied: %s\n", s)
		}
		fmt.Fprintf(stderr, "apivet: applied %d fixes in %d files\n", fixed.Applied, len(fixed.Files))
	}

	in := &report.Input{
		Findings: findings,
		Problems: res.Problems,
		Rules:    rules.All(),
		Root:     res.Root,
		Version:  Version,
		ReadFile: driver.FileReader(res.Root),
	}
	if err := writeReport(stdout, o, in); err != nil {
		return fail("writing the report: %v", err)
	}
	report.WriteProblems(stderr, in)
	if o.format == "text" {
		report.WriteSummary(stderr, in, report.Stats{
			GoPackages: res.GoPackages, PythonFiles: res.PythonFiles, Elapsed: time.Since(start),
			Color: colorOK(stderr),
		})
	}
	switch {
	case res.Failed():
		return ExitError
	case countActive(findings) > 0:
		return ExitFindings
	}
	return ExitClean
}

// writeReport writes the report to --output or standard output, colouring text only on a
// terminal.
func writeReport(stdout io.Writer, o options, in *report.Input) error {
	if o.output == "" {
		in.Color = o.format == "text" && colorOK(stdout)
		return report.Write(stdout, o.format, in)
	}
	f, err := os.Create(o.output)
	if err != nil {
		return err
	}
	werr := report.Write(f, o.format, in)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	return werr
}

// colorOK reports whether w is a terminal that may be coloured (NO_COLOR unset, TERM not dumb).
func colorOK(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// countActive counts the findings that are not suppressed.
func countActive(fs []finding.Finding) int {
	n := 0
	for _, f := range fs {
		if f.Suppressed == nil {
			n++
		}
	}
	return n
}
