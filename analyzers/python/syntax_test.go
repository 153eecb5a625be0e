package python

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

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
	filepath.WalkDir(filepath.Join("..", "..", "testdata", "python"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			if b, err := os.ReadFile(p); err == nil {
				srcs[p] = b
			}
		}
		return nil
	})
	if len(srcs) < 20 {
		t.Fatalf("only %d sources: fixtures not found", len(srcs))
	}
	p := NewParser()
	defer p.Close()
	fields := make([]string, 0, len(fieldIDs))
	Language()
	for name := range fieldIDs {
		fields = append(fields, name)
	}
	checked := 0
	for name, src := range srcs {
		f := p.Parse(name, src, nil, nil)
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
			}
			checked++
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
	f := p.Parse("a.py", []byte("x = 1\n"), nil, nil)
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
