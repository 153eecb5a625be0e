package plugin

import (
	"os/exec"
	"strings"
	"testing"
)

func TestSettings(t *testing.T) {
	p, err := New(map[string]any{"disable": []string{"AV201"}, "severity": "medium"})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range as {
		names = append(names, a.Name)
	}
	if got := strings.Join(names, " "); strings.Contains(got, "AV201") || !strings.Contains(got, "AV202") || strings.Contains(got, "AV203") {
		t.Errorf("analyzers %s: want AV201 disabled and AV203 below the floor", got)
	}
	for _, bad := range []map[string]any{
		{"disabel": []string{"AV201"}},
		{"disable": []string{"AV999"}},
		{"severity": "loud"},
	} {
		if _, err := New(bad); err == nil {
			t.Errorf("settings %v accepted", bad)
		}
	}
}

// TestCgoFree: golangci-lint builds plugins into its own binary, often with CGO_ENABLED=0, so the
// plugin must never reach the tree-sitter (cgo) side of apivet.
func TestCgoFree(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	if strings.Contains(string(out), "tree-sitter") || strings.Contains(string(out), "analyzers/python") {
		t.Errorf("the plugin depends on the Python front end:\n%s", out)
	}
	cmd := exec.Command("go", "build", "-o", "/dev/null", ".")
	cmd.Env = append(cmd.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("CGO_ENABLED=0 go build: %v\n%s", err, out)
	}
}
