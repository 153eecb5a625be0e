package secrets

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/analyzers/python/pythontest"
	engine "github.com/apivet/apivet/internal/secrets"
)

var fixtures = filepath.Join("..", "..", "..", "testdata", "python", "secrets")

func TestFixtures(t *testing.T) {
	if n := pythontest.Run(t, fixtures, Analyzers...); n == 0 {
		t.Fatal("no findings checked: wrong fixture directory?")
	}
}

// parse parses src with the package's node kinds.
func parse(t testing.TB, p *python.Parser, path string, src []byte) *python.File {
	t.Helper()
	ks := map[string]bool{}
	for _, k := range kinds {
		ks[k] = true
	}
	f := p.Parse(path, src, ks, 0)
	if f == nil {
		t.Fatal("parse failed")
	}
	return f
}

// run runs the four analyzers over f and returns their diagnostics by rule.
func run(f *python.File) map[string][]python.Diagnostic {
	out := map[string][]python.Diagnostic{}
	for _, a := range Analyzers {
		a.Run(python.NewPass(a, f, func(d python.Diagnostic) { out[a.Name] = append(out[a.Name], d) }))
	}
	return out
}

func fixtureFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(fixtures, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return err
	})
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	sort.Strings(files)
	return files
}

// TestMessagesHideTheSecret checks every finding of the fixtures: the message never holds the
// secret (the bytes the engine matched) nor the whole literal when it is longer than eight
// characters (shorter values are shown as their length only), and never names the rule.
func TestMessagesHideTheSecret(t *testing.T) {
	p := python.NewParser()
	defer p.Close()
	checked := 0
	for _, path := range fixtureFiles(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := parse(t, p, path, src)
		for _, r := range collect(f) {
			checked++
			msg, line := r.diag.Message, r.diag.Start.Row+1
			if strings.Contains(msg, r.rule) {
				t.Errorf("%s:%d: message names the rule: %s", path, line, msg)
			}
			if r.secret == "" || strings.Contains(msg, r.secret) && (len(r.secret) > 8 || strings.Contains(msg, `"`+r.secret+`"`)) {
				t.Errorf("%s:%d: message shows the secret %q: %s", path, line, r.secret, msg)
			}
			if lit := string(src[r.diag.StartByte:r.diag.EndByte]); len(lit) > 10 && strings.Contains(msg, lit) {
				t.Errorf("%s:%d: message shows the literal: %s", path, line, msg)
			}
		}
		f.Close()
	}
	if checked == 0 {
		t.Fatal("no findings checked")
	}
}

func TestReadLiteral(t *testing.T) {
	tests := []struct {
		src      string
		segments []string
		interp   bool
	}{
		{`"plain"`, []string{"plain"}, false},
		{`'a\x41\n\t\\\'b'`, []string{"aA\n\t\\'b"}, false},
		{`"\u00e9\U0001F600\101\0"`, []string{"é😀A\x00"}, false},
		{`b"\x9f\u0041"`, []string{"\x9f\\u0041"}, false},
		{`r"\x41\n"`, []string{`\x41\n`}, false},
		{`"ab" 'cd' """ef"""`, []string{"abcdef"}, false},
		{`"line \
continued"`, []string{"line continued"}, false},
		{`"\N{BULLET}"`, []string{`\N{BULLET}`}, false},
		{`f"Bearer {token}"`, []string{"Bearer ", ""}, true},
		{`f"{{literal}} {x!r:>10} tail"`, []string{"{literal} ", " tail"}, true},
		{`"ghp_" "abc" f"?p={page}&q=1"`, []string{"ghp_abc?p=", "&q=1"}, true},
	}
	p := python.NewParser()
	defer p.Close()
	for _, tt := range tests {
		f := parse(t, p, "lit.py", []byte("x = "+tt.src+"\n"))
		var lit *sitter.Node
		if cs := f.Nodes("concatenated_string"); len(cs) > 0 {
			lit = cs[0]
		} else {
			lit = f.Nodes("string")[0]
		}
		got := readLiteral(f, lit)
		if strings.Join(got.segments, "|") != strings.Join(tt.segments, "|") || got.interpolated != tt.interp {
			t.Errorf("%s: got %q (interpolated %v), want %q (%v)", tt.src, got.segments, got.interpolated, tt.segments, tt.interp)
		}
		f.Close()
	}
}

// TestNoSoundKeywords documents why Keywords is empty: the token is found although no keyword a
// byte-level prefilter could use ("ghp_") occurs in the source.
func TestNoSoundKeywords(t *testing.T) {
	src := "MIRROR = \"\\x67hp_\" \"u8jzPde0IgxLd6Gnc\" \"fBAepfJBd0Kh8oOOL8d\"\n"
	if strings.Contains(src, "ghp_") {
		t.Fatal("the source must not spell the prefix")
	}
	p := python.NewParser()
	defer p.Close()
	f := parse(t, p, "mirror.py", []byte(src))
	defer f.Close()
	if ds := run(f)[engine.RuleTokenFormat]; len(ds) != 1 {
		t.Fatalf("got %d provider-token findings, want 1", len(ds))
	}
}

// TestHostileInput: deep nesting, long literals and broken code neither crash nor hang.
func TestHostileInput(t *testing.T) {
	token := `"ghp_" "u8jzPde0IgxLd6Gnc" "fBAepfJBd0Kh8oOOL8d"`
	const depth = 5000
	inputs := map[string]string{
		"parens":  "API_KEY = " + strings.Repeat("(", depth) + token + strings.Repeat(")", depth) + "\n",
		"lists":   "x = " + strings.Repeat("[", depth) + token + strings.Repeat("]", depth) + "\n",
		"dicts":   "x = " + strings.Repeat(`{"password": `, depth) + token + strings.Repeat("}", depth) + "\n",
		"calls":   "x = " + strings.Repeat("jwt.encode(p, ", depth) + token + strings.Repeat(")", depth) + "\n",
		"ors":     "API_KEY = x" + strings.Repeat(" or x", depth) + " or " + token + "\n",
		"concat":  "x = " + strings.Repeat(`"ab" `, 50000) + "\n",
		"long":    "x = \"" + strings.Repeat("A1b2", 1<<18) + "\"\n",
		"escapes": "x = \"" + strings.Repeat(`\x41`, 1<<16) + "\"\n",
		"broken":  strings.Repeat("def f(:\n  password = \"unterminated\n", 2000),
		"fstring": "x = f\"" + strings.Repeat("{a}ghp_", 20000) + "\"\n",
	}
	p := python.NewParser()
	defer p.Close()
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) {
			f := parse(t, p, name+".py", []byte(src))
			defer f.Close()
			run(f)
		})
	}
}

// TestCache: the analyzers share one collection per file and the entry is dropped once all four
// have read it.
func TestCache(t *testing.T) {
	p := python.NewParser()
	defer p.Close()
	f := parse(t, p, "settings.py", []byte("SECRET_KEY = \"Bq7#xL2!vZ9@mK4$\"\n"))
	defer f.Close()
	before := shared.size()
	got := run(f)
	if len(got[engine.RuleCredential]) != 1 {
		t.Fatalf("got %v, want one %s finding", got, engine.RuleCredential)
	}
	if n := shared.size(); n != before {
		t.Errorf("cache holds %d files after all analyzers ran, want %d", n, before)
	}
	// A single analyzer leaves the entry for the others; a copy of the File is another file.
	ProviderToken.Run(python.NewPass(ProviderToken, f, func(python.Diagnostic) {}))
	g := *f
	ProviderToken.Run(python.NewPass(ProviderToken, &g, func(python.Diagnostic) {}))
	if n := shared.size(); n != before+2 {
		t.Errorf("cache holds %d files, want %d", n, before+2)
	}
}

// BenchmarkAnalyzers runs the four analyzers over every fixture file, each parsed once; ns/file
// is the analysis cost per file, parsing excluded, and cpu-ns/file the process CPU time per file
// (steadier than wall time on a shared machine). A fresh copy of each File per iteration keeps the
// cache from answering across iterations.
func BenchmarkAnalyzers(b *testing.B) {
	files := parseFixtures(b)
	perFile(b, len(files), func() {
		for _, f := range files {
			g := *f
			run(&g)
		}
	})
}

// BenchmarkCollectPerAnalyzer is the alternative without the cache: each of the four analyzers
// collecting the file on its own.
func BenchmarkCollectPerAnalyzer(b *testing.B) {
	files := parseFixtures(b)
	perFile(b, len(files), func() {
		for _, f := range files {
			for range Analyzers {
				collect(f)
			}
		}
	})
}

// BenchmarkParse is the reference: parsing the same files with the package's node kinds.
func BenchmarkParse(b *testing.B) {
	p := python.NewParser()
	defer p.Close()
	var srcs [][]byte
	for _, path := range fixtureFiles(b) {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	perFile(b, len(srcs), func() {
		for _, src := range srcs {
			parse(b, p, "f.py", src).Close()
		}
	})
}

func perFile(b *testing.B, files int, body func()) {
	cpu := func() time.Duration {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	b.ResetTimer()
	start := cpu()
	for b.Loop() {
		body()
	}
	used := cpu() - start
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*files), "ns/file")
	b.ReportMetric(float64(used.Nanoseconds())/float64(b.N*files), "cpu-ns/file")
}

func parseFixtures(b *testing.B) []*python.File {
	p := python.NewParser()
	b.Cleanup(p.Close)
	var files []*python.File
	for _, path := range fixtureFiles(b) {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		f := parse(b, p, path, src)
		b.Cleanup(f.Close)
		files = append(files, f)
	}
	return files
}
