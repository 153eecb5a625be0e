package python

import (
	"strings"
	"testing"
	"time"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// TestParserTreeIsTheBindings checks that the trees Parser makes in C are the binding's: the same
// syntax as the binding's own parse of every fixture, with the binding's methods working on them.
func TestParserTreeIsTheBindings(t *testing.T) {
	srcs := map[string][]byte{"empty.py": nil, "errors.py": []byte("def f(:\n  x = [1, 2\n")}
	addFixtures(t, srcs)
	ours := NewParser()
	defer ours.Close()
	theirs := sitter.NewParser()
	defer theirs.Close()
	if err := theirs.SetLanguage(Language()); err != nil {
		t.Fatal(err)
	}
	for name, src := range srcs {
		got := ours.ParseTree(src)
		want := theirs.Parse(src, nil)
		if got == nil || want == nil {
			t.Fatalf("%s: no tree (ours %v, binding's %v)", name, got != nil, want != nil)
		}
		if g, w := got.RootNode().ToSexp(), want.RootNode().ToSexp(); g != w {
			t.Errorf("%s: tree differs from the binding's parse\n got %.300s\nwant %.300s", name, g, w)
		}
		if k := got.RootNode().Kind(); (k != "module" && k != "ERROR") || got.RootNode().EndByte() != uint(len(src)) {
			t.Errorf("%s: root %s ends at %d, want module or ERROR ending at %d", name, got.RootNode().Kind(), got.RootNode().EndByte(), len(src))
		}
		got.Close()
		want.Close()
	}
}

// TestParseTimeout checks that a parse past its timeout gives up with nil, and that the parser
// parses normally afterwards.
func TestParseTimeout(t *testing.T) {
	src := []byte(strings.Repeat("x = f(a, [b, {c: d}], e.g)\n", 200000))
	p := NewParser()
	defer p.Close()
	if f := p.Parse("big.py", src, nil, time.Nanosecond); f != nil {
		f.Close()
		t.Fatal("a parse with a 1 ns timeout finished")
	}
	f := p.Parse("small.py", []byte("def g():\n    return 1\n"), nil, time.Minute)
	if f == nil {
		t.Fatal("the parser gave up on a small file after a timeout")
	}
	defer f.Close()
	if s := f.Root.ToSexp(); !strings.Contains(s, "function_definition") || strings.Contains(s, "ERROR") {
		t.Errorf("parse after a timeout: %s", s)
	}
}

// TestDirectWalkMatchesCursor checks that the table read from tree-sitter's subtrees directly is
// the one the tree cursor gives, entry by entry, on every fixture and on syntax errors, aliases,
// extras and deep nesting.
func TestDirectWalkMatchesCursor(t *testing.T) {
	srcs := map[string][]byte{
		"errors.py":   []byte("def f(:\n  x = [1, 2\n@app.route(\nclass C(\n"),
		"hidden.py":   []byte("x = a if b else c\nprint(*args, **kw)\nfor (a, b) in c: pass\nwith open(p) as f, g: pass\n"),
		"comments.py": []byte("f(a, # one\n  b)  # two\n# three\n"),
		"match.py":    []byte("match x:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v}:\n        pass\n    case _:\n        pass\n"),
		"strings.py":  []byte("s = f'{a!r:>{w}}' 'b' \"\"\"c\n\"\"\"\nb = rb'\\x00'\n"),
		"unicode.py":  []byte("naïve = 'é'  # ü\nπ = 3.14\n"),
		"deep.py":     []byte("x = " + strings.Repeat("(", 300) + "1" + strings.Repeat(")", 300) + "\n"),
		"empty.py":    nil,
	}
	addFixtures(t, srcs)
	p := NewParser()
	defer p.Close()
	// Tables are built in reused blocks whose content is arbitrary: offer blocks full of
	// garbage, so that an entry either walk leaves unwritten shows up as a difference.
	dirty := func(words int) {
		b := make([]uint64, words)
		for i := range b {
			b[i] = 0xa5a5a5a5a5a5a5a5
		}
		freeBlock(b)
	}
	for name, src := range srcs {
		tree := p.ParseTree(src)
		root := tree.RootNode()
		words := (int(root.DescendantCount())*int(nodeSize+20) + 7) / 8
		dirty(words)
		direct := buildTableWith(root, true)
		dirty(words)
		cursor := buildTableWith(root, false)
		switch {
		case direct == nil || cursor == nil:
			if len(src) > 0 {
				t.Errorf("%s: no table (direct %v, cursor %v)", name, direct != nil, cursor != nil)
			}
		case len(direct.nodes) != len(cursor.nodes) || direct.maxDepth != cursor.maxDepth:
			t.Errorf("%s: %d nodes, depth %d; cursor %d, %d", name, len(direct.nodes), direct.maxDepth, len(cursor.nodes), cursor.maxDepth)
		default:
			for i := range cursor.nodes {
				if direct.nodes[i] != cursor.nodes[i] || direct.sym[i] != cursor.sym[i] || direct.field[i] != cursor.field[i] ||
					direct.end[i] != cursor.end[i] || direct.parent[i] != cursor.parent[i] ||
					direct.first[i] != cursor.first[i] || direct.next[i] != cursor.next[i] {
					t.Errorf("%s: node %d (%s) differs:\n direct %v sym %d field %d end %d parent %d first %d next %d\n cursor %v sym %d field %d end %d parent %d first %d next %d",
						name, i, kindNames[cursor.sym[i]%uint16(len(kindNames))],
						direct.nodes[i], direct.sym[i], direct.field[i], direct.end[i], direct.parent[i], direct.first[i], direct.next[i],
						cursor.nodes[i], cursor.sym[i], cursor.field[i], cursor.end[i], cursor.parent[i], cursor.first[i], cursor.next[i])
					break
				}
			}
		}
		tree.Close()
	}
}

// A file analysed long after it was parsed (the project pre-pass keeps trees for the main pass)
// has its table moved to the front of the tables in use, where lookups look first.
func TestPassPromotesItsTable(t *testing.T) {
	p := NewParser()
	defer p.Close()
	var files []*File
	for range 4 {
		f := p.Parse("x.py", []byte("x = 1\n"), nil, 0)
		defer f.Close()
		files = append(files, f)
	}
	front := func() *table { return (*tables.Load())[0].t }
	if front() != files[3].syntax {
		t.Fatalf("the newest table is not first")
	}
	NewPass(&Analyzer{Name: "AV000"}, files[0], func(Diagnostic) {})
	if front() != files[0].syntax {
		t.Errorf("the oldest file's table was not promoted by its pass")
	}
	if got, i := lookup(files[1].Root); got != files[1].syntax || i != 0 {
		t.Errorf("lookup after promotion: table %p index %d, want %p 0", got, i, files[1].syntax)
	}
	n := len(*tables.Load())
	NewPass(&Analyzer{Name: "AV000"}, files[3], func(Diagnostic) {})
	NewPass(&Analyzer{Name: "AV000"}, files[3], func(Diagnostic) {})
	if len(*tables.Load()) != n {
		t.Errorf("promotion changed the number of tables in use: %d, was %d", len(*tables.Load()), n)
	}
}
