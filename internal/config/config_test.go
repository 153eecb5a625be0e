package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apivet/apivet/internal/finding"
)

const sampleYAML = `# apivet configuration
disable: [AV203]
severity: low
exclude:
  - examples
  - "**/migrations/**"
per-path:
  - paths: ["tests/**", "**/*_test.go"]
    disable: [debug]
auth:
  decorators: [tenant_required]
  middleware: [RequireAPIKey]
secrets:
  patterns:
    - name: acme-token
      regex: 'acme_[A-Za-z0-9]{32}'
suppressions:
  require-reason: true
`

func TestYAML(t *testing.T) {
	c, err := Parse(".apivet.yml", []byte(sampleYAML))
	if err != nil {
		t.Fatal(err)
	}
	keep := func(rule, file string) bool { return c.Keep(finding.Finding{Rule: rule, File: file}) }
	checks := []struct {
		rule, file string
		want       bool
	}{
		{"AV201", "app.py", true},
		{"AV203", "app.py", false},                  // disabled
		{"AV201", "examples/flask/app.py", false},   // excluded folder
		{"AV201", "examplesx/app.py", true},         // not the folder
		{"AV201", "shop/migrations/0001.py", false}, // ** glob
		{"AV201", "tests/test_app.py", false},       // per-path family
		{"AV201", "pkg/server_test.go", false},      // per-path ** glob
		{"AV202", "pkg/server.go", true},
	}
	for _, ch := range checks {
		if got := keep(ch.rule, ch.file); got != ch.want {
			t.Errorf("Keep(%s, %s) = %v, want %v", ch.rule, ch.file, got, ch.want)
		}
	}
	if len(c.Patterns) != 1 || !c.Patterns[0].Regex.MatchString("acme_"+strings.Repeat("a1", 16)) {
		t.Errorf("secret patterns: %+v", c.Patterns)
	}
	if !c.File.Suppressions.RequireReason || c.File.Auth.Middleware[0] != "RequireAPIKey" {
		t.Errorf("file: %+v", c.File)
	}
}

func TestSeverityFloorAndEnable(t *testing.T) {
	c, err := Parse(".apivet.yml", []byte("enable: [debug]\nseverity: medium\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !c.RuleEnabled("AV201") || !c.RuleEnabled("AV202") || c.RuleEnabled("AV203") || c.RuleEnabled("AV101") {
		t.Error("enable [debug] with a medium floor: want AV201, AV202 only")
	}
}

func TestErrorsNameTheLine(t *testing.T) {
	cases := map[string]string{
		"disable: [AV203]\nseverty: low\n":                          "line 2",
		"per-path:\n  - paths: [a]\n    disabel: [AV201]\n":         "line 3",
		"disable: [AV999]\n":                                        "AV999",
		"disable: [sekrets]\n":                                      "sekrets",
		"severity: huge\n":                                          "huge",
		"secrets:\n  patterns:\n    - name: x\n      regex: '('\n":  "patterns[0]",
		"secrets:\n  patterns:\n    - name: x\n      regex: 'a*'\n": "empty string",
		"per-path:\n  - paths: [a]\n":                               "needs both",
		"exclude: 3\n":                                              "line 1",
	}
	for in, want := range cases {
		_, err := Parse(".apivet.yml", []byte(in))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want one mentioning %q", in, err, want)
		}
	}
}

func TestPyproject(t *testing.T) {
	doc := `[project]
name = "shop"

[tool.black]
line-length = 100

[tool.apivet]
disable = ["AV203"]
exclude = ["migrations"]

[[tool.apivet.per-path]]
paths = ["tests/**"]
disable = ["AV101"]
`
	c, err := Parse("pyproject.toml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if c.RuleEnabled("AV203") || !c.Excluded("migrations/0001_initial.py") || c.Keep(finding.Finding{Rule: "AV101", File: "tests/x.py"}) {
		t.Errorf("pyproject settings not applied: %+v", c.File)
	}
	bad := strings.Replace(doc, `exclude = ["migrations"]`, `exclude = ["migrations"]`+"\nexclud = []", 1)
	if _, err := Parse("pyproject.toml", []byte(bad)); err == nil || !strings.Contains(err.Error(), "line 10") || !strings.Contains(err.Error(), "exclud") {
		t.Errorf("unknown key in [tool.apivet]: %v", err)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	if c, err := Load(dir, ""); err != nil || c.Source != "" {
		t.Fatalf("no file: %v %+v", err, c)
	}
	os.WriteFile(filepath.Join(dir, "pyproject.toml"), []byte("[tool.black]\nline-length = 1\n"), 0o644)
	if c, err := Load(dir, ""); err != nil || c.Source != "" {
		t.Fatalf("pyproject without [tool.apivet] must be passed over: %v %+v", err, c)
	}
	os.WriteFile(filepath.Join(dir, ".apivet.yml"), []byte("disable: [AV201]\n"), 0o644)
	if c, err := Load(dir, ""); err != nil || c.RuleEnabled("AV201") {
		t.Fatalf(".apivet.yml: %v", err)
	}
	if c, err := Load(dir, filepath.Join(dir, "pyproject.toml")); err != nil || !c.RuleEnabled("AV201") {
		t.Fatalf("explicit file: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "empty.yml"), nil, 0o644)
	if _, err := Load(dir, filepath.Join(dir, "empty.yml")); err != nil {
		t.Fatalf("an empty file is the defaults: %v", err)
	}
}
