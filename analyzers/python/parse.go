package python

/*
#include <stdint.h>
#include <stdbool.h>
#include <time.h>

// tree-sitter's parser API (tree_sitter/api.h, ABI 15), declared here because the Go binding does
// not export its header; the layouts are part of tree-sitter's stable C API.
typedef struct { uint32_t row, column; } apivet_point;
typedef struct {
	void *payload;
	const char *(*read)(void *payload, uint32_t byte_index, apivet_point position, uint32_t *bytes_read);
	int encoding; // TSInputEncodingUTF8
	void *decode;
} apivet_input;
typedef struct { void *payload; uint32_t current_byte_offset; bool has_error; } apivet_parse_state;
typedef struct { void *payload; bool (*progress_callback)(apivet_parse_state *state); } apivet_parse_options;

extern void *ts_parser_new(void);
extern void ts_parser_delete(void *self);
extern bool ts_parser_set_language(void *self, const void *language);
extern void ts_parser_reset(void *self);
extern void *ts_parser_parse_with_options(void *self, const void *old_tree, apivet_input input, apivet_parse_options options);

typedef struct { const char *src; uint32_t len; } apivet_source;

// apivet_read hands tree-sitter the rest of the source from byte_index: the whole file is one
// chunk, so it is called once, and again only when the lexer moves back.
static const char *apivet_read(void *payload, uint32_t byte_index, apivet_point position, uint32_t *bytes_read) {
	apivet_source *s = payload;
	if (byte_index >= s->len) { *bytes_read = 0; return ""; }
	*bytes_read = s->len - byte_index;
	return s->src + byte_index;
}

static int64_t apivet_now(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// apivet_past_deadline is tree-sitter's progress callback (polled every 100 parse operations):
// it abandons the parse once the monotonic clock passes the deadline in the payload.
static bool apivet_past_deadline(apivet_parse_state *state) {
	return apivet_now() > *(int64_t *)state->payload;
}

// apivet_parse parses src with no call back into Go: a Go callback per chunk or per progress
// check costs a goroutine switch and, in the binding, a copy of the rest of the file. A timeout
// of 0 ns means none. It returns NULL when the timeout passes.
static void *apivet_parse(void *parser, const char *src, uint32_t len, int64_t timeout_ns) {
	apivet_source s = { src, len };
	apivet_input in = { &s, apivet_read, 0, 0 };
	int64_t deadline = apivet_now() + timeout_ns;
	apivet_parse_options opts = { 0, 0 };
	if (timeout_ns > 0) {
		opts.payload = &deadline;
		opts.progress_callback = apivet_past_deadline;
	}
	void *tree = ts_parser_parse_with_options(parser, 0, in, opts);
	ts_parser_reset(parser);
	return tree;
}
*/
import "C"

import (
	"time"
	"unsafe"

	sitter "github.com/tree-sitter/go-tree-sitter"
	tspython "github.com/tree-sitter/tree-sitter-python/bindings/go"
)

// Parser parses Python files. It is not safe for concurrent use: give each worker its own.
type Parser struct {
	p unsafe.Pointer // *TSParser
}

// NewParser returns a parser for the Python grammar.
func NewParser() *Parser {
	Language()
	p := C.ts_parser_new()
	if !C.ts_parser_set_language(p, tspython.Language()) {
		C.ts_parser_delete(p)
		panic("tree-sitter refused the Python grammar") // compiled in: a version mismatch is a build error
	}
	return &Parser{p: p}
}

// Close releases the parser.
func (p *Parser) Close() {
	if p.p != nil {
		C.ts_parser_delete(p.p)
		p.p = nil
	}
}

// ParseTree is tree-sitter's parse of src and nothing more: no syntax table, no index. It is the
// baseline apivet's speed is measured against (bench/parseonly). The caller closes the tree.
func (p *Parser) ParseTree(src []byte) *sitter.Tree { return p.parse(src, 0) }

// parse runs tree-sitter on src in one cgo call, giving up after timeout (none when 0); it
// returns nil when it gave up.
func (p *Parser) parse(src []byte, timeout time.Duration) *sitter.Tree {
	var text *C.char
	if len(src) > 0 {
		text = (*C.char)(unsafe.Pointer(&src[0])) // read only during the call; tree-sitter keeps no pointer to it
	}
	t := C.apivet_parse(p.p, text, C.uint32_t(len(src)), C.int64_t(timeout))
	if t == nil {
		return nil
	}
	return wrapTree(t)
}

// wrapTree makes the binding's Tree for a TSTree made here. The binding's Tree is a struct of the
// one C pointer with no finalizer (tree.go: newTree), and it frees the tree on Close as for its
// own; TestParserTreeIsTheBindings checks the layout.
func wrapTree(t unsafe.Pointer) *sitter.Tree {
	tree := new(sitter.Tree)
	*(*unsafe.Pointer)(unsafe.Pointer(tree)) = t
	return tree
}
