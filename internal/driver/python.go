package driver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/finding"
	"github.com/apivet/apivet/internal/suppress"
)

// Limits that keep hostile input from stalling a run.
const (
	// MaxPythonFileSize is the largest Python file parsed; larger ones are generated or data.
	MaxPythonFileSize = 10 << 20
	// ParseTimeout bounds tree-sitter's work on one file.
	ParseTimeout = 20 * time.Second
	// binarySniff is how much of a file is checked for NUL bytes.
	binarySniff = 8000
	// MaxPythonDepth is the deepest syntax tree analysed. Real code stays far below it; machine-made
	// nesting beyond it would make walks up the tree (tree-sitter finds a parent by descending
	// from the root) quadratic.
	MaxPythonDepth = 1000
	// AnalyzeTimeout bounds the analyzers' work on one file. An analyzer still running then is
	// abandoned (its tree is not freed), the file is reported, and the run goes on.
	AnalyzeTimeout = 30 * time.Second
)

// pyResult is what one file yields; it is what the cache stores.
type pyResult struct {
	Findings []finding.Finding `json:"findings,omitempty"`
	Problems []finding.Problem `json:"problems,omitempty"`
	Parsed   bool              `json:"parsed,omitempty"`
	// Exports are the file's contributions to the analyzers' joins, by join name, and
	// Directives its suppression comments, which the joins' findings in the file obey.
	Exports    map[string]json.RawMessage `json:"exports,omitempty"`
	Directives []suppress.Directive       `json:"directives,omitempty"`
}

// analyzerJoins returns the distinct joins of the analyzers.
func analyzerJoins(analyzers []*python.Analyzer) []*python.Join {
	return distinct(analyzers, func(a *python.Analyzer) *python.Join { return a.Join })
}

// distinct returns the distinct non-nil values get gives for the analyzers, in their order: the
// steps a family of analyzers shares run once.
func distinct[T any](analyzers []*python.Analyzer, get func(*python.Analyzer) *T) []*T {
	var out []*T
	seen := map[*T]bool{}
	for _, a := range analyzers {
		if v := get(a); v != nil && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// analyzerKinds is the union of the analyzers' node kinds: what a file's index must hold.
func analyzerKinds(analyzers []*python.Analyzer) map[string]bool {
	kinds := map[string]bool{}
	for _, a := range analyzers {
		for _, k := range a.Kinds {
			kinds[k] = true
		}
	}
	return kinds
}

// eachFile calls do for the indexes 0..n-1 on workers goroutines (GOMAXPROCS when workers <= 0),
// each with its own worker, and returns when all calls have.
func eachFile(n, workers int, do func(w *worker, i int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &worker{parser: python.NewParser()}
			defer w.close()
			for i := range next {
				do(w, i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// worker is what each goroutine of eachFile owns: a parser, and the goroutine its files'
// analyzers run on, so that a file whose analysis overruns its time can be abandoned.
type worker struct {
	parser *python.Parser
	jobs   chan func() // to the analysis goroutine; nil until the first job
	timer  *time.Timer
}

// analyse runs job on the worker's analysis goroutine and waits for it at most timeout. A job
// still running then is abandoned: its goroutine finishes it alone and exits, the next job gets
// a new goroutine, and the caller must not read what the job writes. Otherwise the goroutine
// serves file after file: one per file would grow a new stack for every file.
func (w *worker) analyse(timeout time.Duration, job func()) (finished bool) {
	if w.jobs == nil {
		jobs := make(chan func())
		w.jobs = jobs
		go func() {
			for j := range jobs {
				j()
			}
		}()
	}
	done := make(chan struct{})
	w.jobs <- func() {
		job()
		close(done)
	}
	if w.timer == nil {
		w.timer = time.NewTimer(timeout)
	} else {
		w.timer.Reset(timeout)
	}
	select {
	case <-done:
		w.timer.Stop()
		return true
	case <-w.timer.C:
		close(w.jobs)
		w.jobs = nil
		return false
	}
}

func (w *worker) close() {
	if w.jobs != nil {
		close(w.jobs)
	}
	if w.timer != nil {
		w.timer.Stop()
	}
	w.parser.Close()
}

// runPython parses every file once, in parallel, and runs every analyzer on each tree. pre, when
// not nil, holds what the project pre-pass read and parsed of each file, by index; runPython
// closes its trees.
func runPython(files, modules []string, analyzers []*python.Analyzer, workers int, rel func(string) string, cache *Cache, policy SuppressionPolicy, settings *python.Settings, pre []preRead) ([]finding.Finding, []finding.Problem, int) {
	if len(analyzers) == 0 || len(files) == 0 {
		for _, p := range pre {
			p.release()
		}
		return nil, nil, 0
	}
	kinds := analyzerKinds(analyzers)
	var keywords []string
	gateAll := false
	lists := make([][]string, len(analyzers))
	for i, a := range analyzers {
		lists[i] = a.Keywords
		if len(a.Keywords) == 0 {
			gateAll = true
		}
		keywords = append(keywords, a.Keywords...)
	}
	joins := analyzerJoins(analyzers)
	for _, j := range joins {
		lists = append(lists, j.Keywords)
		keywords = append(keywords, j.Keywords...)
	}
	if gateAll {
		keywords = nil
	}
	kwIndex := python.NewKeywords(lists...)
	// A file's result depends on what other files declare for it (the project pre-pass).
	project := settings.ProjectFacts().Key()
	results := make([]pyResult, len(files))
	eachFile(len(files), workers, func(w *worker, i int) {
		var p preRead
		if pre != nil {
			p, pre[i] = pre[i], preRead{}
		}
		src, err := p.src, p.err
		if !p.read {
			src, err = readPython(files[i])
		}
		tree := p.tree
		results[i] = cache.analyze(rel(files[i])+"\x00"+modules[i], project, src, err, func(src []byte, err error) pyResult {
			t := tree
			tree = nil
			return analyzePythonFile(w, t, src, err, rel(files[i]), modules[i], analyzers, joins, kinds, kwIndex, keywords, policy, settings)
		})
		if tree != nil {
			tree.Close() // a cached result: the tree was not needed
		}
	})

	var out []finding.Finding
	var problems []finding.Problem
	parsed := 0
	for _, r := range results {
		out = append(out, r.Findings...)
		problems = append(problems, r.Problems...)
		if r.Parsed {
			parsed++
		}
	}
	for _, j := range joins {
		found, probs := runJoin(j, files, modules, results, rel, policy, out, kinds, settings, cache, project)
		out = append(out, found...)
		problems = append(problems, probs...)
	}
	return out, problems, parsed
}

// runJoin hands every file's export to the join, in path order, and turns what it reports into
// findings, each obeying the suppression comments of its file. A finding of a rule already
// reported at the same place is dropped: the file's own analysis saw the flow first.
func runJoin(j *python.Join, files, modules []string, results []pyResult, rel func(string) string, policy SuppressionPolicy, existing []finding.Finding, kinds map[string]bool, settings *python.Settings, cache *Cache, project string) (out []finding.Finding, problems []finding.Problem) {
	var exports []python.Export
	byPath := map[string]int{}
	for i, r := range results {
		if data := r.Exports[j.Name]; len(data) > 0 {
			exports = append(exports, python.Export{Path: rel(files[i]), Module: modules[i], Data: data})
		}
		byPath[rel(files[i])] = i
	}
	if len(exports) == 0 {
		return nil, nil
	}
	defer func() {
		if r := recover(); r != nil {
			out = nil
			problems = []finding.Problem{{Path: ".", Kind: "internal",
				Message: fmt.Sprintf("internal error: the %s join across Python files panicked: %v\n%s", j.Name, r, firstFrames(debug.Stack()))}}
		}
	}()
	type place struct {
		rule, file string
		line, col  int
	}
	seen := map[place]bool{}
	for _, f := range existing {
		seen[place{f.Rule, f.File, f.Line, f.Column}] = true
	}
	opener := newModuleOpener(files, modules, rel, kinds, settings)
	defer opener.close()
	current := func(module string) (string, string) {
		i := opener.find(module)
		if i < 0 {
			return "", ""
		}
		src, err := readPython(files[i])
		if err != nil {
			return rel(files[i]), ""
		}
		return rel(files[i]), contentHash(src)
	}
	report := cache.join(j.Name, project, exports, current, func() ([]python.JoinDiagnostic, []openedFile, bool) {
		diags := j.Report(exports, opener.open)
		return diags, opener.record(), !opener.failed
	})
	indexes := map[string]*suppress.Index{}
	for _, d := range report {
		f := pyFinding(d.Path, d.Diagnostic)
		k := place{f.Rule, f.File, f.Line, f.Column}
		if seen[k] {
			continue
		}
		seen[k] = true
		x, ok := indexes[d.Path]
		if !ok {
			if i, known := byPath[d.Path]; known {
				x = &suppress.Index{}
				for _, dir := range results[i].Directives {
					x.Add(dir)
				}
			}
			indexes[d.Path] = x
		}
		out = append(out, markSuppressed(f, x, policy))
	}
	return out, nil
}

// moduleOpener parses the project's files by module for a join, each once, under the limits
// of the main pass. It is safe for concurrent use: a join may open modules in parallel.
type moduleOpener struct {
	files, modules []string
	rel            func(string) string
	kinds          map[string]bool
	settings       *python.Settings
	mu             sync.Mutex
	opened         map[string]*openedModule
	parsers        []*python.Parser // idle
	all            []*python.Parser
	failed         bool // a module could not be parsed in time: the report is not cached
	indexOnce      sync.Once
	byLast         map[string][]int // file indexes by the last name of their module
}

type openedModule struct {
	once sync.Once
	f    *python.File
	file string // the file found for the module, and its content hash
	hash string
}

func newModuleOpener(files, modules []string, rel func(string) string, kinds map[string]bool, settings *python.Settings) *moduleOpener {
	return &moduleOpener{files: files, modules: modules, rel: rel, kinds: kinds, settings: settings, opened: map[string]*openedModule{}}
}

// find returns the index of the file of module: the one whose module is module, else the only
// one that names the same module by a longer or shorter path (python.SameModule). Such modules
// end with the same name: the files are indexed by it, once.
func (o *moduleOpener) find(module string) int {
	o.indexOnce.Do(func() {
		o.byLast = map[string][]int{}
		for i, m := range o.modules {
			if m != "" {
				last := m[strings.LastIndexByte(m, '.')+1:]
				o.byLast[last] = append(o.byLast[last], i)
			}
		}
	})
	found := -1
	for _, i := range o.byLast[module[strings.LastIndexByte(module, '.')+1:]] {
		m := o.modules[i]
		if m == module {
			return i
		}
		if python.SameModule(m, module) {
			if found >= 0 {
				return -1 // two candidates: neither is assumed
			}
			found = i
		}
	}
	return found
}

func (o *moduleOpener) open(module string) *python.File {
	o.mu.Lock()
	m, ok := o.opened[module]
	if !ok {
		m = &openedModule{}
		o.opened[module] = m
	}
	o.mu.Unlock()
	m.once.Do(func() { m.f = o.parse(module, m) })
	return m.f
}

// record lists the modules opened so far, sorted, with the files found for them.
func (o *moduleOpener) record() []openedFile {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []openedFile
	for module, m := range o.opened {
		out = append(out, openedFile{Module: module, File: m.file, Hash: m.hash})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Module < out[j].Module })
	return out
}

func (o *moduleOpener) parse(module string, m *openedModule) *python.File {
	i := o.find(module)
	if i < 0 {
		return nil
	}
	m.file = o.rel(o.files[i])
	src, err := readPython(o.files[i])
	if err != nil {
		return nil
	}
	m.hash = contentHash(src)
	o.mu.Lock()
	var p *python.Parser
	if n := len(o.parsers); n > 0 {
		p, o.parsers = o.parsers[n-1], o.parsers[:n-1]
	} else {
		p = python.NewParser()
		o.all = append(o.all, p)
	}
	o.mu.Unlock()
	f := p.Parse(o.rel(o.files[i]), src, o.kinds, ParseTimeout)
	o.mu.Lock()
	o.parsers = append(o.parsers, p)
	if f == nil {
		o.failed = true
	}
	o.mu.Unlock()
	if f == nil {
		return nil
	}
	if f.MaxDepth > MaxPythonDepth {
		f.Close()
		return nil
	}
	f.Module = o.modules[i]
	if o.settings != nil {
		f.Settings = o.settings
	}
	return f
}

func (o *moduleOpener) close() {
	for _, m := range o.opened {
		if m.f != nil {
			m.f.Close()
		}
	}
	for _, p := range o.all {
		p.Close()
	}
}

// readPython reads a Python file for analysis, refusing what is not source: non-regular files,
// files over the size limit, binary content.
func readPython(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %s", cleanErr(err))
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	if info.Size() > MaxPythonFileSize {
		return nil, fmt.Errorf("file is %d bytes, over the %d-byte limit for Python source: not analysed", info.Size(), MaxPythonFileSize)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %s", cleanErr(err))
	}
	if bytes.IndexByte(src[:min(len(src), binarySniff)], 0) >= 0 {
		return nil, fmt.Errorf("binary content (NUL bytes): not Python source, not analysed")
	}
	return src, nil
}

// analyzePythonFile parses one file's content and runs the analyzers on it; readErr is what
// readPython said, if it refused the file. tree, when not nil, is the file already parsed (by
// the project pre-pass, with the same kinds); it is used instead of parsing and closed.
func analyzePythonFile(w *worker, tree *python.File, src []byte, readErr error, shown, module string, analyzers []*python.Analyzer, joins []*python.Join, kinds map[string]bool, kwIndex *python.Keywords, keywords []string, policy SuppressionPolicy, settings *python.Settings) (res pyResult) {
	if readErr != nil {
		res.Problems = append(res.Problems, finding.Problem{Path: shown, Kind: "skipped", Message: readErr.Error()})
		return res
	}
	found := kwIndex.Scan(src)
	if !found.Any(keywords) {
		if tree != nil {
			tree.Close()
		}
		return res // no enabled rule can match: not parsed at all
	}
	f := tree
	if f == nil {
		f = w.parser.Parse(shown, src, kinds, ParseTimeout)
	}
	if f == nil {
		res.Problems = append(res.Problems, finding.Problem{Path: shown, Kind: "skipped",
			Message: fmt.Sprintf("parsing took longer than %s: not analysed", ParseTimeout)})
		return res
	}
	res.Parsed = true
	f.Module = module
	if settings != nil {
		f.Settings = settings
	}
	if p, bad := f.FirstSyntaxError(); bad {
		res.Problems = append(res.Problems, finding.Problem{Path: shown, Kind: "parse", Line: int(p.Row) + 1, Column: int(p.Column) + 1,
			Message: "syntax error; the rest of the file was still analysed"})
	}
	if f.MaxDepth > MaxPythonDepth {
		f.Close()
		res.Problems = append(res.Problems, finding.Problem{Path: shown, Kind: "skipped",
			Message: fmt.Sprintf("syntax nested %d levels deep, over the limit of %d: not analysed", f.MaxDepth, MaxPythonDepth)})
		return res
	}
	var comments []suppress.Comment
	for _, c := range f.Comments {
		comments = append(comments, suppress.Comment{Offset: int(python.StartByte(c)), Line: int(python.StartPosition(c).Row) + 1, Text: f.Text(c)})
	}
	index := suppress.FromComments(src, comments)
	res.Directives = index.Directives()
	var out pyResult
	finished := w.analyse(AnalyzeTimeout, func() {
		for _, a := range analyzers {
			if !found.Any(a.Keywords) {
				continue
			}
			diags, err := runOne(a, f)
			if err != nil {
				out.Problems = append(out.Problems, finding.Problem{Path: shown, Kind: "internal", Message: err.Error()})
			}
			for _, d := range diags {
				out.Findings = append(out.Findings, markSuppressed(pyFinding(shown, d), index, policy))
			}
		}
		for _, j := range joins {
			if !found.Any(j.Keywords) {
				continue
			}
			data, err := exportOne(j, f)
			if err != nil {
				out.Problems = append(out.Problems, finding.Problem{Path: shown, Kind: "internal", Message: err.Error()})
			}
			if len(data) > 0 {
				if out.Exports == nil {
					out.Exports = map[string]json.RawMessage{}
				}
				out.Exports[j.Name] = data
			}
		}
	})
	if !finished {
		// The analyzers still hold the tree: leave it to them rather than free it under them.
		res.Problems = append(res.Problems, finding.Problem{Path: shown, Kind: "skipped",
			Message: fmt.Sprintf("analysis took longer than %s: findings for this file are incomplete", AnalyzeTimeout)})
		return res
	}
	f.Close()
	res.Findings = out.Findings
	res.Problems = append(res.Problems, out.Problems...)
	res.Exports = out.Exports
	return res
}

// exportOne runs a join's export on one file; a panic becomes an internal error, as in runOne.
func exportOne(j *python.Join, f *python.File) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, fmt.Errorf("internal error: the %s join panicked on this file: %v\n%s", j.Name, r, firstFrames(debug.Stack()))
		}
	}()
	return j.Export(f), nil
}

// runOne runs one analyzer on one file; a panic becomes an internal error naming the analyzer
// and the file, and the diagnostics reported before it are kept.
func runOne(a *python.Analyzer, f *python.File) (diags []python.Diagnostic, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: analyzer %s panicked on this file: %v\n%s", a.Name, r, firstFrames(debug.Stack()))
		}
	}()
	a.Run(python.NewPass(a, f, func(d python.Diagnostic) { diags = append(diags, d) }))
	return diags, nil
}

func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	if len(lines) > 12 {
		lines = lines[:12]
	}
	return strings.Join(lines, "\n")
}

func pyFinding(path string, d python.Diagnostic) finding.Finding {
	f := finding.Finding{
		Rule: d.Category, Language: "python", File: path,
		Line: int(d.Start.Row) + 1, Column: int(d.Start.Column) + 1,
		EndLine: int(d.End.Row) + 1, EndColumn: int(d.End.Column) + 1,
		Message: d.Message,
	}
	for _, r := range d.Related {
		file := path
		if r.Path != "" {
			file = r.Path
		}
		f.Flow = append(f.Flow, finding.Step{File: file, Line: int(r.Start.Row) + 1, Column: int(r.Start.Column) + 1,
			EndLine: int(r.End.Row) + 1, EndColumn: int(r.End.Column) + 1, Message: r.Message})
	}
	for _, fx := range d.SuggestedFixes {
		fix := finding.Fix{Description: fx.Message}
		for _, e := range fx.TextEdits {
			fix.Edits = append(fix.Edits, finding.Edit{File: path, Offset: int(e.Start), EndOffset: int(e.End),
				Line: int(e.StartPoint.Row) + 1, Column: int(e.StartPoint.Column) + 1,
				EndLine: int(e.EndPos.Row) + 1, EndColumn: int(e.EndPos.Column) + 1, NewText: e.NewText})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return f
}
