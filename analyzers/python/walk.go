package python

/*
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>

// tree-sitter's TSNode and TSTreeCursor (tree_sitter/api.h, ABI 15), declared here because the Go
// binding does not export its header; the layouts are part of tree-sitter's stable C API.
typedef struct { uint32_t context[4]; const void *id; const void *tree; } apivet_node;
typedef struct { const void *tree; const void *id; uint32_t context[3]; } apivet_cursor;

extern apivet_cursor ts_tree_cursor_new(apivet_node node);
extern void ts_tree_cursor_delete(apivet_cursor *self);
extern apivet_node ts_tree_cursor_current_node(const apivet_cursor *self);
extern bool ts_tree_cursor_goto_first_child(apivet_cursor *self);
extern bool ts_tree_cursor_goto_next_sibling(apivet_cursor *self);
extern bool ts_tree_cursor_goto_parent(apivet_cursor *self);
extern uint16_t ts_node_symbol(apivet_node self);

typedef struct {
	apivet_node *nodes;
	uint32_t len, cap, max_depth;
} apivet_index;

// apivet_walk visits every node under root once, in source order, without recursion, keeping the
// nodes whose symbol is wanted and the deepest nesting seen. The caller frees out->nodes.
static int apivet_walk(apivet_node root, const uint8_t *wanted, uint32_t nsym, apivet_index *out) {
	apivet_cursor c = ts_tree_cursor_new(root);
	uint32_t depth = 0;
	out->nodes = NULL; out->len = 0; out->cap = 0; out->max_depth = 0;
	for (;;) {
		apivet_node n = ts_tree_cursor_current_node(&c);
		uint16_t sym = ts_node_symbol(n);
		if (depth > out->max_depth) out->max_depth = depth;
		if (sym < nsym && wanted[sym]) {
			if (out->len == out->cap) {
				uint32_t cap = out->cap ? out->cap * 2 : 256;
				apivet_node *grown = realloc(out->nodes, (size_t)cap * sizeof(apivet_node));
				if (!grown) { ts_tree_cursor_delete(&c); return -1; }
				out->nodes = grown; out->cap = cap;
			}
			out->nodes[out->len++] = n;
		}
		if (ts_tree_cursor_goto_first_child(&c)) { depth++; continue; }
		while (!ts_tree_cursor_goto_next_sibling(&c)) {
			if (!ts_tree_cursor_goto_parent(&c)) { ts_tree_cursor_delete(&c); return 0; }
			depth--;
		}
	}
}
*/
import "C"

import (
	"unsafe"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// The binding's Node is a Go struct holding exactly a TSNode.
var _ [unsafe.Sizeof(sitter.Node{}) - unsafe.Sizeof(C.apivet_node{})]struct{}
var _ [unsafe.Sizeof(C.apivet_node{}) - unsafe.Sizeof(sitter.Node{})]struct{}

// walkIndex collects the nodes of the wanted kinds (by symbol id) and the maximum depth in one
// call into C: a Go-side cursor walk costs several cgo calls and an allocation per node.
func walkIndex(root *sitter.Node, wanted []uint8) ([]*sitter.Node, int, bool) {
	var out C.apivet_index
	rootC := *(*C.apivet_node)(unsafe.Pointer(root))
	if C.apivet_walk(rootC, (*C.uint8_t)(unsafe.Pointer(&wanted[0])), C.uint32_t(len(wanted)), &out) != 0 {
		C.free(unsafe.Pointer(out.nodes))
		return nil, 0, false
	}
	defer C.free(unsafe.Pointer(out.nodes))
	cs := unsafe.Slice(out.nodes, out.len)
	nodes := make([]sitter.Node, len(cs))
	ptrs := make([]*sitter.Node, len(cs))
	for i := range cs {
		*(*C.apivet_node)(unsafe.Pointer(&nodes[i])) = cs[i]
		ptrs[i] = &nodes[i]
	}
	return ptrs, int(out.max_depth), true
}
