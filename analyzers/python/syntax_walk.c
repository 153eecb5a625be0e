// apivet_build_direct: the syntax table filled by reading tree-sitter's subtrees directly.
//
// The tree cursor answers one question per call and re-derives, at every step, what a walk over
// the whole tree knows already (the alias sequence and field map of the parent's production, the
// position of the next child); it is most of what building a table costs. This walk visits the
// same nodes in the same order and records the same answers, from the layouts below.
//
// The layouts are tree-sitter 0.25's internal subtree representation (src/subtree.h, tree.h)
// and the language struct grammars are compiled against (tree_sitter/parser.h), for the versions
// go.mod pins. TestDirectWalkMatchesCursor compares every table entry with the cursor's on
// every fixture; and apivet_build_direct refuses (-3) a grammar ABI it does not know, so a
// future binding that changed them fails that test rather than misreading trees.

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "syntax_table.h"

typedef struct { uint32_t row, column; } ts_point;
typedef struct { uint32_t bytes; ts_point extent; } ts_length;

// SubtreeInlineData on a little-endian 64-bit machine.
typedef struct {
	bool is_inline : 1;
	bool visible : 1;
	bool named : 1;
	bool extra : 1;
	bool has_changes : 1;
	bool is_missing : 1;
	bool is_keyword : 1;
	uint8_t symbol;
	uint16_t parse_state;
	uint8_t padding_columns;
	uint8_t padding_rows : 4;
	uint8_t lookahead_bytes : 4;
	uint8_t padding_bytes;
	uint8_t size_bytes;
} sub_inline;

typedef struct {
	volatile uint32_t ref_count;
	ts_length padding;
	ts_length size;
	uint32_t lookahead_bytes;
	uint32_t error_cost;
	uint32_t child_count;
	uint16_t symbol;
	uint16_t parse_state;
	bool visible : 1;
	bool named : 1;
	bool extra : 1;
	bool fragile_left : 1;
	bool fragile_right : 1;
	bool has_changes : 1;
	bool has_external_tokens : 1;
	bool has_external_scanner_state_change : 1;
	bool depends_on_column : 1;
	bool is_missing : 1;
	bool is_keyword : 1;
	union {
		struct {
			uint32_t visible_child_count;
			uint32_t named_child_count;
			uint32_t visible_descendant_count;
			int32_t dynamic_precedence;
			uint16_t repeat_depth;
			uint16_t production_id;
			struct {
				uint16_t symbol;
				uint16_t parse_state;
			} first_leaf;
		};
		int32_t lookahead_char;
	};
} sub_heap;

typedef union {
	sub_inline data;
	const sub_heap *ptr;
} sub;

typedef struct {
	sub root;
	const void *language;
} ts_tree;

typedef struct {
	uint16_t field_id;
	uint8_t child_index;
	bool inherited;
} field_entry;

typedef struct {
	uint16_t index;
	uint16_t length;
} map_slice;

// The prefix of TSLanguage up to the tables read here (the same in ABI 14 and 15).
typedef struct {
	uint32_t abi_version;
	uint32_t symbol_count;
	uint32_t alias_count;
	uint32_t token_count;
	uint32_t external_token_count;
	uint32_t state_count;
	uint32_t large_state_count;
	uint32_t production_id_count;
	uint32_t field_count;
	uint16_t max_alias_sequence_length;
	const uint16_t *parse_table;
	const uint16_t *small_parse_table;
	const uint32_t *small_parse_table_map;
	const void *parse_actions;
	const char *const *symbol_names;
	const char *const *field_names;
	const map_slice *field_map_slices;
	const field_entry *field_map_entries;
	const void *symbol_metadata;
	const uint16_t *public_symbol_map;
	const uint16_t *alias_map;
	const uint16_t *alias_sequences;
} ts_language;

#define SYM_ERROR ((uint16_t)-1)

static inline bool s_visible(sub s) { return s.data.is_inline ? s.data.visible : s.ptr->visible; }
static inline bool s_extra(sub s) { return s.data.is_inline ? s.data.extra : s.ptr->extra; }
static inline uint16_t s_symbol(sub s) { return s.data.is_inline ? s.data.symbol : s.ptr->symbol; }
static inline uint32_t s_child_count(sub s) { return s.data.is_inline ? 0 : s.ptr->child_count; }
static inline const sub *s_children(sub s) { return (const sub *)s.ptr - s.ptr->child_count; }

static inline ts_length s_size(sub s) {
	if (s.data.is_inline) return (ts_length){s.data.size_bytes, {0, s.data.size_bytes}};
	return s.ptr->size;
}

static inline ts_length s_padding(sub s) {
	if (s.data.is_inline) return (ts_length){s.data.padding_bytes, {s.data.padding_rows, s.data.padding_columns}};
	return s.ptr->padding;
}

static inline ts_length length_add(ts_length a, ts_length b) {
	ts_length r;
	r.bytes = a.bytes + b.bytes;
	if (b.extent.row > 0) {
		r.extent.row = a.extent.row + b.extent.row;
		r.extent.column = b.extent.column;
	} else {
		r.extent.row = a.extent.row;
		r.extent.column = a.extent.column + b.extent.column;
	}
	return r;
}

static inline uint16_t public_symbol(const ts_language *l, uint16_t sym) {
	return sym == SYM_ERROR ? sym : l->public_symbol_map[sym];
}

// field_at is the field a production gives its child at a structural index (not inherited).
static inline uint16_t field_at(const ts_language *l, uint16_t production_id, uint32_t child_index) {
	if (l->field_count == 0) return 0;
	map_slice slice = l->field_map_slices[production_id];
	const field_entry *e = &l->field_map_entries[slice.index], *end = e + slice.length;
	for (; e < end; e++) {
		if (!e->inherited && e->child_index == child_index) return e->field_id;
	}
	return 0;
}

// frame is a node whose children are being visited.
typedef struct {
	sub node;
	const uint16_t *aliases; // the alias sequence of its production, or NULL
	uint16_t production_id;
	uint32_t child;            // next child index
	uint32_t structural;       // next structural (non-extra) child index
	ts_length pos;             // position of the next child
	uint32_t own_structural;   // its structural index in its parent
	bool visible, extra;
	int32_t vis;               // its table index if visible, else its nearest visible ancestor's
	uint32_t depth;            // visible depth of its visible children
} frame;

int apivet_build_direct(apivet_node root, apivet_table *out) {
#if UINTPTR_MAX != 0xffffffffffffffffu || (defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__)
	return -3; // the inline subtree layout above is the little-endian 64-bit one
#endif
	const ts_tree *tree = root.tree;
	const ts_language *lang = tree->language;
	if (lang->abi_version < 14 || lang->abi_version > 15) return -3;
	sub root_sub = *(const sub *)root.id;

	uint32_t frames_cap = 64, depth_cap = 64;
	frame *fs = malloc(frames_cap * sizeof *fs);
	int32_t *at = malloc(depth_cap * sizeof *at);
	if (!fs || !at) {
		free(fs);
		free(at);
		return -1;
	}
	int rc = 0;
	out->len = 0;
	out->max_depth = 0;

	// The root.
	if (out->cap == 0) { rc = -2; goto done; }
	out->nodes[0] = root;
	out->sym[0] = public_symbol(lang, root.context[3] ? (uint16_t)root.context[3] : s_symbol(root_sub));
	out->field[0] = 0;
	out->end[0] = root.context[0] + s_size(root_sub).bytes;
	out->parent[0] = -1;
	out->first[0] = -1;
	out->next[0] = -1;
	out->len = 1;
	at[0] = 0;
	at[1] = -1;
	uint32_t n_frames = 0;
	if (s_child_count(root_sub) > 0) {
		uint16_t pid = root_sub.ptr->production_id;
		fs[0] = (frame){
			.node = root_sub,
			.aliases = pid ? &lang->alias_sequences[pid * lang->max_alias_sequence_length] : NULL,
			.production_id = pid,
			.pos = {root.context[0], {root.context[1], root.context[2]}},
			.visible = true,
			.vis = 0,
			.depth = 1,
		};
		n_frames = 1;
	}

	while (n_frames > 0) {
		frame *f = &fs[n_frames - 1];
		if (f->child == f->node.ptr->child_count) {
			n_frames--;
			continue;
		}
		const sub *children = s_children(f->node);
		const sub *slot = &children[f->child];
		sub c = *slot;
		ts_length pos = f->pos;
		bool extra = s_extra(c);
		uint32_t structural = f->structural;
		uint16_t alias = 0;
		bool visible = s_visible(c);
		if (!extra) {
			if (f->aliases) {
				alias = f->aliases[structural];
				visible |= alias != 0;
			}
			f->structural++;
		}
		// Advance the frame past this child before a frame for the child is pushed.
		f->child++;
		f->pos = length_add(pos, s_size(c));
		if (f->child < f->node.ptr->child_count) f->pos = length_add(f->pos, s_padding(children[f->child]));

		int32_t vis = f->vis;
		uint32_t depth = f->depth;
		if (visible) {
			if (out->len == out->cap) { rc = -2; goto done; }
			uint32_t i = out->len++;
			out->nodes[i] = (apivet_node){{pos.bytes, pos.extent.row, pos.extent.column, alias}, slot, tree};
			out->sym[i] = public_symbol(lang, alias ? alias : s_symbol(c));
			out->end[i] = pos.bytes + s_size(c).bytes;
			// The field: the child's own, or one given to a hidden ancestor below the visible
			// parent (ts_tree_cursor_current_field_id).
			uint16_t field = 0;
			if (!extra) {
				field = field_at(lang, f->production_id, structural);
				for (uint32_t k = n_frames - 1; field == 0 && k > 0; k--) {
					const frame *h = &fs[k];
					if (h->visible || h->extra) break;
					field = field_at(lang, fs[k - 1].production_id, h->own_structural);
				}
			}
			out->field[i] = field;
			out->parent[i] = vis;
			out->first[i] = -1;
			out->next[i] = -1;
			if (at[depth] >= 0) out->next[at[depth]] = (int32_t)i;
			else out->first[vis] = (int32_t)i;
			at[depth] = (int32_t)i;
			if (depth > out->max_depth) out->max_depth = depth;
			vis = (int32_t)i;
			depth++;
			if (depth + 1 >= depth_cap) {
				int32_t *g = realloc(at, (size_t)(depth_cap * 2) * sizeof *at);
				if (!g) { rc = -1; goto done; }
				at = g;
				depth_cap *= 2;
			}
			at[depth] = -1;
		}
		// Children: a visible node's become its own; a hidden node's with visible children
		// become its visible ancestor's (the cursor's flattened view).
		if (s_child_count(c) > 0 && (visible || c.ptr->visible_child_count > 0)) {
			if (n_frames == frames_cap) {
				frame *g = realloc(fs, (size_t)(frames_cap * 2) * sizeof *fs);
				if (!g) { rc = -1; goto done; }
				fs = g;
				frames_cap *= 2;
			}
			uint16_t pid = c.ptr->production_id;
			fs[n_frames++] = (frame){
				.node = c,
				.aliases = pid ? &lang->alias_sequences[pid * lang->max_alias_sequence_length] : NULL,
				.production_id = pid,
				.pos = pos,
				.own_structural = structural,
				.visible = visible,
				.extra = extra,
				.vis = vis,
				.depth = depth,
			};
		}
	}
done:
	free(fs);
	free(at);
	return rc;
}
