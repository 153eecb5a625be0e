package cli_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// apivetBin is the real binary, built once: these tests run it as users and go vet do.
var (
	apivetBin string
	cacheDir  string // the binary's Python result cache, private to this test run
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "apivet-cli-test")
	if err != nil {
		panic(err)
	}
	apivetBin = filepath.Join(dir, "apivet")
	cacheDir = filepath.Join(dir, "cache")
	if runtime.GOOS == "windows" {
		apivetBin += ".exe"
	}
	build := exec.Command("go", "build", "-o", apivetBin, "github.com/apivet/apivet/cmd/apivet")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building apivet: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// writeTree creates files (path -> content) under a new temporary directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

type result struct {
	stdout, stderr string
	code           int
}

func run(t *testing.T, dir string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "APIVET_CACHE_DIR="+cacheDir)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return result{out.String(), errb.String(), code}
}

const goMod = "module example.com/app\n\ngo 1.22\n"

const pprofMain = `package main

import (
	"log"
	"net/http"
	_ "net/http/pprof"
	"time"
)

func main() {
	http.HandleFunc("/users", func(w http.ResponseWriter, r *http.Request) {})
	srv := &http.Server{Addr: ":8080", ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
`

const flaskApp = `from flask import Flask

app = Flask(__name__)

if __name__ == "__main__":
    app.run(debug=True)
`

func TestMixedRepositoryText(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":          goMod,
		"cmd/api/main.go": pprofMain,
		"py/app.py":       flaskApp,
	})
	r := run(t, dir, apivetBin, "./...")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{
		"cmd/api/main.go:6:2: ", "[AV202]\n",
		"py/app.py:6:5: ", "[AV201]\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestPythonOnlyProject(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.py": flaskApp, "venv/pyvenv.cfg": "", "venv/lib/x.py": flaskApp,
		"node_modules/m/x.py": flaskApp, "site/site-packages/y.py": flaskApp})
	r := run(t, dir, apivetBin, "--format", "json")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", r.code, r.stdout, r.stderr)
	}
	var rep struct {
		Findings []struct {
			Rule, File, Severity, Fingerprint string
			Line                              int
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, r.stdout)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].File != "app.py" || rep.Findings[0].Rule != "AV201" ||
		rep.Findings[0].Line != 6 || rep.Findings[0].Severity != "high" || rep.Findings[0].Fingerprint == "" {
		t.Errorf("want one AV201 finding in app.py (virtualenv, node_modules and site-packages skipped), got %+v", rep.Findings)
	}
}

func TestCleanExitsZero(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": goMod, "main.go": "package main\n\nfunc main() {}\n", "ok.py": "print('hi')\n"})
	if r := run(t, dir, apivetBin, "./..."); r.code != 0 || r.stdout != "" {
		t.Fatalf("exit %d, want 0; output %q %q", r.code, r.stdout, r.stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{{"--format", "xml"}, {"--no-such-flag"}, {"rules", "AV999"}} {
		if r := run(t, dir, apivetBin, args...); r.code != 2 || r.stderr == "" {
			t.Errorf("%v: exit %d, want 2 with a message; stderr %q", args, r.code, r.stderr)
		}
	}
}

func TestOutputFileAndFlagsAfterPatterns(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.py": flaskApp})
	r := run(t, dir, apivetBin, ".", "--format", "sarif", "--output", "out.sarif")
	if r.code != 1 || r.stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "out.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version string
		Runs    []struct{ Results []any }
	}
	if err := json.Unmarshal(data, &doc); err != nil || doc.Version != "2.1.0" || len(doc.Runs) != 1 || len(doc.Runs[0].Results) != 1 {
		t.Fatalf("unexpected SARIF (%v): %s", err, data)
	}
}

func TestRulesCommand(t *testing.T) {
	r := run(t, t.TempDir(), apivetBin, "rules")
	if r.code != 0 || !strings.Contains(r.stdout, "AV201") || !strings.Contains(r.stdout, "debug-mode-enabled") {
		t.Fatalf("rules: exit %d\n%s", r.code, r.stdout)
	}
	r = run(t, t.TempDir(), apivetBin, "rules", "av201")
	if r.code != 0 || !strings.Contains(r.stdout, "## Why is this bad?") || !strings.Contains(r.stdout, "CWE-489") {
		t.Fatalf("rules AV201: exit %d\n%s", r.code, r.stdout)
	}
}

func TestSuppressionBothLanguages(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod": goMod,
		"main.go": strings.Replace(pprofMain, `_ "net/http/pprof"`,
			`_ "net/http/pprof" //apivet:ignore AV202 served on an internal port only`, 1),
		"app.py": strings.Replace(flaskApp, "app.run(debug=True)", "app.run(debug=True)  # apivet: ignore[AV201] local demo", 1),
		"b.py":   strings.Replace(flaskApp, "    app.run(debug=True)", "    # nosec\n    app.run(debug=True)", 1),
	})
	r := run(t, dir, apivetBin, "./...")
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("suppressed findings reported: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = run(t, dir, apivetBin, "--include-suppressed", "--format", "json", "./...")
	if n := strings.Count(r.stdout, `"suppressed"`); n != 3 || r.code != 0 {
		t.Fatalf("--include-suppressed: exit %d, %d suppressed findings, want 3\n%s", r.code, n, r.stdout)
	}
	if !strings.Contains(r.stdout, `"justification": "local demo"`) {
		t.Errorf("justification missing:\n%s", r.stdout)
	}
}

// TestBadInput: what can be analysed still is, what cannot is reported, and the exit status says so.
func TestBadInput(t *testing.T) {
	big := "x = 1\n" + strings.Repeat("# padding\n", 11<<20/10)
	dir := writeTree(t, map[string]string{
		"go.mod":       goMod,
		"good/main.go": pprofMain,
		"broken/b.go":  "package broken\n\nfunc F() int { return \"not an int\" }\n",
		"syntax.py":    "def broken(:\n    pass\n\nfrom flask import Flask\napp = Flask(__name__)\napp.run(debug=True)\n",
		"binary.py":    "\x00\x01\x02ELF",
		"huge.py":      big,
		"latin1.py":    "# caf\xe9\nfrom flask import Flask\napp = Flask(__name__)\napp.debug = True\n",
		"loop/.keep":   "",
	})
	if err := os.Symlink(filepath.Join(dir, "loop"), filepath.Join(dir, "loop", "self")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("dangling-target.py", filepath.Join(dir, "dangling.py")); err != nil {
		t.Fatal(err)
	}
	r := run(t, dir, apivetBin, "./...")
	if r.code != 2 {
		t.Fatalf("exit %d, want 2\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"good/main.go:6:2:", "syntax.py:6:1:", "latin1.py:4:1:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("finding %q missing: what could be analysed must still be:\n%s", want, r.stdout)
		}
	}
	for _, want := range []string{
		"broken/b.go:3:", "binary.py: binary content", "huge.py: file is", "syntax.py:1:", "dangling.py: cannot read",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
}

// TestGoVetTool runs the real go vet with apivet as its vet tool.
func TestGoVetTool(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":  goMod,
		"main.go": pprofMain,
		"quiet/q.go": "package quiet\n\nimport (\n\t\"net/http\"\n\t_ \"net/http/pprof\" //apivet:ignore AV202 loopback\n\t\"time\"\n)\n\n" +
			"func Serve() { (&http.Server{Addr: \":9000\", ReadHeaderTimeout: time.Second}).ListenAndServe() }\n",
	})
	r := run(t, dir, "go", "vet", "-vettool="+apivetBin, "./...")
	if r.code == 0 || !strings.Contains(r.stderr, "main.go:6:2: net/http/pprof") {
		t.Fatalf("go vet: exit %d, want a finding in main.go\n%s", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, "q.go") {
		t.Errorf("go vet reported a suppressed finding:\n%s", r.stderr)
	}
	r = run(t, dir, "go", "vet", "-vettool="+apivetBin, "-AV202=false", "./...")
	if r.code != 0 {
		t.Fatalf("go vet -AV202=false: exit %d\n%s", r.code, r.stderr)
	}
	r = run(t, dir, "go", "vet", "-vettool="+apivetBin, "-AV201", "./...")
	if r.code != 0 {
		t.Fatalf("go vet -AV201 (only AV201): exit %d\n%s", r.code, r.stderr)
	}
}

// TestCachedRunIsIdentical: a second run answers from the cache with the same bytes, and a change
// to a file is seen.
func TestCachedRunIsIdentical(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.py": flaskApp, "other.py": "print(1)\n"})
	first := run(t, dir, apivetBin, "--format", "json")
	second := run(t, dir, apivetBin, "--format", "json")
	if first.stdout != second.stdout || first.code != 1 || second.code != 1 {
		t.Fatalf("cached run differs:\n%s\n%s", first.stdout, second.stdout)
	}
	os.WriteFile(filepath.Join(dir, "app.py"), []byte(strings.Replace(flaskApp, "debug=True", "debug=False", 1)), 0o644)
	if r := run(t, dir, apivetBin); r.code != 0 {
		t.Fatalf("edited file not re-analysed: exit %d\n%s", r.code, r.stdout)
	}
}

func TestConfiguration(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"app.py":            flaskApp,
		"legacy/old.py":     flaskApp,
		"tools/dev.py":      flaskApp,
		"settings_noisy.py": "import logging\nlogging.basicConfig(level=logging.DEBUG)\n",
		".apivet.yml": "exclude: [legacy]\nseverity: medium\nper-path:\n  - paths: [\"tools/**\"]\n    disable: [AV201]\n" +
			"suppressions:\n  require-reason: true\n",
	})
	r := run(t, dir, apivetBin, "--format", "json")
	if r.code != 1 || !strings.Contains(r.stdout, `"file": "app.py"`) {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, absent := range []string{"legacy/old.py", "tools/dev.py", "AV203"} {
		if strings.Contains(r.stdout, absent) {
			t.Errorf("%s reported despite the configuration:\n%s", absent, r.stdout)
		}
	}
	// A suppression without a reason silences nothing under require-reason.
	os.WriteFile(filepath.Join(dir, "app.py"), []byte(strings.Replace(flaskApp, "debug=True)", "debug=True)  # nosec", 1)), 0o644)
	r = run(t, dir, apivetBin)
	if r.code != 1 || !strings.Contains(r.stdout, "must give a reason") {
		t.Errorf("require-reason not applied: exit %d\n%s", r.code, r.stdout)
	}
	// Unknown keys are errors naming the line; a bad file is a usage error.
	os.WriteFile(filepath.Join(dir, ".apivet.yml"), []byte("severity: low\nexclud: [x]\n"), 0o644)
	r = run(t, dir, apivetBin)
	if r.code != 2 || !strings.Contains(r.stderr, "line 2") || !strings.Contains(r.stderr, "exclud") {
		t.Errorf("unknown key: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestConfiguredGuardsAndFormats: project guards and token formats from .apivet.yml reach the
// analyzers of both languages.
func TestConfiguredGuardsAndFormats(t *testing.T) {
	files := map[string]string{
		"go.mod": goMod,
		"main.go": strings.NewReplacer(`requireToken(http.HandlerFunc(list))`, `tenant.Require(http.HandlerFunc(list))`,
			"func requireToken", "func unused").Replace(routesGo) + "\nvar tenant struct{ Require func(http.Handler) http.Handler }\n\nconst internalKey = \"acme_0123456789abcdef0123456789abcdef\"\n",
		"app.py": strings.Replace(routesPy, "@login_required", "@tenant_required", 1) + "\nKEY_NOTE = 'uses acme_0123456789abcdef0123456789abcdef'\n",
	}
	dir := writeTree(t, files)
	r := run(t, dir, apivetBin, "./...")
	if strings.Contains(r.stdout, "[AV301]") || strings.Contains(r.stdout, "[AV102]") {
		t.Fatalf("without configuration, unknown guards are not guards and acme tokens are not formats:\n%s", r.stdout)
	}
	os.WriteFile(filepath.Join(dir, ".apivet.yml"), []byte(`auth:
  decorators: [tenant_required]
  middleware: [tenant.Require]
secrets:
  patterns:
    - name: acme
      regex: 'acme_[0-9a-f]{32}'
      description: ACME internal key
`), 0o644)
	r = run(t, dir, apivetBin, "./...")
	if strings.Count(r.stdout, "[AV301]") != 2 || strings.Count(r.stdout, "ACME internal key") != 2 {
		t.Errorf("configured guards and formats not applied:\n%s%s", r.stdout, r.stderr)
	}
	if strings.Contains(r.stdout, "0123456789abcdef0123456789abcdef") {
		t.Error("a custom-format secret printed in full")
	}
}
