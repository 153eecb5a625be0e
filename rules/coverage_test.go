package rules_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/apivet/apivet/rules"
)

// Fixture conventions, checked here for every rule of the catalogue:
//   - Python: a positive line carries `# want: AV201`, a negative (near-miss) line `# ok: AV201`.
//   - Go: fixtures of a rule live in packages under testdata/go/src/<rule id in lower case>/; a
//     positive line carries analysistest's `// want "..."`, a negative line `// ok: AV201`.
//   - Every framework a rule lists needs a positive and a negative in a fixture file whose path
//     names the framework (net/http as nethttp, gorilla/mux as gorilla; "/", "-" and "_" are
//     ignored on both sides, so golang-jwt matches golangjwt and database/sql databasesql).
var (
	pyWant = regexp.MustCompile(`#.*\bwant:\s*((?:AV[0-9]{3}[\s,]*)+)`)
	okMark = regexp.MustCompile(`(?:#|//).*\bok:\s*((?:AV[0-9]{3}[\s,]*)+)`)
	goWant = regexp.MustCompile(`//.*\bwant\s+["` + "`" + `]`)
	ruleID = regexp.MustCompile(`AV[0-9]{3}`)
)

type coverage struct{ pos, neg map[string]bool } // framework token (or "" for any) -> seen

func frameworkToken(fw string) string {
	switch fw {
	case "net/http":
		return "nethttp"
	case "gorilla/mux":
		return "gorilla"
	}
	return strings.NewReplacer("/", "", "-", "", "_", "").Replace(fw)
}

func TestEveryRuleHasFixtures(t *testing.T) {
	root := filepath.Join("..", "testdata")
	cov := map[string]map[string]*coverage{} // lang -> rule -> coverage
	add := func(lang, rule, path string, positive bool) {
		if cov[lang] == nil {
			cov[lang] = map[string]*coverage{}
		}
		c := cov[lang][rule]
		if c == nil {
			c = &coverage{pos: map[string]bool{}, neg: map[string]bool{}}
			cov[lang][rule] = c
		}
		m := c.neg
		if positive {
			m = c.pos
		}
		m[""] = true
		m[strings.ToLower(filepath.ToSlash(path))] = true
	}
	walk := func(dir, lang string) {
		filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			ext := filepath.Ext(p)
			if (lang == "python" && ext != ".py") || (lang == "go" && ext != ".go") {
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			rel, _ := filepath.Rel(filepath.Join(root, dir), p)
			goRule := ""
			if lang == "go" {
				first := strings.SplitN(filepath.ToSlash(rel), "/", 3)
				if len(first) > 1 && len(first) >= 2 && first[0] == "src" && ruleID.MatchString(strings.ToUpper(first[1])) {
					goRule = strings.ToUpper(first[1])
				}
			}
			for _, line := range strings.Split(string(src), "\n") {
				if lang == "python" {
					if m := pyWant.FindStringSubmatch(line); m != nil {
						for _, id := range ruleID.FindAllString(m[1], -1) {
							add(lang, id, rel, true)
						}
					}
				} else if goRule != "" && goWant.MatchString(line) {
					add(lang, goRule, rel, true)
				}
				if m := okMark.FindStringSubmatch(line); m != nil {
					for _, id := range ruleID.FindAllString(m[1], -1) {
						add(lang, id, rel, false)
					}
				}
			}
			return nil
		})
	}
	walk("python", "python")
	walk("go", "go")

	has := func(m map[string]bool, token string) bool {
		for path := range m {
			if path != "" && strings.Contains(strings.NewReplacer("-", "", "_", "").Replace(path), token) {
				return true
			}
		}
		return false
	}
	for _, r := range rules.All() {
		for _, lang := range r.Languages {
			c := cov[lang][r.ID]
			if c == nil || !c.pos[""] || !c.neg[""] {
				t.Errorf("%s (%s): needs a positive and a negative fixture", r.ID, lang)
				continue
			}
		}
		for _, fw := range r.Frameworks {
			tok := frameworkToken(fw)
			found := false
			for _, lang := range r.Languages {
				if c := cov[lang][r.ID]; c != nil && has(c.pos, tok) && has(c.neg, tok) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: framework %s needs a positive and a negative fixture in a file whose path names %q", r.ID, fw, tok)
			}
		}
	}
}
