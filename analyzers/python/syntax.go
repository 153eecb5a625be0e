package python

import (
	"iter"
	"sync"
	"sync/atomic"
	"unsafe"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// table is a parsed file's syntax tree copied into Go memory by one walk in C (buildTable). The
// file's nodes (Root, Nodes, Comments, and every node the functions below return) point into
// nodes, so the questions analyzers ask most — kind, child by field, named children, parent, byte
// range — are answered from the slices without a cgo call or an allocation. A node from
// elsewhere (the binding's own methods) is answered by the binding, as before.
type table struct {
	block    []uint64 // holds every slice below
	nodes    []sitter.Node
	sym      []uint16 // kind id
	field    []uint16 // field id in the parent, 0 for none
	end      []uint32 // end byte
	parent   []int32  // index, -1 for the root
	first    []int32  // first child, -1 for none
	next     []int32  // next sibling, -1 for none
	maxDepth int
}

// Tables in use, found from a node pointer by address: a node of a table lies inside its nodes
// array. The list changes once per file (copy on write) and is read lock-free by every question.
// It holds the few files being analysed at once, newest first, by value: a scan of two or three
// ranges beats a binary search through pointers.
var (
	tablesMu sync.Mutex
	tables   atomic.Pointer[[]tableRange]
)

type tableRange struct {
	lo, size uintptr
	t        *table
}

const nodeSize = unsafe.Sizeof(sitter.Node{})

func register(t *table) {
	if len(t.nodes) == 0 {
		return
	}
	tablesMu.Lock()
	defer tablesMu.Unlock()
	list := []tableRange{{lo: uintptr(unsafe.Pointer(&t.nodes[0])), size: uintptr(len(t.nodes)) * nodeSize, t: t}}
	if old := tables.Load(); old != nil {
		list = append(list, *old...)
	}
	tables.Store(&list)
}

func unregister(t *table) {
	tablesMu.Lock()
	defer tablesMu.Unlock()
	old := tables.Load()
	if old == nil {
		return
	}
	list := make([]tableRange, 0, len(*old))
	for _, r := range *old {
		if r.t != t {
			list = append(list, r)
		}
	}
	tables.Store(&list)
}

// promote moves t to the front of the tables in use unless it is among the first two, where the
// files being analysed are: a table registered long before its file is analysed (one the project
// pre-pass parsed and kept) would otherwise be found last, behind every other kept table, at
// every question about its nodes.
func promote(t *table) {
	if list := tables.Load(); list == nil || len(*list) > 0 && (*list)[0].t == t || len(*list) > 1 && (*list)[1].t == t {
		return
	}
	tablesMu.Lock()
	defer tablesMu.Unlock()
	old := tables.Load()
	list := make([]tableRange, 0, len(*old))
	for _, r := range *old {
		if r.t == t {
			list = append(list, r)
		}
	}
	if len(list) == 0 {
		return // not registered (closed)
	}
	for _, r := range *old {
		if r.t != t {
			list = append(list, r)
		}
	}
	tables.Store(&list)
}

// lookup finds n's table and index, or nil for a node the binding made.
func lookup(n *sitter.Node) (*table, int32) {
	list := tables.Load()
	if list == nil {
		return nil, -1
	}
	p := uintptr(unsafe.Pointer(n))
	for i := range *list {
		r := &(*list)[i]
		if off := p - r.lo; off < r.size { // also rejects p < r.lo, by wrapping around
			return r.t, int32(off / nodeSize)
		}
	}
	return nil, -1
}

// symNamed reports whether nodes of kind id sym are named; ERROR nodes (id 65535, outside the
// grammar's table) are.
func symNamed(sym uint16) bool {
	if int(sym) < len(kindNamed) {
		return kindNamed[sym]
	}
	return true
}

func (t *table) node(i int32) *sitter.Node {
	if i < 0 {
		return nil
	}
	return &t.nodes[i]
}

// fieldChild is the first child of i with the field id.
func (t *table) fieldChild(i int32, id uint16) *sitter.Node {
	for c := range t.fieldChildren(i, id) {
		return &t.nodes[c]
	}
	return nil
}

// fieldChildren yields the children of i with the field id, in order. A field can also be
// inherited through a child that is a hidden rule shown under an alias: the grammar's one case
// is match_statement, whose body is `alias($._match_block, $.block)` holding the `alternative`
// case clauses, which tree-sitter's field lookup finds on the match_statement itself.
func (t *table) fieldChildren(i int32, id uint16) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		found := false
		for c := t.first[i]; c >= 0; c = t.next[c] {
			if t.field[c] == id {
				found = true
				if !yield(c) {
					return
				}
			}
		}
		if found || t.sym[i] != matchStatementSym || id == bodyField {
			return
		}
		for c := t.first[i]; c >= 0; c = t.next[c] {
			if t.field[c] == bodyField {
				for g := t.first[c]; g >= 0; g = t.next[g] {
					if t.field[g] == id && !yield(g) {
						return
					}
				}
			}
		}
	}
}

// NamedChild is n.NamedChild(i), nil for a nil n.
func NamedChild(n *sitter.Node, i uint) *sitter.Node {
	if n == nil {
		return nil
	}
	if t, x := lookup(n); t != nil {
		for c := t.first[x]; c >= 0; c = t.next[c] {
			if symNamed(t.sym[c]) {
				if i == 0 {
					return &t.nodes[c]
				}
				i--
			}
		}
		return nil
	}
	return n.NamedChild(i)
}

// NamedChildCount is n.NamedChildCount(), 0 for a nil n.
func NamedChildCount(n *sitter.Node) uint {
	if n == nil {
		return 0
	}
	if t, x := lookup(n); t != nil {
		k := uint(0)
		for c := t.first[x]; c >= 0; c = t.next[c] {
			if symNamed(t.sym[c]) {
				k++
			}
		}
		return k
	}
	return n.NamedChildCount()
}

// NamedChildren returns n's named children in order.
func NamedChildren(n *sitter.Node) []*sitter.Node {
	if n == nil {
		return nil
	}
	if t, x := lookup(n); t != nil {
		var out []*sitter.Node
		for c := t.first[x]; c >= 0; c = t.next[c] {
			if symNamed(t.sym[c]) {
				out = append(out, &t.nodes[c])
			}
		}
		return out
	}
	out := make([]*sitter.Node, 0, n.NamedChildCount())
	for i := uint(0); i < n.NamedChildCount(); i++ {
		out = append(out, n.NamedChild(i))
	}
	return out
}

// ChildAt is n.Child(i): the i-th child, named or not.
func ChildAt(n *sitter.Node, i uint) *sitter.Node {
	if n == nil {
		return nil
	}
	if t, x := lookup(n); t != nil {
		for c := t.first[x]; c >= 0; c = t.next[c] {
			if i == 0 {
				return &t.nodes[c]
			}
			i--
		}
		return nil
	}
	return n.Child(i)
}

// ChildCount is n.ChildCount(), 0 for a nil n.
func ChildCount(n *sitter.Node) uint {
	if n == nil {
		return 0
	}
	if t, x := lookup(n); t != nil {
		k := uint(0)
		for c := t.first[x]; c >= 0; c = t.next[c] {
			k++
		}
		return k
	}
	return n.ChildCount()
}

// Parent is n.Parent(), nil for a nil n or the root.
func Parent(n *sitter.Node) *sitter.Node {
	if n == nil {
		return nil
	}
	if t, x := lookup(n); t != nil {
		return t.node(t.parent[x])
	}
	return n.Parent()
}

// NextSibling is n.NextSibling().
func NextSibling(n *sitter.Node) *sitter.Node {
	if n == nil {
		return nil
	}
	if t, x := lookup(n); t != nil {
		return t.node(t.next[x])
	}
	return n.NextSibling()
}

// IsNamed is n.IsNamed().
func IsNamed(n *sitter.Node) bool {
	if t, x := lookup(n); t != nil {
		return symNamed(t.sym[x])
	}
	return n.IsNamed()
}

// tsNode is the binding's node seen as tree-sitter's TSNode: context holds the start byte, row
// and column (ts_node_start_byte and ts_node_start_point read them from there).
type tsNode struct {
	context [4]uint32
	id      unsafe.Pointer
	tree    unsafe.Pointer
}

var _ [unsafe.Sizeof(sitter.Node{}) - unsafe.Sizeof(tsNode{})]struct{}
var _ [unsafe.Sizeof(tsNode{}) - unsafe.Sizeof(sitter.Node{})]struct{}

// StartByte is n.StartByte(), read from the node itself.
func StartByte(n *sitter.Node) uint {
	return uint((*tsNode)(unsafe.Pointer(n)).context[0])
}

// EndByte is n.EndByte().
func EndByte(n *sitter.Node) uint {
	if t, x := lookup(n); t != nil {
		return uint(t.end[x])
	}
	return n.EndByte()
}

// StartPosition is n.StartPosition(), read from the node itself.
func StartPosition(n *sitter.Node) sitter.Point {
	c := (*tsNode)(unsafe.Pointer(n)).context
	return sitter.Point{Row: uint(c[1]), Column: uint(c[2])}
}

// Children returns all of n's children, named or not, in order.
func Children(n *sitter.Node) []*sitter.Node {
	if n == nil {
		return nil
	}
	if t, x := lookup(n); t != nil {
		var out []*sitter.Node
		for c := t.first[x]; c >= 0; c = t.next[c] {
			out = append(out, &t.nodes[c])
		}
		return out
	}
	out := make([]*sitter.Node, 0, n.ChildCount())
	for i := uint(0); i < n.ChildCount(); i++ {
		out = append(out, n.Child(i))
	}
	return out
}

// ChildrenByField returns every child of n in the field, in order (an import's names, a
// decorated definition's decorators).
func ChildrenByField(n *sitter.Node, field string) []*sitter.Node {
	if n == nil {
		return nil
	}
	id, ok := fieldID(field)
	if !ok {
		return nil
	}
	if t, x := lookup(n); t != nil {
		var out []*sitter.Node
		for c := range t.fieldChildren(x, id) {
			out = append(out, &t.nodes[c])
		}
		return out
	}
	c := n.Walk()
	defer c.Close()
	ns := n.ChildrenByFieldName(field, c)
	out := make([]*sitter.Node, len(ns))
	for i := range ns {
		out[i] = &ns[i]
	}
	return out
}

// Walk visits n and its descendants in preorder, without recursion, at most limit nodes when
// limit > 0; visit returns false to skip a node's children. Syntax errors' ERROR nodes are
// walked like any other.
func Walk(n *sitter.Node, limit int, visit func(*sitter.Node) bool) {
	if n == nil {
		return
	}
	seen := 0
	more := func() bool {
		seen++
		return limit <= 0 || seen <= limit
	}
	if t, start := lookup(n); t != nil {
		for x := start; more(); {
			if visit(&t.nodes[x]) && t.first[x] >= 0 {
				x = t.first[x]
				continue
			}
			for x != start && t.next[x] < 0 {
				x = t.parent[x]
			}
			if x == start {
				return
			}
			x = t.next[x]
		}
		return
	}
	c := n.Walk()
	defer c.Close()
	for more() {
		if visit(c.Node()) && c.GotoFirstChild() {
			continue
		}
		for !c.GotoNextSibling() {
			if !c.GotoParent() {
				return
			}
		}
	}
}
