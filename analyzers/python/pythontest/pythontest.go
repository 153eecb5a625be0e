// Package pythontest runs Python analyzers over fixture files and checks their findings against
// expectations written in the fixtures, like golang.org/x/tools/go/analysis/analysistest:
//
//	app.run(debug=True)  # want: AV201
//
// A `want:` comment lists the rule IDs expected on its line (repeat an ID for several findings).
// Every finding without a matching expectation fails the test, and so does every expectation
// without a finding: each unannotated line is a negative case. Expectations are read from
// tree-sitter comment nodes, so a string literal cannot fake one.
//
// Fixtures run through the same pipeline as the command (file discovery, keyword prefilter,
// suppression comments), and once more with the prefilter off to prove it hides nothing.
package pythontest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/driver"
)

var wantComment = regexp.MustCompile(`^#.*?\bwant:\s*((?:AV[0-9]{3}[\s,]*)+)`)

type key struct {
	file string
	line int
}

// Run analyses every .py file under dir with the analyzers and checks the expectations of their
// rules. It returns the number of findings checked.
func Run(t testing.TB, dir string, analyzers ...*python.Analyzer) int {
	t.Helper()
	ids := map[string]bool{}
	for _, a := range analyzers {
		ids[a.Name] = true
	}
	got := analyse(t, dir, analyzers)
	noPrefilter := make([]*python.Analyzer, len(analyzers))
	for i, a := range analyzers {
		c := *a
		c.Keywords = nil
		noPrefilter[i] = &c
	}
	if unfiltered := analyse(t, dir, noPrefilter); fmt.Sprint(unfiltered) != fmt.Sprint(got) {
		t.Errorf("the keyword prefilter hides findings:\nwith prefilter:    %v\nwithout prefilter: %v", got, unfiltered)
	}
	want := expectations(t, dir, ids)
	var keys []key
	for k := range got {
		keys = append(keys, k)
	}
	for k := range want {
		if _, ok := got[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].file != keys[j].file {
			return keys[i].file < keys[j].file
		}
		return keys[i].line < keys[j].line
	})
	n := 0
	for _, k := range keys {
		g, w := got[k], want[k]
		n += len(g)
		if strings.Join(ruleList(g), " ") != strings.Join(w, " ") {
			var msgs []string
			for _, f := range g {
				msgs = append(msgs, f.rule+": "+f.msg)
			}
			t.Errorf("%s:%d: got %v, want %v\n\t%s", k.file, k.line, ruleList(g), w, strings.Join(msgs, "\n\t"))
		}
	}
	return n
}

type found struct{ rule, msg string }

func ruleList(fs []found) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.rule)
	}
	sort.Strings(out)
	return out
}

func analyse(t testing.TB, dir string, analyzers []*python.Analyzer) map[key][]found {
	t.Helper()
	res, err := driver.Run(driver.Config{Dir: dir, Patterns: []string{"."}, Python: analyzers})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Problems {
		if p.Kind == "internal" {
			t.Errorf("%s: %s", p.Path, p.Message)
		}
	}
	got := map[key][]found{}
	for _, f := range res.Findings {
		k := key{f.File, f.Line}
		got[k] = append(got[k], found{f.Rule, f.Message})
	}
	return got
}

// expectations reads the want comments of every fixture, keeping the IDs of the rules under test.
func expectations(t testing.TB, dir string, ids map[string]bool) map[key][]string {
	t.Helper()
	want := map[key][]string{}
	parser := python.NewParser()
	defer parser.Close()
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		f := parser.Parse(filepath.ToSlash(rel), src, nil, 0)
		defer f.Close()
		for _, c := range f.Comments {
			m := wantComment.FindStringSubmatch(f.Text(c))
			if m == nil {
				continue
			}
			k := key{f.Path, int(c.StartPosition().Row) + 1}
			for _, id := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
				if ids[id] {
					want[k] = append(want[k], id)
				}
			}
			sort.Strings(want[k])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return want
}
