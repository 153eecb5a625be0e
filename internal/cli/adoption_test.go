package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBaseline: findings of an earlier report are not reported again, even after they moved.
func TestBaseline(t *testing.T) {
	for _, format := range []string{"json", "sarif"} {
		dir := writeTree(t, map[string]string{"app.py": flaskApp})
		if r := run(t, dir, apivetBin, "--format", format, "--output", "base."+format); r.code != 1 {
			t.Fatalf("%s: exit %d %s", format, r.code, r.stderr)
		}
		// The old finding moves down two lines; a new one appears.
		os.WriteFile(filepath.Join(dir, "app.py"), []byte("import os\n\n"+flaskApp+"app.debug = True\n"), 0o644)
		r := run(t, dir, apivetBin, "--baseline", "base."+format)
		if r.code != 1 || strings.Count(r.stdout, "\n") != 1 || !strings.Contains(r.stdout, "app.py:9:1:") {
			t.Errorf("%s baseline: exit %d, want only the new finding at line 9:\n%s", format, r.code, r.stdout)
		}
	}
	dir := writeTree(t, map[string]string{"app.py": flaskApp, "bad.json": `{"x": 1}`})
	if r := run(t, dir, apivetBin, "--baseline", "bad.json"); r.code != 2 || !strings.Contains(r.stderr, "--baseline") {
		t.Errorf("a foreign baseline: exit %d %q", r.code, r.stderr)
	}
}

func TestNewFromRev(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := writeTree(t, map[string]string{"app.py": flaskApp})
	git := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	git("add", ".")
	git("commit", "-qm", "base")
	os.WriteFile(filepath.Join(dir, "app.py"), []byte(flaskApp+"app.config[\"DEBUG\"] = True\n"), 0o644)
	r := run(t, dir, apivetBin, "--new-from-rev", "HEAD")
	if r.code != 1 || strings.Count(r.stdout, "\n") != 1 || !strings.Contains(r.stdout, "app.py:7:1:") {
		t.Errorf("exit %d, want only the finding on the changed line 7:\n%s", r.code, r.stdout)
	}
	if r := run(t, dir, apivetBin, "--new-from-rev", "nope"); r.code != 2 {
		t.Errorf("unknown revision: exit %d", r.code)
	}
}

func TestFix(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.py": flaskApp + "app.debug = True\n"})
	r := run(t, dir, apivetBin, "--fix")
	if !strings.Contains(r.stderr, "applied 2 fixes in 1 files") {
		t.Fatalf("stderr %q", r.stderr)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "app.py"))
	if !strings.Contains(string(got), "app.run()") || !strings.Contains(string(got), "app.debug = False") {
		t.Errorf("fixed file:\n%s", got)
	}
	if r := run(t, dir, apivetBin); r.code != 0 {
		t.Errorf("after --fix: exit %d\n%s", r.code, r.stdout)
	}
}

func TestSummaryAndProgress(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.py": flaskApp, "go.mod": goMod, "main.go": pprofMain})
	r := run(t, dir, apivetBin, "-v", "./...")
	if !strings.Contains(r.stderr, "apivet: 2 findings (1 high, 1 medium) in 1 Go packages and 1 Python files, 0 not analysed") {
		t.Errorf("summary missing:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "loading Go packages") || !strings.Contains(r.stderr, "analysing 1 Python files") {
		t.Errorf("-v progress missing:\n%s", r.stderr)
	}
	if strings.Contains(r.stdout, "\x1b[") {
		t.Error("colours when standard output is not a terminal")
	}
}
