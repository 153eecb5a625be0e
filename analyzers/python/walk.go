package python

/*
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "syntax_table.h"

// tree-sitter's TSTreeCursor (tree_sitter/api.h, ABI 15), declared here because the Go binding
// does not export its header; the layout is part of tree-sitter's stable C API.
typedef struct { const void *tree; const void *id; uint32_t context[3]; } apivet_cursor;

extern apivet_cursor ts_tree_cursor_new(apivet_node node);
extern void ts_tree_cursor_delete(apivet_cursor *self);
extern apivet_node ts_tree_cursor_current_node(const apivet_cursor *self);
extern uint16_t ts_tree_cursor_current_field_id(const apivet_cursor *self);
extern bool ts_tree_cursor_goto_first_child(apivet_cursor *self);
extern bool ts_tree_cursor_goto_next_sibling(apivet_cursor *self);
extern bool ts_tree_cursor_goto_parent(apivet_cursor *self);
extern uint16_t ts_node_symbol(apivet_node self);
extern uint32_t ts_node_end_byte(apivet_node self);
extern uint32_t ts_node_descendant_count(apivet_node self);


// apivet_build visits every node under root once, in source order, without recursion, filling
// out. at[d] is the node last visited at depth d under the current parent (-1 before the first
// child), so at[d-1] is the parent of a node at depth d. It returns -1 when C memory runs out
// and -2 when the tree has more nodes than out's arrays hold.
static int apivet_build(apivet_node root, apivet_table *out) {
	uint32_t depth = 0, depth_cap = 256;
	int32_t *at = malloc(depth_cap * sizeof *at);
	if (!at) return -1;
	at[0] = -1;
	out->len = 0; out->max_depth = 0;
	apivet_cursor c = ts_tree_cursor_new(root);
	int rc = 0;
	for (;;) {
		if (out->len == out->cap) { rc = -2; break; }
		uint32_t i = out->len++;
		apivet_node n = ts_tree_cursor_current_node(&c);
		out->nodes[i] = n;
		out->sym[i] = ts_node_symbol(n);
		out->field[i] = ts_tree_cursor_current_field_id(&c);
		out->end[i] = ts_node_end_byte(n);
		int32_t parent = depth > 0 ? at[depth - 1] : -1;
		out->parent[i] = parent;
		out->first[i] = -1;
		out->next[i] = -1;
		if (at[depth] >= 0) out->next[at[depth]] = (int32_t)i;
		else if (parent >= 0) out->first[parent] = (int32_t)i;
		at[depth] = (int32_t)i;
		if (depth > out->max_depth) out->max_depth = depth;
		if (ts_tree_cursor_goto_first_child(&c)) {
			if (++depth == depth_cap) {
				int32_t *g = realloc(at, (size_t)(depth_cap * 2) * sizeof *at);
				if (!g) { rc = -1; break; }
				at = g; depth_cap *= 2;
			}
			at[depth] = -1;
			continue;
		}
		bool done = false;
		while (!ts_tree_cursor_goto_next_sibling(&c)) {
			if (!ts_tree_cursor_goto_parent(&c)) { done = true; break; }
			depth--;
		}
		if (done) break;
	}
	ts_tree_cursor_delete(&c);
	free(at);
	return rc;
}
*/
import "C"

import (
	"runtime"
	"sync"
	"unsafe"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// The binding's Node is a Go struct holding exactly a TSNode.
var _ [unsafe.Sizeof(sitter.Node{}) - unsafe.Sizeof(C.apivet_node{})]struct{}
var _ [unsafe.Sizeof(C.apivet_node{}) - unsafe.Sizeof(sitter.Node{})]struct{}

// Table blocks are reused from file to file: a table is the largest allocation of a run by far
// (56 bytes a node, half of all bytes allocated), and a fresh one is zeroed only to be
// overwritten, since the walk in C writes every entry. A block goes back to the pool when its
// file is closed, after which none of its nodes may be used, as with the tree itself.
var blocks sync.Pool

// maxPooledBlock is the largest block kept for reuse (in words: 16 MB, about 300k nodes); the
// tables of larger, machine-made files are left to the garbage collector.
const maxPooledBlock = 2 << 20

// newBlock returns a block of words words, reused when one large enough is pooled. Its content
// is arbitrary.
func newBlock(words int) []uint64 {
	if b, ok := blocks.Get().(*[]uint64); ok {
		if cap(*b) >= words {
			return (*b)[:words]
		}
	}
	return make([]uint64, words)
}

// freeBlock offers a block no table uses any more for reuse.
func freeBlock(b []uint64) {
	if cap(b) == 0 || cap(b) > maxPooledBlock {
		return
	}
	blocks.Put(&b)
}

// buildTable copies the whole tree under root into a table in one call into C: asking the
// binding node by node costs a cgo call, and usually an allocation, per question. The table's
// arrays are carved from one allocation that holds no Go pointers (the nodes point into C
// memory), so the garbage collector never scans it. It returns nil when C memory runs out.
func buildTable(root *sitter.Node) *table { return buildTableWith(root, true) }

// buildTableWith builds the table by reading the subtrees directly (direct) or through a tree
// cursor; the direct walk falls back to the cursor for a grammar ABI it does not know.
func buildTableWith(root *sitter.Node, direct bool) *table {
	rootC := *(*C.apivet_node)(unsafe.Pointer(root))
	n := int(C.ts_node_descendant_count(rootC))
	// Per node: the node (32 bytes), end, parent, first, next (4 each), sym, field (2 each).
	const per = int(unsafe.Sizeof(sitter.Node{})) + 4*4 + 2*2
	block := newBlock((n*per + 7) / 8)
	base := unsafe.Pointer(unsafe.SliceData(block))
	carve := func(size int) unsafe.Pointer {
		p := base
		base = unsafe.Add(base, size*n)
		return p
	}
	t := &table{block: block}
	t.nodes = unsafe.Slice((*sitter.Node)(carve(int(unsafe.Sizeof(sitter.Node{})))), n)
	t.end = unsafe.Slice((*uint32)(carve(4)), n)
	t.parent = unsafe.Slice((*int32)(carve(4)), n)
	t.first = unsafe.Slice((*int32)(carve(4)), n)
	t.next = unsafe.Slice((*int32)(carve(4)), n)
	t.sym = unsafe.Slice((*uint16)(carve(2)), n)
	t.field = unsafe.Slice((*uint16)(carve(2)), n)
	out := C.apivet_table{cap: C.uint32_t(n)}
	if n > 0 {
		out.nodes = (*C.apivet_node)(unsafe.Pointer(&t.nodes[0]))
		out.end = (*C.uint32_t)(unsafe.Pointer(&t.end[0]))
		out.parent = (*C.int32_t)(unsafe.Pointer(&t.parent[0]))
		out.first = (*C.int32_t)(unsafe.Pointer(&t.first[0]))
		out.next = (*C.int32_t)(unsafe.Pointer(&t.next[0]))
		out.sym = (*C.uint16_t)(unsafe.Pointer(&t.sym[0]))
		out.field = (*C.uint16_t)(unsafe.Pointer(&t.field[0]))
	}
	if n == 0 {
		freeBlock(block)
		return nil
	}
	// out points into block: pinned, the block may be passed inside out.
	var pin runtime.Pinner
	pin.Pin(&block[0])
	defer pin.Unpin()
	rc := C.int(-3)
	if direct {
		rc = C.apivet_build_direct(rootC, &out)
	}
	if rc == -3 {
		rc = C.apivet_build(rootC, &out)
	}
	if rc != 0 || int(out.len) != n {
		freeBlock(block)
		return nil
	}
	t.maxDepth = int(out.max_depth)
	return t
}
