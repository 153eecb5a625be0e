package plugin

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// golangciVersion is the golangci-lint the integration test builds. Its golang.org/x/tools must
// not be older than ours (go.mod), or the two would not resolve to one version.
const golangciVersion = "v2.15.0"

// TestGolangciLintCustomBuild builds a real custom golangci-lint with the apivet plugin from the
// Go module proxy — what `golangci-lint custom` does, minus its clone from GitHub — runs it on a
// fixture module, and checks findings, settings and both suppression comments.
func TestGolangciLintCustomBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint: skipped in -short mode")
	}
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	gcl := filepath.Join(work, "gcl")
	write(t, gcl, map[string]string{
		"go.mod": "module example.com/customgcl\n\ngo 1.26.0\n\nrequire (\n\tgithub.com/apivet/apivet v0.0.0\n" +
			"\tgithub.com/golangci/golangci-lint/v2 " + golangciVersion + "\n)\n\nreplace github.com/apivet/apivet => " + repo + "\n",
		"main.go": `package main

import (
	"fmt"
	"os"

	"github.com/golangci/golangci-lint/v2/pkg/commands"

	_ "github.com/apivet/apivet/plugin"
)

func main() {
	if err := commands.Execute(commands.BuildInfo{Version: "custom", Commit: "apivet", Date: "test"}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
}
`,
	})
	if out, err := goCmd(gcl, "mod", "download", "github.com/golangci/golangci-lint/v2@"+golangciVersion); err != nil {
		t.Skipf("the Go module proxy cannot be reached, so golangci-lint cannot be built: %v\n%s", err, out)
	}
	if out, err := goCmd(gcl, "mod", "tidy"); err != nil {
		t.Fatalf("go mod tidy: %v\n%s", err, out)
	}
	bin := filepath.Join(work, "custom-gcl")
	if out, err := goCmd(gcl, "build", "-o", bin, "."); err != nil {
		t.Fatalf("building the custom golangci-lint: %v\n%s", err, out)
	}

	fixture := filepath.Join(work, "fixture")
	write(t, fixture, map[string]string{
		"go.mod": "module example.com/fixture\n\ngo 1.22\n",
		"main.go": `package main

import (
	"log"
	"log/slog"
	"net/http"
	_ "net/http/pprof"
	"time"

	"example.com/fixture/gin"
)

func main() {
	gin.SetMode(gin.DebugMode)
	slog.SetLogLoggerLevel(slog.LevelDebug)
	srv := &http.Server{Addr: ":8080", ReadHeaderTimeout: time.Second}
	log.Fatal(srv.ListenAndServe())
}

func quietNolint() {
	slog.SetLogLoggerLevel(slog.LevelDebug) //nolint:apivet // local tool
}

func quietApivet() {
	slog.SetLogLoggerLevel(slog.LevelDebug) //apivet:ignore AV203 local tool
}
`,
		// Not the real gin: AV201 must not fire on a look-alike package.
		"gin/gin.go": "package gin\n\nconst DebugMode = \"debug\"\n\nfunc SetMode(string) {}\n",
		".golangci.yml": `version: "2"
linters:
  default: none
  enable:
    - apivet
  settings:
    custom:
      apivet:
        type: module
        description: security linter for HTTP API code
        settings:
          disable: [AV201]
`,
	})
	cmd := exec.Command(bin, "run", "--output.text.path=stdout", "./...")
	cmd.Dir = fixture
	out, _ := cmd.CombinedOutput()
	got := string(out)
	for _, want := range []string{"main.go:7:2: AV202: net/http/pprof is imported", "main.go:15:2: AV203: log level set to DEBUG", "(apivet)"} {
		if !strings.Contains(got, want) {
			t.Errorf("golangci-lint output lacks %q:\n%s", want, got)
		}
	}
	for _, absent := range []string{"main.go:21:", "main.go:25:", "AV201"} {
		if strings.Contains(got, absent) {
			t.Errorf("golangci-lint output has %q (suppressed or disabled):\n%s", absent, got)
		}
	}
	if n := strings.Count(got, "(apivet)"); n != 2 {
		t.Errorf("%d apivet issues, want 2:\n%s", n, got)
	}

	// Unknown settings are errors.
	os.WriteFile(filepath.Join(fixture, ".golangci.yml"), []byte(strings.Replace(
		`version: "2"
linters:
  default: none
  enable: [apivet]
  settings:
    custom:
      apivet:
        type: module
        settings:
          disabel: [AV201]
`, "\t", "  ", -1)), 0o644)
	cmd = exec.Command(bin, "run", "./...")
	cmd.Dir = fixture
	out, err = cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "disabel") {
		t.Errorf("an unknown setting was accepted: %v\n%s", err, out)
	}
}

func goCmd(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	return cmd.CombinedOutput()
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
