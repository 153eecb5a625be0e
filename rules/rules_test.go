package rules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apivet/apivet/rules"
)

func TestCatalogueIsValid(t *testing.T) {
	rs := rules.All()
	if len(rs) == 0 {
		t.Fatal("empty catalogue")
	}
	for _, r := range rs {
		if r.Section("What it does") == "" || r.Section("Why is this bad?") == "" || r.Section("Use instead") == "" {
			t.Errorf("%s: a required section is empty", r.ID)
		}
		if rules.Get(strings.ToLower(r.ID)) != r {
			t.Errorf("%s: Get is not case-insensitive", r.ID)
		}
	}
}

func TestParseEntryRejects(t *testing.T) {
	good, err := os.ReadFile(filepath.Join("catalog", "AV201.md"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rules.ParseEntry(string(good)); err != nil {
		t.Fatalf("AV201 does not parse: %v", err)
	}
	cases := map[string]func(string) string{
		"unknown key":     func(s string) string { return strings.Replace(s, "precision: high", "precison: high", 1) },
		"repeated key":    func(s string) string { return strings.Replace(s, "severity: high", "severity: high\nseverity: low", 1) },
		"bad severity":    func(s string) string { return strings.Replace(s, "severity: high", "severity: huge", 1) },
		"family mismatch": func(s string) string { return strings.Replace(s, "family: debug", "family: secrets", 1) },
		"bad id":          func(s string) string { return strings.Replace(s, "id: AV201", "id: AV21", 1) },
		"not kebab":       func(s string) string { return strings.Replace(s, "name: debug-mode-enabled", "name: DebugMode", 1) },
		"bad cwe":         func(s string) string { return strings.Replace(s, "cwe: [489, 215]", "cwe: [x]", 1) },
		"unknown language": func(s string) string {
			return strings.Replace(s, "languages: [go, python]", "languages: [go, ruby]", 1)
		},
		"missing heading": func(s string) string { return strings.Replace(s, "## Use instead", "## Instead", 1) },
		"no front matter": func(s string) string { return strings.TrimPrefix(s, "---\n") },
		"missing key":     func(s string) string { return strings.Replace(s, "precision: high\n", "", 1) },
		"summary period":  func(s string) string { return strings.Replace(s, "in application code\n", "in application code.\n", 1) },
		"list without []": func(s string) string {
			return strings.Replace(s, "languages: [go, python]", "languages: go, python", 1)
		},
		"headings in order": func(s string) string { return strings.Replace(s, "## References", "## Refs", 1) },
	}
	for name, mutate := range cases {
		bad := mutate(string(good))
		if bad == string(good) {
			t.Errorf("%s: mutation did not apply", name)
			continue
		}
		if _, err := rules.ParseEntry(bad); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestGeneratedDocsAreFresh fails when docs/rules.md or README.md's rule table was not
// regenerated after a catalogue change (run `go generate ./rules`).
func TestGeneratedDocsAreFresh(t *testing.T) {
	rs := rules.All()
	got, err := os.ReadFile(filepath.Join("..", "docs", "rules.md"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != rules.Reference(rs) {
		t.Error("docs/rules.md is stale: run go generate ./rules")
	}
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := rules.SpliceReadme(string(readme), rs)
	if err != nil {
		t.Fatal(err)
	}
	if want != string(readme) {
		t.Error("README.md's rule table is stale: run go generate ./rules")
	}
}
