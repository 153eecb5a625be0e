package python

/*
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

// tree-sitter's TSNode and TSTreeCursor (tree_sitter/api.h, ABI 15), declared here because the Go
// binding does not export its header; the layouts are part of tree-sitter's stable C API.
typedef struct { uint32_t context[4]; const void *id; const void *tree; } apivet_node;
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
extern bool ts_node_is_named(apivet_node self);

// apivet_table is every node of a tree in source order with what analyzers ask of nodes most:
// kind, field name in its parent, whether it is named, end byte, and the parent, first-child
// and next-sibling links as indexes (-1 for none).
typedef struct {
	apivet_node *nodes;
	uint16_t *sym, *field;
	uint8_t *named;
	uint32_t *end;
	int32_t *parent, *first, *next;
	uint32_t len, cap, max_depth;
} apivet_table;

static void apivet_table_free(apivet_table *t) {
	free(t->nodes); free(t->sym); free(t->field); free(t->named); free(t->end);
	free(t->parent); free(t->first); free(t->next);
	memset(t, 0, sizeof *t);
}

#define APIVET_GROW(p, n) do { void *g = realloc((p), (size_t)(n) * sizeof *(p)); if (!g) return -1; (p) = g; } while (0)

static int apivet_table_grow(apivet_table *t) {
	uint32_t cap = t->cap ? t->cap * 2 : 1024;
	APIVET_GROW(t->nodes, cap); APIVET_GROW(t->sym, cap); APIVET_GROW(t->field, cap);
	APIVET_GROW(t->named, cap); APIVET_GROW(t->end, cap); APIVET_GROW(t->parent, cap);
	APIVET_GROW(t->first, cap); APIVET_GROW(t->next, cap);
	t->cap = cap;
	return 0;
}

// apivet_build visits every node under root once, in source order, without recursion, filling
// out. at[d] is the node last visited at depth d under the current parent (-1 before the first
// child), so at[d-1] is the parent of a node at depth d. The caller frees out with
// apivet_table_free, also after a failure (-1: out of memory).
static int apivet_build(apivet_node root, apivet_table *out) {
	memset(out, 0, sizeof *out);
	uint32_t depth = 0, depth_cap = 256;
	int32_t *at = malloc(depth_cap * sizeof *at);
	if (!at) return -1;
	at[0] = -1;
	apivet_cursor c = ts_tree_cursor_new(root);
	int rc = 0;
	for (;;) {
		if (out->len == out->cap && apivet_table_grow(out) != 0) { rc = -1; break; }
		uint32_t i = out->len++;
		apivet_node n = ts_tree_cursor_current_node(&c);
		out->nodes[i] = n;
		out->sym[i] = ts_node_symbol(n);
		out->field[i] = ts_tree_cursor_current_field_id(&c);
		out->named[i] = ts_node_is_named(n);
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
	"unsafe"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// The binding's Node is a Go struct holding exactly a TSNode.
var _ [unsafe.Sizeof(sitter.Node{}) - unsafe.Sizeof(C.apivet_node{})]struct{}
var _ [unsafe.Sizeof(C.apivet_node{}) - unsafe.Sizeof(sitter.Node{})]struct{}

// buildTable copies the whole tree under root into a table in one call into C: asking the
// binding node by node costs a cgo call, and usually an allocation, per question. It returns
// nil when C memory runs out.
func buildTable(root *sitter.Node) *table {
	var out C.apivet_table
	rootC := *(*C.apivet_node)(unsafe.Pointer(root))
	defer C.apivet_table_free(&out)
	if C.apivet_build(rootC, &out) != 0 {
		return nil
	}
	n := int(out.len)
	t := &table{
		nodes:    make([]sitter.Node, n),
		sym:      make([]uint16, n),
		field:    make([]uint16, n),
		named:    make([]bool, n),
		end:      make([]uint32, n),
		parent:   make([]int32, n),
		first:    make([]int32, n),
		next:     make([]int32, n),
		maxDepth: int(out.max_depth),
	}
	cs := unsafe.Slice(out.nodes, n)
	for i := range cs {
		*(*C.apivet_node)(unsafe.Pointer(&t.nodes[i])) = cs[i]
	}
	copy(t.sym, unsafe.Slice((*uint16)(unsafe.Pointer(out.sym)), n))
	copy(t.field, unsafe.Slice((*uint16)(unsafe.Pointer(out.field)), n))
	copy(t.named, unsafe.Slice((*bool)(unsafe.Pointer(out.named)), n))
	copy(t.end, unsafe.Slice((*uint32)(unsafe.Pointer(out.end)), n))
	copy(t.parent, unsafe.Slice((*int32)(unsafe.Pointer(out.parent)), n))
	copy(t.first, unsafe.Slice((*int32)(unsafe.Pointer(out.first)), n))
	copy(t.next, unsafe.Slice((*int32)(unsafe.Pointer(out.next)), n))
	return t
}
