// Package rules holds apivet's rule catalogue: one Markdown entry per rule under catalog/, embedded
// into the binary. Everything else that describes a rule (analyzer docs, SARIF rule metadata,
// `apivet rules`, docs/rules.md) is derived from it, so nothing about a rule is written twice.
package rules

//go:generate go run ./internal/gendocs ..

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

//go:embed catalog/*.md
var catalogFS embed.FS

// DocsURL is where the generated rule reference is published; a rule's anchor is its lower-case ID.
const DocsURL = "https://github.com/apivet/apivet/blob/main/docs/rules.md"

// Retired lists IDs that were released and withdrawn. They are never reused.
var Retired = []string{}

// Rule is one catalogue entry.
type Rule struct {
	ID         string
	Name       string // kebab-case name of the bad pattern
	Family     Family
	Severity   Severity
	Precision  Precision
	CWE        []int
	Languages  []string // "go", "python"
	Frameworks []string
	Summary    string // one line, no trailing period
	Body       string // Markdown under the fixed headings
}

// URL is the rule's documentation anchor.
func (r *Rule) URL() string { return DocsURL + "#" + strings.ToLower(r.ID) }

// AnalyzerDoc is the text for analysis.Analyzer.Doc: the summary line, a blank line, the body.
func (r *Rule) AnalyzerDoc() string { return r.Summary + "\n\n" + r.Body }

// HasLanguage reports whether the rule applies to lang.
func (r *Rule) HasLanguage(lang string) bool {
	for _, l := range r.Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// Section returns the Markdown under the "## heading" of the body, trimmed ("" if absent).
func (r *Rule) Section(heading string) string {
	lines := strings.Split(r.Body, "\n")
	var out []string
	in := false
	for _, l := range lines {
		if strings.HasPrefix(l, "## ") {
			if in {
				break
			}
			in = strings.TrimSpace(l[3:]) == heading
			continue
		}
		if in {
			out = append(out, l)
		}
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

var (
	loadOnce sync.Once
	all      []*Rule
	byID     map[string]*Rule
	loadErr  error
)

func load() {
	all, loadErr = Parse(catalogFS, "catalog")
	byID = make(map[string]*Rule, len(all))
	for _, r := range all {
		byID[r.ID] = r
	}
}

// All returns every rule, sorted by ID. It panics if the embedded catalogue is invalid, which a
// test rules out before any release.
func All() []*Rule {
	loadOnce.Do(load)
	if loadErr != nil {
		panic(loadErr)
	}
	return all
}

// Get returns the rule with the given ID, or nil.
func Get(id string) *Rule {
	All()
	return byID[strings.ToUpper(id)]
}

// MustGet is Get for IDs that the code itself names; an unknown ID is a programming error.
func MustGet(id string) *Rule {
	r := Get(id)
	if r == nil {
		panic("rules: no catalogue entry for " + id)
	}
	return r
}

// Parse reads every *.md entry in dir of fsys and validates the set.
func Parse(fsys fs.FS, dir string) ([]*Rule, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var out []*Rule
	seenName := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		data, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		r, err := ParseEntry(string(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.Name(), err)
		}
		if want := strings.TrimSuffix(e.Name(), ".md"); r.ID != want {
			return nil, fmt.Errorf("%s: id %s does not match the file name", e.Name(), r.ID)
		}
		for _, old := range Retired {
			if r.ID == old {
				return nil, fmt.Errorf("%s: %s is a retired ID and cannot be reused", e.Name(), r.ID)
			}
		}
		if other, dup := seenName[r.Name]; dup {
			return nil, fmt.Errorf("%s: name %q already used by %s", e.Name(), r.Name, other)
		}
		seenName[r.Name] = r.ID
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}
