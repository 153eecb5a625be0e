package driver_test

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/analyzers/python/pyall"
	"github.com/apivet/apivet/bench/corpusgen"
	"github.com/apivet/apivet/internal/driver"
)

// BenchmarkPythonPipeline runs the whole Python pipeline (walk, read, prefilter, parallel parse,
// every Python analyzer, suppressions, sorting, fingerprints) over the scale-1 synthetic corpus
// of bench/corpusgen, with the byte-level keyword prefilter and without it (every analyzer's
// Keywords cleared, so every file is parsed). The gap is what the prefilter saves; the findings
// metric is the same in both (analyzers/python/pythontest proves the prefilter hides nothing).
//
//	go test -run '^$' -bench PythonPipeline -benchmem ./internal/driver/
func BenchmarkPythonPipeline(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "python")
	if _, err := corpusgen.GeneratePython(dir, 1); err != nil {
		b.Fatal(err)
	}
	var files int
	var size int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			if info, err := d.Info(); err == nil {
				files++
				size += info.Size()
			}
		}
		return nil
	})

	with := pyall.Analyzers()
	without := make([]*python.Analyzer, len(with))
	for i, a := range with {
		c := *a
		c.Keywords = nil
		without[i] = &c
	}
	for _, bc := range []struct {
		name      string
		analyzers []*python.Analyzer
	}{
		{"prefilter", with},
		{"no-prefilter", without},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			var res *driver.Result
			for b.Loop() {
				var err error
				res, err = driver.Run(driver.Config{Dir: dir, Python: bc.analyzers})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(files)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
			b.ReportMetric(float64(res.PythonFiles), "parsed")
			b.ReportMetric(float64(len(res.Findings)), "findings")
		})
	}
}
