package python

/*
#include <stdlib.h>

// Declared by tree-sitter's runtime (tree_sitter/api.h), which the Go binding links in.
extern void ts_set_allocator(void *(*new_malloc)(size_t), void *(*new_calloc)(size_t, size_t),
	void *(*new_realloc)(void *, size_t), void (*new_free)(void *));

static void apivet_use_libc_allocator(void) { ts_set_allocator(malloc, calloc, realloc, free); }
*/
import "C"

// The Go binding routes every tree-sitter allocation through Go callbacks that call libc's
// malloc and free anyway: a C→Go→C round trip per allocation, about a tenth of parsing time.
// The binding's init has run by now (it is imported), and it allocates nothing before a parser
// exists, so tree-sitter can call libc directly.
func init() { C.apivet_use_libc_allocator() }
