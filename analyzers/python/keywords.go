package python

import "bytes"

// Keywords finds which of many keywords a source holds in one pass over its bytes, for the
// prefilter that decides which analyzers run on a file and whether it is parsed at all: looking
// for a hundred keywords one by one reads each file a hundred times.
type Keywords struct {
	ids map[string]int
	// prefix holds a bit per two-byte prefix some keyword starts with; cands lists the keywords
	// by prefix. Keywords of one byte are looked for by IndexByte.
	prefix [1 << 16 / 64]uint64
	cands  map[uint16][]int
	words  []string
	short  []int
}

// NewKeywords indexes every keyword of the lists.
func NewKeywords(lists ...[]string) *Keywords {
	k := &Keywords{ids: map[string]int{}, cands: map[uint16][]int{}}
	for _, list := range lists {
		for _, w := range list {
			if _, ok := k.ids[w]; ok || w == "" {
				continue
			}
			id := len(k.words)
			k.ids[w] = id
			k.words = append(k.words, w)
			if len(w) == 1 {
				k.short = append(k.short, id)
				continue
			}
			p := uint16(w[0])<<8 | uint16(w[1])
			k.prefix[p/64] |= 1 << (p % 64)
			k.cands[p] = append(k.cands[p], id)
		}
	}
	return k
}

// Found is what Scan found in one source.
type Found struct {
	k     *Keywords
	found []bool
}

// Scan reads src once and records every keyword it contains.
func (k *Keywords) Scan(src []byte) Found {
	f := Found{k: k, found: make([]bool, len(k.words))}
	for _, id := range k.short {
		f.found[id] = bytes.IndexByte(src, k.words[id][0]) >= 0
	}
	for i := 0; i+1 < len(src); i++ {
		p := uint16(src[i])<<8 | uint16(src[i+1])
		if k.prefix[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		for _, id := range k.cands[p] {
			if !f.found[id] && bytes.HasPrefix(src[i:], []byte(k.words[id])) {
				f.found[id] = true
			}
		}
	}
	return f
}

// Any reports whether the source holds any keyword of list (all indexed by NewKeywords); an
// empty list matches every source, as ContainsAny does.
func (f Found) Any(list []string) bool {
	if len(list) == 0 {
		return true
	}
	for _, w := range list {
		if id, ok := f.k.ids[w]; ok && f.found[id] {
			return true
		}
	}
	return false
}
