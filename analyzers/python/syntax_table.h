// The syntax table C fills for Go (see walk.go and syntax_walk.c).
#ifndef APIVET_SYNTAX_TABLE_H
#define APIVET_SYNTAX_TABLE_H

#include <stdbool.h>
#include <stdint.h>

// tree-sitter's TSNode (tree_sitter/api.h, ABI 15), declared here because the Go binding does not
// export its header; the layout is part of tree-sitter's stable C API.
typedef struct { uint32_t context[4]; const void *id; const void *tree; } apivet_node;

// apivet_table is every node of a tree in source order with what analyzers ask of nodes most:
// kind, field id in its parent, end byte, and the parent, first-child and next-sibling links as
// indexes (-1 for none). The arrays hold cap entries and are the caller's.
typedef struct {
	apivet_node *nodes;
	uint16_t *sym, *field;
	uint32_t *end;
	int32_t *parent, *first, *next;
	uint32_t cap, len, max_depth;
} apivet_table;

// apivet_build_direct fills out like apivet_build, reading tree-sitter's subtrees directly
// instead of through a tree cursor (syntax_walk.c). It returns -1 when C memory runs out, -2
// when the tree has more nodes than out's arrays hold, and -3 when the grammar's ABI is not
// one it knows (the caller then uses the cursor).
int apivet_build_direct(apivet_node root, apivet_table *out);

#endif
