package pyall_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/analyzers/python/pyall"
)

// FuzzAnalyzers parses arbitrary bytes as Python and runs every analyzer on the tree: nothing may
// panic, and every diagnostic must lie inside the file. The seed corpus is every Python fixture.
func FuzzAnalyzers(f *testing.F) {
	filepath.WalkDir(filepath.Join("..", "..", "..", "testdata", "python"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(src)
			}
		}
		return nil
	})
	f.Add([]byte("app.run(debug=True\n"))
	f.Add([]byte("@app.route(\n@jwt_required\ndef x(:\n"))
	analyzers := pyall.Analyzers()
	kinds := map[string]bool{}
	for _, a := range analyzers {
		for _, k := range a.Kinds {
			kinds[k] = true
		}
	}
	parser := python.NewParser()
	f.Fuzz(func(t *testing.T, src []byte) {
		file := parser.Parse("fuzz.py", src, kinds, 0)
		if file == nil {
			t.Fatal("parse returned nil without cancellation")
		}
		defer file.Close()
		if file.MaxDepth > 1000 {
			return // the driver skips such files
		}
		for _, a := range analyzers {
			a.Run(python.NewPass(a, file, func(d python.Diagnostic) {
				if d.EndByte > uint(len(src)) || d.StartByte > d.EndByte {
					t.Errorf("%s: diagnostic %d..%d outside the %d-byte file", a.Name, d.StartByte, d.EndByte, len(src))
				}
				if d.Message == "" {
					t.Errorf("%s: empty message", a.Name)
				}
			}))
		}
	})
}
