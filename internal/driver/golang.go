package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/apivet/apivet/internal/finding"
	"github.com/apivet/apivet/internal/suppress"
)

// goLoad is one go/packages load: patterns relative to the directory of one module.
type goLoad struct {
	dir      string
	patterns []string
}

// needsAllSyntax reports whether any analyzer (or one it requires) exchanges facts, in which
// case dependencies must be loaded from source too.
func needsAllSyntax(as []*analysis.Analyzer) bool {
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer) bool
	visit = func(a *analysis.Analyzer) bool {
		if seen[a] {
			return false
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			return true
		}
		for _, r := range a.Requires {
			if visit(r) {
				return true
			}
		}
		return false
	}
	for _, a := range as {
		if visit(a) {
			return true
		}
	}
	return false
}

// runGo loads the packages of each load once, type-checks them, and runs every analyzer through
// the checker. Packages that fail to load or type-check are reported; the rest are analysed.
func runGo(loads []goLoad, analyzers []*analysis.Analyzer, rel func(string) string, policy SuppressionPolicy, crossPackageFacts bool) ([]finding.Finding, []finding.Problem, int) {
	if len(analyzers) == 0 || len(loads) == 0 {
		return nil, nil, 0
	}
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(goGCPercent))
	}
	wrapped := recoverPanics(analyzers, crossPackageFacts)
	mode := packages.LoadSyntax
	if needsAllSyntax(wrapped) {
		mode = packages.LoadAllSyntax
	}
	var out []finding.Finding
	var problems []finding.Problem
	var bodyReads []bodyRead
	bodyLimited := map[string]bool{}
	count := 0
	for _, l := range loads {
		batches := [][]string{l.patterns}
		if mode == packages.LoadSyntax {
			// Without facts crossing packages, packages can be loaded and analysed a batch at a
			// time: memory is then bounded by the batch, not by the repository.
			batches = batchPatterns(l)
		}
		for _, patterns := range batches {
			b := analyzeBatch(goLoad{dir: l.dir, patterns: patterns}, mode, wrapped, rel, policy)
			out = append(out, b.findings...)
			problems = append(problems, b.problems...)
			count += b.packages
			for _, r := range b.bodyReads {
				bodyReads = append(bodyReads, bodyRead{len(out) - len(b.findings) + r.finding, r.pkg})
			}
			for pkg := range b.bodyLimited {
				bodyLimited[pkg] = true
			}
		}
	}
	return dropLimitedBodyReads(out, bodyReads, bodyLimited), uniqueProblems(problems), count
}

// bodyRead is an AV704 finding (by index) and the package it is in.
type bodyRead struct {
	finding int
	pkg     string
}

// bodyLimitRule is the rule whose findings a body limit applied by an importing package
// (main wrapping the server in http.MaxBytesHandler, echo's middleware.BodyLimit) settles.
const bodyLimitRule = "AV704"

// dropLimitedBodyReads removes the AV704 findings of packages whose handlers are served behind a
// body limit that a package importing them applies: analysis facts only flow from a package to
// its importers, so each package alone cannot know it.
func dropLimitedBodyReads(out []finding.Finding, reads []bodyRead, limited map[string]bool) []finding.Finding {
	if len(reads) == 0 || len(limited) == 0 {
		return out
	}
	drop := map[int]bool{}
	for _, r := range reads {
		if limited[r.pkg] {
			drop[r.finding] = true
		}
	}
	if len(drop) == 0 {
		return out
	}
	kept := out[:0]
	for i, f := range out {
		if !drop[i] {
			kept = append(kept, f)
		}
	}
	return kept
}

// globallyLimited is the result of the AV704 analyzer for a package that limits every request
// body in a middleware.
type globallyLimited interface{ GloballyLimited() bool }

// limitedPackages adds to into pkg and every package it imports, directly or not.
func limitedPackages(pkg *packages.Package, into map[string]bool) {
	if into[pkg.PkgPath] {
		return
	}
	into[pkg.PkgPath] = true
	for _, imp := range pkg.Imports {
		limitedPackages(imp, into)
	}
}

// goGCPercent is the garbage collector's target while Go packages are analysed, unless GOGC is
// set. A batch holds the type information of every package it imports, and a main package that
// imports every handler package imports them all: collecting when garbage reaches half the live
// heap rather than all of it keeps the peak about a fifth lower (on the 16x benchmark corpus,
// 143-163 MB instead of 154-193 MB) for a third more time, where apivet is four times faster
// than gosec and about level with its memory.
const goGCPercent = 50

// goBatch is how many packages one load holds when batches are possible.
const goBatch = 10

// batchPatterns lists the packages the load's patterns match (go list, no type checking) and
// splits them into batches; when listing fails, the patterns form one batch and the load
// reports the failure.
func batchPatterns(l goLoad) [][]string {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName, Dir: l.dir}, l.patterns...)
	if err != nil || len(pkgs) <= goBatch {
		return [][]string{l.patterns}
	}
	var paths []string
	for _, p := range pkgs {
		if p.PkgPath == "" || len(p.Errors) > 0 {
			return [][]string{l.patterns} // let the full load report it in context
		}
		paths = append(paths, p.PkgPath)
	}
	sort.Strings(paths)
	var out [][]string
	for len(paths) > 0 {
		n := min(goBatch, len(paths))
		out = append(out, paths[:n])
		paths = paths[n:]
	}
	return out
}

// batchResult is what analysing one batch of packages gives.
type batchResult struct {
	findings []finding.Finding
	problems []finding.Problem
	packages int
	// bodyReads are the AV704 findings (indexes into findings) with their packages;
	// bodyLimited the packages served behind a global body limit (see dropLimitedBodyReads).
	bodyReads   []bodyRead
	bodyLimited map[string]bool
}

// analyzeBatch loads one batch of packages and runs the analyzers on it.
func analyzeBatch(l goLoad, mode packages.LoadMode, analyzers []*analysis.Analyzer, rel func(string) string, policy SuppressionPolicy) batchResult {
	var out []finding.Finding
	var problems []finding.Problem
	cfg := &packages.Config{Mode: mode, Dir: l.dir, Tests: true}
	pkgs, err := packages.Load(cfg, l.patterns...)
	if err != nil {
		return batchResult{problems: []finding.Problem{{Path: rel(l.dir), Kind: "load", Message: "cannot load Go packages: " + err.Error()}}}
	}
	problems = append(problems, packageProblems(pkgs, rel)...)
	var roots []*packages.Package
	for _, p := range pkgs {
		if strings.HasSuffix(p.PkgPath, ".test") && p.Name == "main" {
			continue // the generated test main
		}
		roots = append(roots, p)
	}
	graph, err := checker.Analyze(analyzers, roots, nil)
	if err != nil {
		return batchResult{problems: append(problems, finding.Problem{Path: rel(l.dir), Kind: "internal", Message: err.Error()})}
	}
	var bodyReads []bodyRead
	bodyLimited := map[string]bool{}
	files := newGoFiles()
	seenErr := map[string]bool{}
	for act := range graph.All() {
		if act.Err != nil {
			// Ill-typed packages are reported with their errors; an action that failed
			// because a prerequisite did is reported through the prerequisite.
			msg := act.Err.Error()
			if !act.Package.IllTyped && !strings.HasPrefix(msg, "failed prerequisites") && !seenErr[act.String()] {
				seenErr[act.String()] = true
				problems = append(problems, finding.Problem{Path: act.Package.PkgPath, Kind: "internal",
					Message: fmt.Sprintf("analyzer %s: %v", act.Analyzer.Name, act.Err)})
			}
			continue
		}
		if !act.IsRoot {
			continue
		}
		if r, ok := act.Result.(globallyLimited); ok && r.GloballyLimited() {
			limitedPackages(act.Package, bodyLimited)
		}
		for _, d := range act.Diagnostics {
			f := goFinding(act, d, rel, files, policy)
			if f.Rule == bodyLimitRule {
				bodyReads = append(bodyReads, bodyRead{len(out), act.Package.PkgPath})
			}
			out = append(out, f)
		}
	}
	return batchResult{findings: out, problems: problems, packages: countPackages(roots),
		bodyReads: bodyReads, bodyLimited: bodyLimited}
}

// uniqueProblems drops repeats (a broken dependency is reported by every batch that imports it).
func uniqueProblems(ps []finding.Problem) []finding.Problem {
	seen := map[finding.Problem]bool{}
	var out []finding.Problem
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// countPackages counts distinct package paths (a package and its test variant count once).
func countPackages(pkgs []*packages.Package) int {
	seen := map[string]bool{}
	for _, p := range pkgs {
		seen[strings.TrimSuffix(p.PkgPath, "_test")] = true
	}
	return len(seen)
}

func packageProblems(pkgs []*packages.Package, rel func(string) string) []finding.Problem {
	var out []finding.Problem
	seen := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		typed := false
		for _, e := range p.Errors {
			typed = typed || e.Kind == packages.TypeError || e.Kind == packages.ParseError
		}
		for _, e := range p.Errors {
			if typed && e.Kind == packages.ListError && strings.HasPrefix(e.Msg, "# ") {
				continue // the compiler's report of the same type errors, when go list builds export data
			}
			kind := "load"
			if e.Kind == packages.TypeError || e.Kind == packages.ParseError {
				kind = "type"
			}
			prob := finding.Problem{Path: p.PkgPath, Kind: kind, Message: e.Msg}
			if file, line, col, ok := splitPos(e.Pos); ok {
				prob.Path, prob.Line, prob.Column = rel(file), line, col
			}
			key := fmt.Sprint(prob)
			if !seen[key] {
				seen[key] = true
				out = append(out, prob)
			}
		}
	})
	return out
}

// splitPos parses "file:line:col" or "file:line".
func splitPos(pos string) (string, int, int, bool) {
	if pos == "" || pos == "-" {
		return "", 0, 0, false
	}
	parts := strings.Split(pos, ":")
	nums := []int{}
	for len(parts) > 1 && len(nums) < 2 {
		var n int
		if _, err := fmt.Sscanf(parts[len(parts)-1], "%d", &n); err != nil {
			break
		}
		nums = append([]int{n}, nums...)
		parts = parts[:len(parts)-1]
	}
	if len(nums) == 0 {
		return "", 0, 0, false
	}
	col := 0
	if len(nums) == 2 {
		col = nums[1]
	}
	return strings.Join(parts, ":"), nums[0], col, true
}

// recoverPanics returns copies of the analyzers, and of every analyzer they require, whose Run
// turns a panic into an error for that package alone. Each copy runs the original's code with
// a pass that names the original and holds its prerequisites' results under the originals, so
// the analyzers see no difference.
//
// Unless facts is set, the copies declare no fact types: the checker then analyses only the
// requested packages, which load with dependencies from export data, instead of type-checking
// every dependency, the standard library included, from source (ten times the time and memory
// on a small service). Facts exported are then seen within a package only; analyzers fall back
// to what they can tell without them. go vet -vettool keeps facts: the go command passes them
// between packages cheaply.
func recoverPanics(analyzers []*analysis.Analyzer, facts bool) []*analysis.Analyzer {
	copies := map[*analysis.Analyzer]*analysis.Analyzer{}
	originals := map[*analysis.Analyzer]*analysis.Analyzer{}
	var wrap func(a *analysis.Analyzer) *analysis.Analyzer
	wrap = func(a *analysis.Analyzer) *analysis.Analyzer {
		if w, ok := copies[a]; ok {
			return w
		}
		w := *a
		copies[a] = &w
		originals[&w] = a
		if !facts {
			w.FactTypes = nil
		}
		w.Requires = nil
		for _, r := range a.Requires {
			w.Requires = append(w.Requires, wrap(r))
		}
		orig, run := a, a.Run
		w.Run = func(pass *analysis.Pass) (res any, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("internal error: panic: %v\n%s", r, firstFrames(debug.Stack()))
				}
			}()
			p := *pass
			p.Analyzer = orig
			p.ResultOf = make(map[*analysis.Analyzer]any, len(pass.ResultOf))
			for k, v := range pass.ResultOf {
				p.ResultOf[originals[k]] = v
			}
			return run(&p)
		}
		return &w
	}
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		out[i] = wrap(a)
	}
	return out
}

// goFiles caches per-file suppression indexes for Go files.
type goFiles struct {
	mu      sync.Mutex
	indexes map[string]*suppress.Index
}

func newGoFiles() *goFiles { return &goFiles{indexes: map[string]*suppress.Index{}} }

func (g *goFiles) index(pkg *packages.Package, filename string) *suppress.Index {
	g.mu.Lock()
	defer g.mu.Unlock()
	if x, ok := g.indexes[filename]; ok {
		return x
	}
	var x *suppress.Index
	for _, f := range pkg.Syntax {
		if pkg.Fset.File(f.FileStart).Name() == filename {
			if src, err := os.ReadFile(filename); err == nil {
				x = suppress.ForGo(pkg.Fset, f, src)
			}
			break
		}
	}
	g.indexes[filename] = x
	return x
}

func goFinding(act *checker.Action, d analysis.Diagnostic, rel func(string) string, files *goFiles, policy SuppressionPolicy) finding.Finding {
	fset := act.Package.Fset
	start := fset.Position(d.Pos)
	end := start
	if d.End.IsValid() {
		end = fset.Position(d.End)
	}
	rule := d.Category
	if rule == "" {
		rule = act.Analyzer.Name
	}
	f := finding.Finding{
		Rule: rule, Language: "go", File: rel(start.Filename),
		Line: start.Line, Column: start.Column, EndLine: end.Line, EndColumn: end.Column,
		Message: d.Message,
	}
	for _, r := range d.Related {
		p, q := fset.Position(r.Pos), fset.Position(r.End)
		if !r.End.IsValid() {
			q = p
		}
		f.Flow = append(f.Flow, finding.Step{File: rel(p.Filename), Line: p.Line, Column: p.Column,
			EndLine: q.Line, EndColumn: q.Column, Message: r.Message})
	}
	for _, sf := range d.SuggestedFixes {
		fix := finding.Fix{Description: sf.Message}
		for _, e := range sf.TextEdits {
			p, q := fset.Position(e.Pos), fset.Position(e.End)
			if !e.End.IsValid() {
				q = p
			}
			fix.Edits = append(fix.Edits, finding.Edit{File: rel(p.Filename), Offset: p.Offset, EndOffset: q.Offset,
				Line: p.Line, Column: p.Column, EndLine: q.Line, EndColumn: q.Column, NewText: string(e.NewText)})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return markSuppressed(f, files.index(act.Package, start.Filename), policy)
}

// findModuleRoot returns the directory holding the go.mod that governs dir, or "".
func findModuleRoot(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if fi, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !fi.IsDir() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// hasGoFiles reports whether dir (and, when recursive, the folders below it that go ./... would
// visit) holds a .go file.
func hasGoFiles(dir string, recursive bool) bool {
	found := false
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || found {
			return filepath.SkipDir
		}
		if d.IsDir() {
			name := d.Name()
			if p != dir && (!recursive || name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(d.Name(), ".go") {
			found = true
			return filepath.SkipAll
		}
		return nil
	})
	return found
}

// sortLoads orders loads by directory for deterministic output.
func sortLoads(ls []goLoad) {
	sort.Slice(ls, func(i, j int) bool { return ls[i].dir < ls[j].dir })
}
