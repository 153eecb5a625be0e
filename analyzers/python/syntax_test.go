package python

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// addFixtures adds every Python fixture of the repository to srcs, by path.
func addFixtures(t *testing.T, srcs map[string][]byte) {
	t.Helper()
	n := 0
	filepath.WalkDir(filepath.Join("..", "..", "testdata", "python"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			if b, err := os.ReadFile(p); err == nil {
				srcs[p] = b
				n++
			}
		}
		return nil
	})
	if n < 20 {
		t.Fatalf("only %d fixtures found", n)
	}
}

// TestSyntaxTableMatchesBinding checks every answer the syntax table gives against the binding's
// own answer, for every node of every Python fixture and some hostile snippets: the table is a
// cache and must never disagree with tree-sitter.
func TestSyntaxTableMatchesBinding(t *testing.T) {
	srcs := map[string][]byte{
		"errors.py":   []byte("def f(:\n  x = [1, 2\n@app.route(\nclass C(\n"),
		"hidden.py":   []byte("x = a if b else c\nprint(*args, **kw)\nfor (a, b) in c: pass\nwith open(p) as f, g: pass\n"),
		"comments.py": []byte("f(a, # one\n  b)  # two\n# three\n"),
		"empty.py":    nil,
	}
	addFixtures(t, srcs)
	p := NewParser()
	defer p.Close()
	fields := make([]string, 0, len(fieldIDs))
	Language()
	for name := range fieldIDs {
		fields = append(fields, name)
	}
	checked := 0
	for name, src := range srcs {
		f := p.Parse(name, src, nil, 0)
		if f.syntax == nil {
			t.Fatalf("%s: no syntax table", name)
		}
		for i := range f.syntax.nodes {
			n := &f.syntax.nodes[i]
			ref := *n // a copy outside the table: answered by the binding
			same := func(what string, got, want *sitter.Node) {
				t.Helper()
				if (got == nil) != (want == nil) || got != nil && (got.Id() != want.Id() || got.KindId() != want.KindId()) {
					t.Fatalf("%s: %s of %s at %d: table %v, binding %v", name, what, ref.Kind(), ref.StartByte(), got, want)
				}
			}
			if KindOf(n) != ref.Kind() {
				t.Fatalf("%s: kind %q, binding %q", name, KindOf(n), ref.Kind())
			}
			if StartByte(n) != ref.StartByte() || EndByte(n) != ref.EndByte() || StartPosition(n) != ref.StartPosition() {
				t.Fatalf("%s: range of %s differs", name, ref.Kind())
			}
			if IsNamed(n) != ref.IsNamed() {
				t.Fatalf("%s: IsNamed of %s differs", name, ref.Kind())
			}
			same("parent", Parent(n), ref.Parent())
			if !f.Root.HasError() {
				// Around error recovery the binding's ts_node_next_sibling gives up where the
				// cursor (and so the table) finds the sibling.
				same("next sibling", NextSibling(n), ref.NextSibling())
			}
			if NamedChildCount(n) != ref.NamedChildCount() || ChildCount(n) != ref.ChildCount() {
				t.Fatalf("%s: child counts of %s differ", name, ref.Kind())
			}
			for k := uint(0); k <= ref.ChildCount(); k++ {
				same("child", ChildAt(n, k), ref.Child(k))
				same("named child", NamedChild(n, k), ref.NamedChild(k))
			}
			for _, fd := range fields {
				same("field "+fd, Child(n, fd), ref.ChildByFieldName(fd))
				got, want := ChildrenByField(n, fd), ChildrenByField(&ref, fd)
				if len(got) != len(want) {
					t.Fatalf("%s: %d children in field %s of %s, binding %d", name, len(got), fd, ref.Kind(), len(want))
				}
				for k := range got {
					same("children in field "+fd, got[k], want[k])
				}
			}
			for k, c := range Children(n) {
				same("children", c, ref.Child(uint(k)))
			}
			for k, c := range NamedChildren(n) {
				same("named children", c, ref.NamedChild(uint(k)))
			}
			checked++
		}
		var fromTable, fromCursor []uintptr
		Walk(f.Root, 0, func(n *sitter.Node) bool { fromTable = append(fromTable, n.Id()); return true })
		root := *f.Root
		Walk(&root, 0, func(n *sitter.Node) bool { fromCursor = append(fromCursor, n.Id()); return true })
		if len(fromTable) != len(fromCursor) || len(fromTable) != len(f.syntax.nodes) {
			t.Fatalf("%s: walk visits %d nodes from the table, %d with the cursor, table has %d", name, len(fromTable), len(fromCursor), len(f.syntax.nodes))
		}
		for k := range fromTable {
			if fromTable[k] != fromCursor[k] {
				t.Fatalf("%s: walks differ at node %d", name, k)
			}
		}
		f.Close()
	}
	t.Logf("%d nodes checked", checked)
}

// TestSyntaxTableUnregistered checks that a closed file's nodes are no longer answered from its
// table (they would outlive it) and that the registry does not grow with files.
func TestSyntaxTableUnregistered(t *testing.T) {
	p := NewParser()
	defer p.Close()
	before := 0
	if l := tables.Load(); l != nil {
		before = len(*l)
	}
	f := p.Parse("a.py", []byte("x = 1\n"), nil, 0)
	n := f.Root
	if tb, _ := lookup(n); tb == nil {
		t.Fatal("an open file's root is not in its table")
	}
	f.Close()
	if tb, _ := lookup(n); tb != nil {
		t.Fatal("a closed file's table is still registered")
	}
	if l := tables.Load(); l != nil && len(*l) != before {
		t.Fatalf("registry has %d tables, had %d", len(*l), before)
	}
}

// TestWalkSkipsAndLimits checks that Walk skips the children of a node visit refuses and stops
// after limit nodes, from the table and from the cursor alike.
func TestWalkSkipsAndLimits(t *testing.T) {
	p := NewParser()
	defer p.Close()
	f := p.Parse("w.py", []byte("def f(a):\n    return g(a)\nx = [1, 2]\n"), nil, 0)
	defer f.Close()
	root := *f.Root // outside the table: walked with the binding's cursor
	for _, start := range []*sitter.Node{f.Root, &root} {
		var kinds []string
		Walk(start, 0, func(n *sitter.Node) bool {
			kinds = append(kinds, KindOf(n))
			return KindOf(n) != "function_definition"
		})
		if got := strings.Join(kinds, " "); got != "module function_definition expression_statement assignment identifier = list [ integer , integer ]" {
			t.Errorf("walk skipping function bodies: %s", got)
		}
		n := 0
		Walk(start, 3, func(*sitter.Node) bool { n++; return true })
		if n != 3 {
			t.Errorf("walk limited to 3 visited %d", n)
		}
	}
}
