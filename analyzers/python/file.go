package python

import (
	"bytes"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
	"unsafe"

	sitter "github.com/tree-sitter/go-tree-sitter"
	tspython "github.com/tree-sitter/tree-sitter-python/bindings/go"
)

var (
	langOnce  sync.Once
	language  *sitter.Language
	kindNames []string // by kind id: Kind() without a C string conversion per node
	kindNamed []bool   // by kind id: whether nodes of the kind are named
	fieldIDs  map[string]uint16
	fieldsBy  [fieldBuckets][]fieldName // fieldIDs by length and last byte, for fieldID

	matchStatementSym, bodyField uint16 // see table.fieldChildren
)

// Language is the tree-sitter Python grammar.
func Language() *sitter.Language {
	langOnce.Do(func() {
		language = sitter.NewLanguage(unsafe.Pointer(tspython.Language()))
		kindNames = make([]string, language.NodeKindCount())
		kindNamed = make([]bool, len(kindNames))
		for id := range kindNames {
			kindNames[id] = language.NodeKindForId(uint16(id))
			kindNamed[id] = language.NodeKindIsNamed(uint16(id))
		}
		fieldIDs = map[string]uint16{}
		for id := uint16(1); uint32(id) <= language.FieldCount(); id++ {
			name := language.FieldNameForId(id)
			fieldIDs[name] = id
			b := fieldBucket(name)
			fieldsBy[b] = append(fieldsBy[b], fieldName{name, id})
		}
		matchStatementSym = language.IdForNodeKind("match_statement", true)
		bodyField = fieldIDs["body"]
	})
	return language
}

// KindOf is n.Kind() read from a table by kind id, without the C string conversion the
// binding's Kind makes per call; "" for a nil n.
func KindOf(n *sitter.Node) string {
	if n == nil {
		return ""
	}
	return kindOf(n)
}

// kindOf is n.Kind() from the table.
func kindOf(n *sitter.Node) string {
	id := 0
	if t, x := lookup(n); t != nil {
		id = int(t.sym[x])
	} else {
		id = int(n.KindId())
	}
	if id < len(kindNames) {
		return kindNames[id]
	}
	return n.Kind()
}

// fieldName is a field's name and id.
type fieldName struct {
	name string
	id   uint16
}

const fieldBuckets = 256

// fieldBucket spreads the grammar's few dozen field names over fieldsBy by length and last byte,
// so a lookup compares one or two names of the same length.
func fieldBucket(name string) int {
	if name == "" {
		return 0
	}
	return (len(name)*31 + int(name[len(name)-1])) % fieldBuckets
}

// fieldID is the grammar's id of a field name. Analyzers ask it on every Child call, so it avoids
// hashing the name.
func fieldID(field string) (uint16, bool) {
	Language()
	for _, f := range fieldsBy[fieldBucket(field)] {
		if f.name == field {
			return f.id, true
		}
	}
	return 0, false
}

// Child is n.ChildByFieldName(field) without the C string the binding allocates per call, and
// nil for a nil n.
func Child(n *sitter.Node, field string) *sitter.Node {
	if n == nil {
		return nil
	}
	id, ok := fieldID(field)
	if !ok {
		return nil
	}
	if t, x := lookup(n); t != nil {
		return t.fieldChild(x, id)
	}
	return n.ChildByFieldId(id)
}

// File is one parsed Python source file.
type File struct {
	Path string // as reported in findings
	// Module is the file's dotted module path relative to the analysed root (app.routers.items),
	// set by the driver; "" when unknown.
	Module string
	Src    []byte
	Tree   *sitter.Tree
	Root   *sitter.Node
	// Imports maps a local name to the dotted path it stands for: "Flask" -> "flask.Flask" after
	// `from flask import Flask`, "np" -> "numpy" after `import numpy as np`.
	Imports map[string]string
	// Comments are the file's comment nodes, in source order.
	Comments []*sitter.Node

	// MaxDepth is the deepest nesting of the syntax tree.
	MaxDepth int
	// Settings are the project's configuration that analyzers read; never nil after Parse.
	Settings *Settings

	byKind map[string][]*sitter.Node
	syntax *table             // nil only when C memory ran out
	dotted map[uintptr]string // DottedName's answers, by node id
	shared map[any]any        // per-file models analyzers share (Shared)
}

// Shared returns what build makes for key, building it once per file: the analyzers of a family
// use it to share a per-file model (bindings, scopes) instead of each building its own. The
// analyzers of one file run one after another, so build needs no lock.
func Shared[T any](f *File, key any, build func() T) T {
	if v, ok := f.shared[key]; ok {
		return v.(T)
	}
	v := build()
	if f.shared == nil {
		f.shared = map[any]any{}
	}
	f.shared[key] = v
	return v
}

// Close releases the tree.
func (f *File) Close() {
	if f.syntax != nil {
		unregister(f.syntax)
		freeBlock(f.syntax.block)
		f.syntax = nil
	}
	if f.Tree != nil {
		f.Tree.Close()
		f.Tree = nil
	}
}

// Nodes returns the indexed nodes of a kind, in source order.
func (f *File) Nodes(kind string) []*sitter.Node { return f.byKind[kind] }

// IsTest reports whether the file is test code by its name or folder (test_*.py, *_test.py,
// conftest.py, Django's tests.py, tests/).
func (f *File) IsTest() bool {
	base := filepath.Base(f.Path)
	if strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py") || base == "conftest.py" || base == "tests.py" {
		return true
	}
	for _, part := range strings.Split(filepath.ToSlash(filepath.Dir(f.Path)), "/") {
		if part == "tests" || part == "test" {
			return true
		}
	}
	return false
}

// Text is the source text of n.
//
// The string shares f.Src's bytes rather than copying them: analyzers ask for the text of names
// and calls constantly, and a file's source is never changed once parsed.
func (f *File) Text(n *sitter.Node) string {
	if n == nil {
		return ""
	}
	b := f.Src[StartByte(n):EndByte(n)]
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// Parse parses src and indexes the nodes of the given kinds (plus comments and imports). A
// timeout other than 0 bounds tree-sitter's work: when it passes, Parse returns nil.
func (p *Parser) Parse(path string, src []byte, kinds map[string]bool, timeout time.Duration) *File {
	tree := p.parse(src, timeout)
	if tree == nil {
		return nil
	}
	f := &File{Path: path, Src: src, Tree: tree, Root: tree.RootNode(), byKind: map[string][]*sitter.Node{}, Settings: &Settings{}}
	f.index(kinds)
	f.Imports = readImports(f)
	return f
}

// index copies the whole tree into the file's syntax table in one walk, without recursion,
// keeping the nodes of the wanted kinds (and comments and imports) and the nesting depth.
func (f *File) index(kinds map[string]bool) {
	Language()
	t := buildTable(f.Root)
	if t == nil {
		f.indexSlow(kinds) // out of C memory: the binding's cursor walk allocates on the Go heap
		return
	}
	f.syntax = t
	register(t)
	// A file that is never closed must not keep its table registered.
	runtime.AddCleanup(f, unregister, t)
	f.Root = &t.nodes[0]
	f.MaxDepth = t.maxDepth
	// Count the nodes of each kind, then fill one array cut into exact-size slices: no map
	// access and no slice growth per node.
	count := make([]int32, len(kindNames))
	for _, sym := range t.sym {
		if int(sym) < len(count) {
			count[sym]++
		}
	}
	total := 0
	for id, name := range kindNames {
		if !kinds[name] && name != "import_statement" && name != "import_from_statement" && name != "comment" {
			count[id] = 0
		}
		total += int(count[id])
	}
	if total == 0 {
		return
	}
	all := make([]*sitter.Node, total)
	lists := make([][]*sitter.Node, len(kindNames))
	off := 0
	for id, n := range count {
		if n > 0 {
			lists[id] = all[off : off : off+int(n)]
			off += int(n)
		}
	}
	for i, sym := range t.sym {
		if int(sym) < len(count) && count[sym] > 0 {
			lists[sym] = append(lists[sym], &t.nodes[i])
		}
	}
	for id, l := range lists {
		if len(l) == 0 {
			continue
		}
		if name := kindNames[id]; name == "comment" {
			f.Comments = l
		} else {
			f.byKind[name] = l
		}
	}
}

// indexSlow is index with the binding's cursor.
func (f *File) indexSlow(kinds map[string]bool) {
	c := f.Root.Walk()
	defer c.Close()
	depth := 0
	for {
		n := c.Node()
		k := kindOf(n)
		if depth > f.MaxDepth {
			f.MaxDepth = depth
		}
		switch {
		case k == "comment":
			f.Comments = append(f.Comments, n)
		case k == "import_statement" || k == "import_from_statement" || kinds[k]:
			f.byKind[k] = append(f.byKind[k], n)
		}
		if c.GotoFirstChild() {
			depth++
			continue
		}
		for !c.GotoNextSibling() {
			if !c.GotoParent() {
				return
			}
			depth--
		}
	}
}

// HasSyntaxErrors reports whether tree-sitter had to recover from errors.
func (f *File) HasSyntaxErrors() bool { return f.Root.HasError() }

// FirstSyntaxError returns the position of the first error or missing node, if any.
func (f *File) FirstSyntaxError() (sitter.Point, bool) {
	if !f.Root.HasError() {
		return sitter.Point{}, false
	}
	c := f.Root.Walk()
	defer c.Close()
	for {
		n := c.Node()
		if n.IsError() || n.IsMissing() {
			return StartPosition(n), true
		}
		if n.HasError() && c.GotoFirstChild() {
			continue
		}
		for !c.GotoNextSibling() {
			if !c.GotoParent() {
				return sitter.Point{}, false
			}
		}
	}
}

// ContainsAny reports whether src contains any of the keywords; an empty list matches everything.
func ContainsAny(src []byte, keywords []string) bool {
	if len(keywords) == 0 {
		return true
	}
	for _, k := range keywords {
		if bytes.Contains(src, []byte(k)) {
			return true
		}
	}
	return false
}
