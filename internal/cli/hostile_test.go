package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestHostileInput runs every analyzer over input built to break parsers and walkers: it must
// finish, report what it could not analyse, and still report the rest.
func TestHostileInput(t *testing.T) {
	const depth = 100_000
	files := map[string]string{
		"deep_parens.py":  "# debug\nx = " + strings.Repeat("(", depth) + "1" + strings.Repeat(")", depth) + "\n",
		"deep_lists.py":   "# debug\nx = " + strings.Repeat("[", depth) + strings.Repeat("]", depth) + "\n",
		"deep_calls.py":   "# debug\nx = " + strings.Repeat("f(", depth) + strings.Repeat(")", depth) + "\n",
		"deep_attr.py":    "# debug\nx = a" + strings.Repeat(".b", depth) + "\n",
		"long_concat.py":  "# debug\nx = " + strings.Repeat("'a' + ", depth) + "'a'\n",
		"long_string.py":  "token = '" + strings.Repeat("A1b2", 1<<20) + "'\n",
		"long_line.py":    "x = [" + strings.Repeat("1, ", 2<<20) + "]\n",
		"invalid_utf8.py": "s = '\xff\xfe\xfa'\nfrom flask import Flask\napp = Flask(__name__)\napp.run(debug=True)\n",
		"bom.py":          "\ufefffrom flask import Flask\napp = Flask(__name__)\napp.run(debug=True)\n",
		"crlf.py":         "from flask import Flask\r\napp = Flask(__name__)\r\napp.run(debug=True)\r\n",
		"nul.py":          "x = 1\x00\n",
		"empty.py":        "",
		"unclosed.py":     "app.run(debug=True\nclass (:\n  '''",
		"go.mod":          goMod,
		"deep/deep.go":    "package deep\n\nvar X = " + strings.Repeat("(", depth) + "1" + strings.Repeat(")", depth) + "\n",
		"good/main.go":    pprofMain,
	}
	dir := writeTree(t, files)
	// A 50 MB single-line file: over the size limit, so it is reported without being read whole.
	huge, err := os.Create(filepath.Join(dir, "generated_bundle.py"))
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(strings.Repeat("x=1;", 1<<18))
	for i := 0; i < 50; i++ {
		huge.Write(line)
	}
	huge.Close()
	// A FIFO found by the walk is not a file to read (opening it would block): it is passed over.
	// Named explicitly through a link, it is reported.
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.py"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("fifo", filepath.Join(dir, "fifo.py")); err != nil {
		t.Fatal(err)
	}
	r := run(t, dir, apivetBin, "./...")
	if r.code != 2 {
		t.Fatalf("exit %d, want 2\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"invalid_utf8.py:4:1:", "bom.py:3:1:", "crlf.py:3:1:", "good/main.go:6:2:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("finding %q missing:\n%s", want, r.stdout)
		}
	}
	for _, want := range []string{"generated_bundle.py: file is 52428800 bytes", "deep_parens.py: syntax nested", "deep_lists.py: syntax nested", "deep_calls.py: syntax nested",
		"long_concat.py: syntax nested", "fifo.py: not a regular file", "nul.py: binary content", "deep/deep.go"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	for _, s := range []string{strings.Repeat("A1b2", 10), "panic", "internal error"} {
		if strings.Contains(r.stdout+r.stderr, s) {
			t.Errorf("output contains %q", s)
		}
	}
}
