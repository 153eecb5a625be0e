package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/apivet/apivet/analyzers/python"
	"golang.org/x/tools/go/analysis"
)

// testAnalyzer reports every call of boom() under AV201, and panics on a call of crash().
var testAnalyzer = &python.Analyzer{
	Name: "AV201", Kinds: []string{"call"}, Keywords: []string{"boom", "crash"},
	Run: func(p *python.Pass) {
		for _, c := range p.Nodes("call") {
			switch p.File.DottedName(python.Callee(c)) {
			case "boom":
				p.Reportf(c, "boom called")
			case "crash":
				var m map[string]int
				m["x"] = 1 // a deliberate panic
			}
		}
	},
}

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestPythonPanicIsContained(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"a.py": "boom()\ncrash()\n",
		"b.py": "boom()\n",
	})
	res, err := Run(Config{Dir: dir, Python: []*python.Analyzer{testAnalyzer}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 2 {
		t.Errorf("want the findings of both files (the one before the panic included), got %+v", res.Findings)
	}
	if len(res.Problems) != 1 || res.Problems[0].Kind != "internal" || res.Problems[0].Path != "a.py" ||
		!strings.Contains(res.Problems[0].Message, "AV201 panicked") {
		t.Errorf("want one internal problem naming a.py and the analyzer, got %+v", res.Problems)
	}
	if !res.Failed() {
		t.Error("an internal error must make the run fail")
	}
}

func TestDeterministicAcrossWorkers(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := 0; i < 60; i++ {
		files[fmt.Sprintf("pkg%d/m%d.py", i%7, i)] = strings.Repeat("boom()\nx = 1\n", i%5+1)
	}
	write(t, dir, files)
	var first []string
	for _, workers := range []int{1, 2, 8} {
		res, err := Run(Config{Dir: dir, Python: []*python.Analyzer{testAnalyzer}, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range res.Findings {
			got = append(got, fmt.Sprintf("%s:%d:%d %s %s", f.File, f.Line, f.Column, f.Rule, f.Fingerprint))
		}
		if first == nil {
			first = got
			if len(got) != 180 {
				t.Fatalf("want 180 findings, got %d", len(got))
			}
		} else if !reflect.DeepEqual(got, first) {
			t.Fatalf("output differs with %d workers", workers)
		}
	}
}

func TestFingerprintsSurviveLineShifts(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.py": "boom()\n"})
	res1, _ := Run(Config{Dir: dir, Python: []*python.Analyzer{testAnalyzer}})
	write(t, dir, map[string]string{"a.py": "import os\n\n\nboom()\n"})
	res2, _ := Run(Config{Dir: dir, Python: []*python.Analyzer{testAnalyzer}})
	if len(res1.Findings) != 1 || len(res2.Findings) != 1 {
		t.Fatal("want one finding each")
	}
	if res1.Findings[0].Fingerprint != res2.Findings[0].Fingerprint || res1.Findings[0].Line == res2.Findings[0].Line {
		t.Error("fingerprint changed when the code moved down")
	}
}

func TestPrefilterSkipsParsing(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.py": "x = 1\n", "b.py": "boom()\n"})
	res, _ := Run(Config{Dir: dir, Python: []*python.Analyzer{testAnalyzer}})
	if res.PythonFiles != 1 {
		t.Errorf("parsed %d files, want 1 (a.py has no keyword)", res.PythonFiles)
	}
}

func TestPlan(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"go.mod":            "module example.com/m\n",
		"cmd/x/main.go":     "package main\n",
		"py/app.py":         "",
		"nested/go.mod":     "module example.com/n\n",
		"nested/lib/lib.go": "package lib\n",
		"pyonly/go.py":      "",
	})
	loads, py := plan(dir, []string{"./...", "./nested/...", "./pyonly", "py/app.py", "example.com/m/cmd/..."})
	want := []goLoad{
		{dir: dir, patterns: []string{"./...", "example.com/m/cmd/..."}},
		{dir: filepath.Join(dir, "nested"), patterns: []string{"./..."}},
	}
	if !reflect.DeepEqual(loads, want) {
		t.Errorf("loads = %+v, want %+v", loads, want)
	}
	wantPy := []string{dir, filepath.Join(dir, "nested"), filepath.Join(dir, "pyonly"), filepath.Join(dir, "py", "app.py")}
	if !reflect.DeepEqual(py, wantPy) {
		t.Errorf("python roots = %v, want %v", py, wantPy)
	}
}

func TestSplitPos(t *testing.T) {
	for in, want := range map[string][3]any{
		"/a/b.go:3:14": {"/a/b.go", 3, 14},
		"b.go:7":       {"b.go", 7, 0},
		"C:\\x.go:1:2": {"C:\\x.go", 1, 2},
	} {
		f, l, c, ok := splitPos(in)
		if !ok || f != want[0] || l != want[1] || c != want[2] {
			t.Errorf("splitPos(%q) = %q %d %d %v", in, f, l, c, ok)
		}
	}
	if _, _, _, ok := splitPos("-"); ok {
		t.Error("splitPos(-) ok")
	}
}

func TestCacheSkipsUnchangedFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.py": "boom()\n", "b.py": "boom()\nboom()\n"})
	var runs atomic.Int32
	counting := *testAnalyzer
	counting.Run = func(p *python.Pass) { runs.Add(1); testAnalyzer.Run(p) }
	as := []*python.Analyzer{&counting}
	cache, err := OpenCache(t.TempDir(), "build-1", as)
	if err != nil {
		t.Fatal(err)
	}
	first, _ := Run(Config{Dir: dir, Python: as, Cache: cache})
	if runs.Load() != 2 {
		t.Fatalf("first run analysed %d files, want 2", runs.Load())
	}
	second, _ := Run(Config{Dir: dir, Python: as, Cache: cache})
	if runs.Load() != 2 {
		t.Errorf("second run analysed %d files again, want none", runs.Load()-2)
	}
	if !reflect.DeepEqual(first.Findings, second.Findings) {
		t.Errorf("cached findings differ:\n%+v\n%+v", first.Findings, second.Findings)
	}
	write(t, dir, map[string]string{"a.py": "x = 1\nboom()\n"})
	third, _ := Run(Config{Dir: dir, Python: as, Cache: cache})
	if runs.Load() != 3 || len(third.Findings) != 3 || third.Findings[0].Line != 2 {
		t.Errorf("a changed file must be analysed again: %d runs, findings %+v", runs.Load(), third.Findings)
	}
	other, _ := OpenCache(cache.dir, "build-2", as)
	Run(Config{Dir: dir, Python: as, Cache: other})
	if runs.Load() != 5 {
		t.Errorf("a new binary must not reuse results: %d runs, want 5", runs.Load())
	}
}

// TestGoPanicInRequiredAnalyzerIsContained: a panic in an analyzer that a rule requires becomes
// a problem for that package; the rule's other packages are still analysed.
func TestGoPanicInRequiredAnalyzerIsContained(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.22\n",
		"a/a.go": "package a\n\nfunc Crash() {}\n",
		"b/b.go": "package b\n\nfunc Fine() {}\n",
	})
	type result struct{ pkg string }
	prep := &analysis.Analyzer{
		Name: "prep", Doc: "prepares", ResultType: reflect.TypeOf(&result{}),
		Run: func(p *analysis.Pass) (any, error) {
			if p.Pkg.Name() == "a" {
				var m map[string]int
				m["x"]++ // a deliberate panic
			}
			return &result{p.Pkg.Name()}, nil
		},
	}
	rule := &analysis.Analyzer{
		Name: "AV201", Doc: "reports every package", Requires: []*analysis.Analyzer{prep},
		Run: func(p *analysis.Pass) (any, error) {
			r := p.ResultOf[prep].(*result) // looked up by the original analyzer
			p.Reportf(p.Files[0].Package, "package %s", r.pkg)
			return nil, nil
		},
	}
	res, err := Run(Config{Dir: dir, Go: []*analysis.Analyzer{rule}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].File != "b/b.go" || res.Findings[0].Message != "package b" {
		t.Errorf("findings %+v, want the one of package b", res.Findings)
	}
	internal := 0
	for _, p := range res.Problems {
		if p.Kind == "internal" && strings.Contains(p.Message, "panic") {
			internal++
		}
	}
	if internal == 0 {
		t.Errorf("the panic was not reported: %+v", res.Problems)
	}
}

// TestGoBatches: a module with more packages than one batch is analysed whole, each package
// once, and a broken package is reported once.
func TestGoBatches(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"go.mod": "module example.com/m\n\ngo 1.22\n", "broken/b.go": "package broken\n\nvar X int = \"s\"\n"}
	for i := 0; i < goBatch*2+5; i++ {
		files[fmt.Sprintf("p%02d/p.go", i)] = fmt.Sprintf("package p%02d\n\nfunc F() {}\n", i)
	}
	write(t, dir, files)
	rule := &analysis.Analyzer{
		Name: "AV201", Doc: "reports every package",
		Run: func(p *analysis.Pass) (any, error) {
			p.Reportf(p.Files[0].Package, "package %s", p.Pkg.Name())
			return nil, nil
		},
	}
	res, err := Run(Config{Dir: dir, Go: []*analysis.Analyzer{rule}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != goBatch*2+5 || res.GoPackages != goBatch*2+6 {
		t.Errorf("%d findings in %d packages, want %d in %d", len(res.Findings), res.GoPackages, goBatch*2+5, goBatch*2+6)
	}
	n := 0
	for _, p := range res.Problems {
		if strings.Contains(p.Path, "broken") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the broken package reported %d times: %+v", n, res.Problems)
	}
}

// TestCacheKeepsProjectFacts: the project pre-pass's files are not parsed again on an unchanged
// tree either, and a changed one is.
func TestCacheKeepsProjectFacts(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"settings.py": "MIDDLEWARE = ['x']\n", "a.py": "boom()\n"})
	var facts atomic.Int32
	pass := &python.ProjectPass{Keywords: []string{"MIDDLEWARE"}, Kinds: []string{"assignment"},
		Facts: func(f *python.File, module string) python.ProjectFacts {
			facts.Add(1)
			return python.ProjectFacts{}
		}}
	a := *testAnalyzer
	a.Project = pass
	as := []*python.Analyzer{&a}
	cache, err := OpenCache(t.TempDir(), "build-1", as)
	if err != nil {
		t.Fatal(err)
	}
	Run(Config{Dir: dir, Python: as, Cache: cache})
	Run(Config{Dir: dir, Python: as, Cache: cache})
	if facts.Load() != 1 {
		t.Errorf("the pre-pass read settings.py %d times over two runs of an unchanged tree, want 1", facts.Load())
	}
	write(t, dir, map[string]string{"settings.py": "MIDDLEWARE = ['y']\n"})
	Run(Config{Dir: dir, Python: as, Cache: cache})
	if facts.Load() != 2 {
		t.Errorf("a changed settings.py must be read again: %d reads, want 2", facts.Load())
	}
}
