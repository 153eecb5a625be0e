package python

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// TestParserTreeIsTheBindings checks that the trees Parser makes in C are the binding's: the same
// syntax as the binding's own parse of every fixture, with the binding's methods working on them.
func TestParserTreeIsTheBindings(t *testing.T) {
	srcs := map[string][]byte{"empty.py": nil, "errors.py": []byte("def f(:\n  x = [1, 2\n")}
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
