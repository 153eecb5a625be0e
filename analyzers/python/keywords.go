package python

import "bytes"

// Keywords finds which of many keywords a source holds in one pass over its bytes, for the
// prefilter that decides which analyzers run on a file and whether it is parsed at all: looking
// for a hundred keywords one by one reads each file a hundred times.
type Keywords struct {
	ids map[string]int
	// prefix holds a bit per two-byte prefix some keyword starts with; cands[slot[p]] lists the
	// keywords starting with prefix p. Keywords of one byte are looked for by IndexByte.
	prefix [1 << 16 / 64]uint64
	slot   [1 << 16]uint16
	cands  [][]int
	words  []string
	short  []int
	long   int // keywords of two bytes or more
}

// NewKeywords indexes every keyword of the lists.
func NewKeywords(lists ...[]string) *Keywords {
	k := &Keywords{ids: map[string]int{}, cands: [][]int{nil}}
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
			if k.slot[p] == 0 {
				k.slot[p] = uint16(len(k.cands))
				k.cands = append(k.cands, nil)
			}
			k.cands[k.slot[p]] = append(k.cands[k.slot[p]], id)
			k.long++
		}
	}
	return k
}

// Found is what Scan found in one source.
type Found struct {
	k     *Keywords
	found []bool
}

// Scan reads src once and records every keyword it contains. A prefix whose keywords have all
// been found stops being looked at, and the scan ends when every keyword has been.
func (k *Keywords) Scan(src []byte) Found {
	f := Found{k: k, found: make([]bool, len(k.words))}
	for _, id := range k.short {
		f.found[id] = bytes.IndexByte(src, k.words[id][0]) >= 0
	}
	left := k.prefix
	missing := k.long
	for i := 0; i+1 < len(src) && missing > 0; i++ {
		p := uint16(src[i])<<8 | uint16(src[i+1])
		if left[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		done := true
		for _, id := range k.cands[k.slot[p]] {
			if f.found[id] {
				continue
			}
			if w := k.words[id]; len(src)-i >= len(w) && string(src[i:i+len(w)]) == w {
				f.found[id] = true
				missing--
			} else {
				done = false
			}
		}
		if done {
			left[p/64] &^= 1 << (p % 64)
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
