// Package driver loads what apivet analyses and drives the analyzers: Go packages through
// go/packages and the go/analysis checker, Python files through tree-sitter, both into one sorted,
// de-duplicated list of findings with suppressions applied and fingerprints set.
package driver

import (
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/finding"
	"github.com/apivet/apivet/internal/gcfloor"
	"github.com/apivet/apivet/internal/suppress"
	"github.com/apivet/apivet/rules"
)

// Config says what to analyse and with which analyzers.
type Config struct {
	// Dir is the directory patterns are relative to and the root findings are shown relative to
	// (SARIF's %SRCROOT%). Empty means the working directory.
	Dir      string
	Patterns []string // Go package patterns, directories and files; empty means ./...
	Go       []*analysis.Analyzer
	Python   []*python.Analyzer
	// IncludeSuppressed keeps findings silenced by suppression comments, marked as such.
	IncludeSuppressed bool
	Workers           int // Python workers; 0 means GOMAXPROCS
	// Cache, when non-nil, keeps Python results by file content so that unchanged files are
	// neither parsed nor analysed again.
	Cache *Cache
	// Exclude, when set, reports whether a Python file (by its shown path) is left out.
	Exclude func(path string) bool
	// Keep, when set, reports whether a finding survives the configuration.
	Keep func(finding.Finding) bool
	// Suppressions says which suppression comments count.
	Suppressions SuppressionPolicy
	// PythonSettings are handed to every Python file's analyzers.
	PythonSettings *python.Settings
	// CrossPackageFacts passes analysis facts between Go packages, at the price of type-checking
	// every dependency from source (see recoverPanics).
	CrossPackageFacts bool
	// Progress, when set, receives progress messages.
	Progress func(format string, args ...any)
}

// SuppressionPolicy makes incomplete suppression comments silence nothing.
type SuppressionPolicy struct {
	RequireRule, RequireReason bool
}

// Result is the outcome of a run.
type Result struct {
	Root        string // absolute Dir
	Findings    []finding.Finding
	Problems    []finding.Problem
	GoPackages  int // Go packages analysed
	PythonFiles int // Python files parsed and analysed
}

// Failed reports whether something could not be analysed, which the exit status must say.
// Python syntax errors do not count: tree-sitter recovers and the file is still analysed.
func (r *Result) Failed() bool {
	for _, p := range r.Problems {
		if p.Kind != "parse" {
			return true
		}
	}
	return false
}

// Run analyses cfg.Patterns.
func Run(cfg Config) (*Result, error) {
	root := cfg.Dir
	if root == "" {
		root = "."
	}
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	patterns := cfg.Patterns
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	rel := relativeTo(root)
	loads, pyRoots := plan(root, patterns)

	res := &Result{Root: root}
	var raw []finding.Finding
	pyFiles, probs := findPython(pyRoots)
	res.Problems = append(res.Problems, relProblems(probs, rel)...)
	if cfg.Exclude != nil {
		kept := pyFiles[:0]
		for _, p := range pyFiles {
			if !cfg.Exclude(rel(p)) {
				kept = append(kept, p)
			}
		}
		pyFiles = kept
	}

	progress := cfg.Progress
	if progress == nil {
		progress = func(string, ...any) {}
	}
	for _, l := range loads {
		progress("loading Go packages %v in %s", l.patterns, rel(l.dir))
	}
	goRaw, goProbs, nPkgs := runGo(loads, cfg.Go, rel, cfg.Suppressions, cfg.CrossPackageFacts)
	if len(loads) > 0 {
		progress("analysed %d Go packages", nPkgs)
	}
	progress("analysing %d Python files", len(pyFiles))
	raw = append(raw, goRaw...)
	res.Problems = append(res.Problems, goProbs...)
	res.GoPackages = nPkgs

	if len(pyFiles) > 0 && os.Getenv("GOGC") == "" {
		defer gcfloor.Set(pythonHeapFloor)()
	}
	settings := cfg.PythonSettings
	var pre []preRead
	modules := pythonModules(pyFiles, rel)
	if passes := projectPasses(cfg.Python); len(passes) > 0 && len(pyFiles) > 0 {
		var facts *python.ProjectFacts
		var n int
		facts, pre, n = projectFacts(passes, pyFiles, modules, cfg.Workers, rel, analyzerKinds(cfg.Python), cfg.Cache)
		progress("project pre-pass parsed %d Python files (those naming %s)", n, projectWords(passes))
		if facts != nil {
			s := python.Settings{}
			if settings != nil {
				s = *settings
			}
			s.Project = facts
			settings = &s
		}
	}
	pyRaw, pyProbs, nFiles := runPython(pyFiles, modules, cfg.Python, cfg.Workers, rel, cfg.Cache, cfg.Suppressions, settings, pre)
	raw = append(raw, pyRaw...)
	res.Problems = append(res.Problems, pyProbs...)
	res.PythonFiles = nFiles
	progress("parsed %d Python files (the others hold nothing any enabled rule looks for, or were cached)", nFiles)

	if cfg.Keep != nil {
		kept := raw[:0]
		for _, f := range raw {
			if cfg.Keep(f) {
				kept = append(kept, f)
			}
		}
		raw = kept
	}
	res.Findings = finish(raw, cfg.IncludeSuppressed, root)
	finding.SortProblems(res.Problems)
	return res, nil
}

// pythonHeapFloor is the smallest heap target while Python files are analysed (see gcfloor):
// each file's syntax table and models are garbage once the file is done, and with the runtime's
// 4 MB minimum a project of a few hundred files spent a tenth of its time collecting.
var pythonHeapFloor uint64 = 32 << 20

// markSuppressed records the suppression comment that silences f, if any. Under a strict
// policy, a comment that names no rule or gives no reason silences nothing, and the message
// says why.
func markSuppressed(f finding.Finding, x *suppress.Index, policy SuppressionPolicy) finding.Finding {
	d, ok := x.Lookup(f.Rule, f.Line)
	if !ok {
		return f
	}
	switch {
	case policy.RequireRule && len(d.Rules) == 0:
		f.Message += " (a suppression comment here was ignored: it must name the rule, as in apivet:ignore " + f.Rule + ")"
	case policy.RequireReason && d.Reason == "":
		f.Message += " (a suppression comment here was ignored: it must give a reason)"
	default:
		f.Suppressed = &finding.Suppression{Kind: d.Kind, Justification: d.Reason}
	}
	return f
}

// plan splits the patterns into go/packages loads (grouped by the module that governs them) and
// roots to search for Python files.
func plan(root string, patterns []string) ([]goLoad, []string) {
	byModule := map[string]*goLoad{}
	var loads []goLoad
	var pyRoots []string
	addGo := func(modRoot, pattern string) {
		l, ok := byModule[modRoot]
		if !ok {
			l = &goLoad{dir: modRoot}
			byModule[modRoot] = l
		}
		l.patterns = append(l.patterns, pattern)
	}
	for _, pat := range patterns {
		recursive := pat == "..." || strings.HasSuffix(pat, "/...")
		dir := strings.TrimSuffix(strings.TrimSuffix(pat, "..."), "/")
		if dir == "" {
			dir = "."
		}
		abs := dir
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(root, dir)
		}
		fi, err := os.Stat(abs)
		switch {
		case err == nil && !fi.IsDir():
			if strings.HasSuffix(abs, ".go") {
				if mod := findModuleRoot(filepath.Dir(abs)); mod != "" {
					addGo(mod, "file="+abs)
				}
			} else {
				pyRoots = append(pyRoots, abs)
			}
		case err == nil:
			pyRoots = append(pyRoots, abs)
			mod := findModuleRoot(abs)
			if mod == "" || !hasGoFiles(abs, recursive) {
				continue
			}
			r, _ := filepath.Rel(mod, abs)
			p := "./" + filepath.ToSlash(r)
			if recursive {
				p = strings.TrimSuffix(p, "/.") + "/..."
			}
			addGo(mod, p)
		case isFilesystemPattern(pat):
			// A path that does not exist: let the Python walk report it.
			pyRoots = append(pyRoots, abs)
		default:
			// An import path pattern such as example.com/app/...: Go only, from the root's module.
			if mod := findModuleRoot(root); mod != "" {
				addGo(mod, pat)
			} else {
				pyRoots = append(pyRoots, abs)
			}
		}
	}
	for _, l := range byModule {
		loads = append(loads, *l)
	}
	sortLoads(loads)
	return loads, pyRoots
}

func isFilesystemPattern(p string) bool {
	return p == "." || p == ".." || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") ||
		filepath.IsAbs(p) || strings.HasSuffix(p, ".py") || strings.HasSuffix(p, ".go")
}

// relativeTo returns a function that shows paths slash-separated and relative to root when they
// lie inside it.
func relativeTo(root string) func(string) string {
	return func(p string) string {
		if p == "" {
			return p
		}
		abs := p
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(root, p)
		}
		if r, err := filepath.Rel(root, abs); err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) {
			return filepath.ToSlash(r)
		}
		return filepath.ToSlash(abs)
	}
}

func relProblems(ps []finding.Problem, rel func(string) string) []finding.Problem {
	for i := range ps {
		ps[i].Path = rel(ps[i].Path)
	}
	return ps
}

// finish fills rule metadata, applies suppressions, removes duplicates (a Go file analysed as
// part of a package and of its test variant reports twice), sorts, and sets fingerprints.
func finish(raw []finding.Finding, includeSuppressed bool, root string) []finding.Finding {
	var out []finding.Finding
	for _, f := range raw {
		if rule := rules.Get(f.Rule); rule != nil {
			f.Name, f.Severity = rule.Name, rule.Severity.String()
		}
		if f.Suppressed != nil && !includeSuppressed {
			continue
		}
		out = append(out, f)
	}
	finding.Sort(out)
	dedup := out[:0]
	for i, f := range out {
		if i > 0 && finding.Compare(out[i-1], f) == 0 {
			continue
		}
		dedup = append(dedup, f)
	}
	lines := newLineCache(root)
	finding.Fingerprints(dedup, lines.line)
	return dedup
}
