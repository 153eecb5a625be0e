package corpusgen_test

import (
	"bytes"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/bench/corpusgen"
)

// readTree returns every file under dir by slash-separated relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func generate(t *testing.T, scale int) (corpusgen.Stats, map[string][]byte) {
	t.Helper()
	dir := t.TempDir()
	st, err := corpusgen.Generate(dir, scale)
	if err != nil {
		t.Fatal(err)
	}
	return st, readTree(t, dir)
}

// TestDeterministicAndLinear: the same scale gives the same bytes, and scale 2 holds scale 1's
// files unchanged plus as many again.
func TestDeterministicAndLinear(t *testing.T) {
	st1, a := generate(t, 1)
	_, b := generate(t, 1)
	if len(a) != len(b) {
		t.Fatalf("two scale-1 runs wrote %d and %d files", len(a), len(b))
	}
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			t.Fatalf("%s differs between two scale-1 runs", p)
		}
	}
	st2, c := generate(t, 2)
	for p, data := range a {
		if p == "go/cmd/server/main.go" {
			continue // wires up every package, so it grows with the scale
		}
		if !bytes.Equal(data, c[p]) {
			t.Errorf("%s of scale 1 is not the same at scale 2", p)
		}
	}
	if st2.PythonFiles != 2*st1.PythonFiles {
		t.Errorf("Python files: scale 1 has %d, scale 2 has %d; want twice as many", st1.PythonFiles, st2.PythonFiles)
	}
	if st2.GoPackages-2 != 2*(st1.GoPackages-2) {
		t.Errorf("Go packages: scale 1 has %d, scale 2 has %d; want twice as many service packages", st1.GoPackages, st2.GoPackages)
	}
	if st1.PythonFiles < 150 || st1.PythonLines < 15000 || st1.GoLines < 8000 {
		t.Errorf("scale 1 is smaller than documented: %v", st1)
	}
}

// TestSourcesParse: every Python file parses without syntax errors and every Go file is valid
// Go, so the tools time analysis, not error recovery.
func TestSourcesParse(t *testing.T) {
	_, files := generate(t, 1)
	pyParser := python.NewParser()
	defer pyParser.Close()
	fset := token.NewFileSet()
	for p, data := range files {
		switch {
		case strings.HasSuffix(p, ".py"):
			f := pyParser.Parse(p, data, nil, 0)
			if f == nil {
				t.Fatalf("%s: no tree", p)
			}
			if pos, bad := f.FirstSyntaxError(); bad {
				t.Errorf("%s:%d:%d: syntax error", p, pos.Row+1, pos.Column+1)
			}
			f.Close()
		case strings.HasSuffix(p, ".go"):
			if _, err := parser.ParseFile(fset, p, data, parser.SkipObjectResolution); err != nil {
				t.Error(err)
			}
		}
	}
}

// TestEveryPatternPerScaleUnit: one scale unit carries every insecure pattern the benchmark
// relies on to make the analyzers (and bandit and gosec) do real work.
func TestEveryPatternPerScaleUnit(t *testing.T) {
	_, files := generate(t, 1)
	var py, gosrc strings.Builder
	for p, data := range files {
		if strings.HasSuffix(p, ".py") {
			py.Write(data)
		} else if strings.HasSuffix(p, ".go") {
			gosrc.Write(data)
		}
	}
	for _, want := range []string{
		"app.run(debug=True)", "debug=True", `"Authorization": f"Basic {USERNAME}:{self.api_key}"`, "verify=False",
		`text(f"SELECT`, "logging.basicConfig(level=logging.DEBUG)", `params={"api_key": self.api_key}`,
		"hashlib.md5(password.encode())", `options={"verify_signature": False}`, `allow_origins=["*"]`,
		`requests.post(f"{self.base_url}`, `"http://api.`, "str(error)", `api_key = "`, `SECRET_KEY = "`,
		"DEBUG = True",
	} {
		if !strings.Contains(py.String(), want) {
			t.Errorf("the scale-1 Python corpus lacks %q", want)
		}
	}
	for _, want := range []string{
		"InsecureSkipVerify: true", `fmt.Sprintf("SELECT`, "md5.Sum", `mathrand "math/rand"`, "token == want",
		`"Access-Control-Allow-Origin", "*"`, "http.Error(w, err.Error()", `"Basic "+c.user`, `_ "net/http/pprof"`,
		"const serviceToken = ",
	} {
		if !strings.Contains(gosrc.String(), want) {
			t.Errorf("the scale-1 Go corpus lacks %q", want)
		}
	}
}
