package taint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/analyzers/python/pythontest"
	"github.com/apivet/apivet/analyzers/python/taint"
)

var fixtures = filepath.Join("..", "..", "..", "testdata", "python", "taint")

func TestFixtures(t *testing.T) {
	if n := pythontest.Run(t, fixtures, taint.Analyzers...); n == 0 {
		t.Fatal("no findings checked: wrong fixture directory?")
	}
}

// analyse runs the analyzers over src and returns their diagnostics.
func analyse(t testing.TB, path, src string) []python.Diagnostic {
	t.Helper()
	kinds := map[string]bool{}
	for _, k := range taint.Kinds {
		kinds[k] = true
	}
	p := python.NewParser()
	defer p.Close()
	f := p.Parse(path, []byte(src), kinds, 0)
	if f == nil {
		t.Fatal("parse failed")
	}
	defer f.Close()
	var ds []python.Diagnostic
	for _, a := range taint.Analyzers {
		a.Run(python.NewPass(a, f, func(d python.Diagnostic) { ds = append(ds, d) }))
	}
	return ds
}

const twoHelpers = `from flask import Flask, request
import sqlite3

app = Flask(__name__)
db = sqlite3.connect("x.db")


def run_query(sql):
    return db.execute(sql)


def find_user(name):
    clean = name.strip()
    return run_query("SELECT * FROM users WHERE name = '" + clean + "'")


@app.route("/u")
def u():
    who = request.args["name"]
    return str(find_user(who))
`

func TestRelatedStepsOfTwoHelperFlow(t *testing.T) {
	ds := analyse(t, "app.py", twoHelpers)
	if len(ds) != 1 {
		t.Fatalf("got %d findings, want 1: %+v", len(ds), ds)
	}
	d := ds[0]
	if d.Category != "AV401" || d.Start.Row != 8 {
		t.Errorf("finding %s at line %d, want AV401 at the sink (line 9)", d.Category, d.Start.Row+1)
	}
	var steps []string
	for _, r := range d.Related {
		steps = append(steps, fmt.Sprintf("%d:%s", r.Start.Row+1, r.Message))
	}
	got := strings.Join(steps, "\n")
	if len(d.Related) < 5 {
		t.Fatalf("too few steps:\n%s", got)
	}
	first, last := d.Related[0], d.Related[len(d.Related)-1]
	if first.Start.Row != 18 || !strings.Contains(first.Message, `request.args["name"]`) {
		t.Errorf("first step is not the source:\n%s", got)
	}
	if last.Start.Row != 8 || !strings.Contains(last.Message, "db.execute") {
		t.Errorf("last step is not the sink:\n%s", got)
	}
	for _, want := range []string{"passed to find_user()", "passed to run_query()", "assigned to who", "assigned to clean"} {
		if !strings.Contains(got, want) {
			t.Errorf("steps lack %q:\n%s", want, got)
		}
	}
	for i := 1; i < len(d.Related); i++ {
		if d.Related[i].StartByte == d.Related[i-1].StartByte && d.Related[i].Message == d.Related[i-1].Message {
			t.Errorf("repeated step %d:\n%s", i, got)
		}
	}
	if !strings.Contains(d.Message, `request.args["name"] (line 19) reaches db.execute`) || !strings.Contains(d.Message, "find_user() and run_query()") {
		t.Errorf("message does not name source, sink and helpers: %s", d.Message)
	}
}

func TestMessagesNeverNameTheRule(t *testing.T) {
	for _, d := range analyse(t, "app.py", twoHelpers) {
		if strings.Contains(d.Message, d.Category) {
			t.Errorf("message names the rule: %s", d.Message)
		}
	}
}

func TestHostileInput(t *testing.T) {
	head := "from flask import request\nimport os\n\ndef f():\n    x = request.args['a']\n"
	deepExpr := "    os.system(" + strings.Repeat("(", 3000) + "x" + strings.Repeat(")", 3000) + ")\n"
	longChain := "    os.system(x" + strings.Repeat(" + x", 20000) + ")\n"
	var nested strings.Builder
	nested.WriteString(head)
	for i := 0; i < 400; i++ {
		nested.WriteString(strings.Repeat(" ", 4*(i+1)) + "if x:\n")
	}
	nested.WriteString(strings.Repeat(" ", 4*401) + "os.system(x)\n")
	var helpers strings.Builder
	helpers.WriteString("from flask import request\nimport os\n")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&helpers, "def h%d(a):\n    return h%d(a)\n", i, (i+1)%300)
	}
	helpers.WriteString("def view():\n    os.system(h0(request.args['a']))\n")
	// Loops run their body twice when it changes taint: nesting must not multiply the passes.
	var loops strings.Builder
	loops.WriteString(head + "    y = ''\n")
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&loops, "%sfor a%d in x:\n%sos.system(y)\n", strings.Repeat(" ", 4*(i+1)), i, strings.Repeat(" ", 4*(i+2)))
	}
	loops.WriteString(strings.Repeat(" ", 4*61) + "y = request.args[a0]\n")
	// Every branch of a long elif chain assigns its own name: the merge must not be quadratic.
	var elifs strings.Builder
	elifs.WriteString(head)
	for i := 0; i < 5000; i++ {
		kw := "elif"
		if i == 0 {
			kw = "if"
		}
		fmt.Fprintf(&elifs, "    %s x == '%d':\n        v%d = request.args['a']\n", kw, i, i)
	}
	elifs.WriteString("    os.system(v1)\n")
	for name, src := range map[string]string{
		"deep parentheses":  head + deepExpr,
		"long chain":        head + longChain,
		"nested ifs":        nested.String(),
		"recursive helpers": helpers.String(),
		"nested loops":      loops.String(),
		"long elif chain":   elifs.String(),
		"truncated":         head + "    os.system(x +",
		"holes":             "from flask import request\ndef (:\n  = request.args[\nos.system(",
	} {
		t.Run(name, func(t *testing.T) {
			done := make(chan struct{})
			go func() {
				defer close(done)
				analyse(t, "app.py", src)
			}()
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				t.Fatal("analysis hangs")
			}
		})
	}
}

// matchSrc is outside testdata: the syntax table and the binding disagree on a field of
// match_statement ("alternative", which tree-sitter inherits from the aliased case block), so
// TestSyntaxTableMatchesBinding cannot walk a match statement yet.
const matchSrc = `from flask import request
import sqlite3

db = sqlite3.connect("app.db")


def sort_items():
    match request.args.get("sort"):
        case "name":
            col = "name"
        case "date":
            col = "created"
        case other:
            col = other
    db.execute(f"SELECT * FROM t ORDER BY {col}")  # want: AV401
    match request.args.get("dir"):
        case "asc":
            d = "ASC"
        case _:
            d = "DESC"
    db.execute(f"SELECT * FROM t ORDER BY id {d}")  # ok: AV401
    match request.args.get("page"):
        case int(n):
            db.execute(f"SELECT * FROM t LIMIT {n}")  # ok: AV401
        case [first, *rest] if first:
            db.execute(f"SELECT * FROM t WHERE a = '{rest}'")  # want: AV401
        case {"q": q}:
            db.execute(f"SELECT * FROM t WHERE a = '{q}'")  # want: AV401
    field = "id"
    match request.args.get("f"):
        case "a":
            field = request.args["f"]
    db.execute(f"SELECT {field} FROM t")  # want: AV401
    return "ok"
`

// TestMatchStatement: the cases of a match join like branches, with the path on which no case
// matches unless one always does; captures carry the subject's taint.
func TestMatchStatement(t *testing.T) {
	var want, got []int
	for i, line := range strings.Split(matchSrc, "\n") {
		if strings.Contains(line, "# want: AV401") {
			want = append(want, i+1)
		}
	}
	for _, d := range analyse(t, "app.py", matchSrc) {
		got = append(got, int(d.Start.Row)+1)
	}
	slices.Sort(got)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("findings on lines %v, want %v", got, want)
	}
}

// TestDeterministic: the merges at branches iterate maps; findings, messages and steps must
// not depend on that order.
func TestDeterministic(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(fixtures, "*.py"))
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		first := fmt.Sprintf("%+v", analyse(t, "app.py", string(src)))
		for i := 0; i < 10; i++ {
			if again := fmt.Sprintf("%+v", analyse(t, "app.py", string(src))); again != first {
				t.Fatalf("%s: run %d differs:\n%s\n%s", filepath.Base(p), i+2, first, again)
			}
		}
	}
}

// BenchmarkTaint compares the taint pass over the fixtures with parsing them.
func BenchmarkTaint(b *testing.B) {
	var srcs [][]byte
	paths, _ := filepath.Glob(filepath.Join(fixtures, "*.py"))
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	kinds := map[string]bool{}
	for _, k := range taint.Kinds {
		kinds[k] = true
	}
	parser := python.NewParser()
	defer parser.Close()
	b.Run("parse", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for j, src := range srcs {
				parser.Parse(fmt.Sprint(i, "_", j, ".py"), src, kinds, 0).Close()
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(srcs)), "ns/file")
	})
	b.Run("parse+taint", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, src := range srcs {
				// A new File each time: the analysis is cached per File.
				f := parser.Parse("app.py", src, kinds, 0)
				for _, a := range taint.Analyzers {
					a.Run(python.NewPass(a, f, func(python.Diagnostic) {}))
				}
				f.Close()
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(srcs)), "ns/file")
	})
}
