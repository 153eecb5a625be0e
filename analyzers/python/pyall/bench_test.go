package pyall_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/analyzers/python/pyall"
	"github.com/apivet/apivet/bench/corpusgen"
	"github.com/apivet/apivet/internal/driver"
)

// Benchmarks of the Python side over the synthetic corpus of bench/corpusgen (scale 1: about
// 200 Flask, FastAPI and Django files, 25k lines; APIVET_BENCH_SCALE=N for N times more). Speed
// is measured here and by bench/compare.sh, never asserted in tests.
//
//	go test -run '^$' -bench . -benchmem ./analyzers/python/pyall/
//	APIVET_BENCH_SCALE=4 go test -run '^$' -bench Driver -cpuprofile cpu.out ./analyzers/python/pyall/

type source struct {
	path string
	src  []byte
}

// benchScale is the corpus scale, from APIVET_BENCH_SCALE (default 1).
func benchScale(b *testing.B) int {
	s := os.Getenv("APIVET_BENCH_SCALE")
	if s == "" {
		return 1
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		b.Fatalf("APIVET_BENCH_SCALE=%q: want a positive integer", s)
	}
	return n
}

// corpus writes the Python corpus into a temporary directory and reads it back.
func corpus(b *testing.B) (string, []source, int64) {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "python")
	if _, err := corpusgen.GeneratePython(dir, benchScale(b)); err != nil {
		b.Fatal(err)
	}
	var srcs []source
	var total int64
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		srcs = append(srcs, source{path: p, src: data})
		total += int64(len(data))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return dir, srcs, total
}

// kindsOf is the union of the analyzers' node kinds, as the driver indexes them.
func kindsOf(as []*python.Analyzer) map[string]bool {
	kinds := map[string]bool{}
	for _, a := range as {
		for _, k := range a.Kinds {
			kinds[k] = true
		}
	}
	return kinds
}

func reportFiles(b *testing.B, files int) {
	b.ReportMetric(float64(files)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
}

// BenchmarkParse parses every corpus file on one goroutine. "tree-sitter" is tree-sitter's parse
// alone (as bench/parseonly does); "indexed" adds the syntax table and the index of the node
// kinds of every Python analyzer (as the driver does).
func BenchmarkParse(b *testing.B) {
	_, srcs, total := corpus(b)
	for _, bc := range []struct {
		name  string
		kinds map[string]bool
	}{
		{"tree-sitter", nil},
		{"indexed", kindsOf(pyall.Analyzers())},
	} {
		b.Run(bc.name, func(b *testing.B) {
			parser := python.NewParser()
			defer parser.Close()
			b.SetBytes(total)
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range srcs {
					if bc.kinds == nil {
						t := parser.ParseTree(s.src)
						if t == nil {
							b.Fatalf("%s: parse failed", s.path)
						}
						t.Close()
						continue
					}
					f := parser.Parse(s.path, s.src, bc.kinds, 0)
					if f == nil {
						b.Fatalf("%s: parse failed", s.path)
					}
					f.Close()
				}
			}
			reportFiles(b, len(srcs))
		})
	}
}

// family is a rule's family: the hundreds digit of its ID (AV201 → "2").
func family(id string) string {
	if len(id) < 3 {
		return "?"
	}
	return id[2:3]
}

// BenchmarkAnalyzers runs each family's analyzers, and each rule's, over every corpus file,
// skipping files that lack an analyzer's keywords as the driver does; "all" runs every analyzer.
// Every iteration parses each file afresh with the timer stopped: analyzers build per-file
// models once and share them (python.Shared), and a model built in an earlier iteration would
// make the later ones look free.
func BenchmarkAnalyzers(b *testing.B) {
	_, srcs, _ := corpus(b)
	all := pyall.Analyzers()
	parser := python.NewParser()
	defer parser.Close()
	kinds := kindsOf(all)

	type group struct {
		name string
		as   []*python.Analyzer
	}
	byFamily := map[string][]*python.Analyzer{}
	for _, a := range all {
		byFamily[family(a.Name)] = append(byFamily[family(a.Name)], a)
	}
	var fams []string
	for f := range byFamily {
		fams = append(fams, f)
	}
	sort.Strings(fams)
	var groups []group
	for _, f := range fams {
		groups = append(groups, group{"family=" + f + "xx", byFamily[f]})
	}
	groups = append(groups, group{"all", all})
	for _, a := range all {
		groups = append(groups, group{"rule=" + a.Name, []*python.Analyzer{a}})
	}

	for _, g := range groups {
		b.Run(g.name, func(b *testing.B) {
			b.ReportAllocs()
			findings := 0
			b.StopTimer()
			for i := 0; i < b.N; i++ {
				findings = 0
				for _, s := range srcs {
					// One file at a time, as the driver has it: with every file's syntax table
					// live, finding a node's table would cost more than it does in a run.
					f := parser.Parse(s.path, s.src, kinds, 0)
					b.StartTimer()
					for _, a := range g.as {
						if !python.ContainsAny(f.Src, a.Keywords) {
							continue
						}
						a.Run(python.NewPass(a, f, func(python.Diagnostic) { findings++ }))
					}
					b.StopTimer()
					f.Close()
				}
			}
			b.StartTimer()
			reportFiles(b, len(srcs))
			b.ReportMetric(float64(findings), "findings")
			b.ReportMetric(float64(len(g.as)), "analyzers")
		})
	}
}

// BenchmarkDriver is the whole Python pipeline as `apivet --no-cache DIR` runs it: walk, read,
// keyword prefilter, parallel parse, every analyzer, suppressions, sorting and fingerprints.
func BenchmarkDriver(b *testing.B) {
	dir, srcs, total := corpus(b)
	as := pyall.Analyzers()
	b.SetBytes(total)
	b.ReportAllocs()
	var res *driver.Result
	for b.Loop() {
		var err error
		res, err = driver.Run(driver.Config{Dir: dir, Python: as})
		if err != nil {
			b.Fatal(err)
		}
	}
	reportFiles(b, len(srcs))
	b.ReportMetric(float64(res.PythonFiles), "parsed")
	b.ReportMetric(float64(len(res.Findings)), "findings")
}
