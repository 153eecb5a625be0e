package secrets

import (
	"runtime"
	"sync"
	"weak"

	"github.com/apivet/apivet/analyzers/python"
)

// cache shares one collection per file between the four analyzers, which the driver runs one
// after another on the same *python.File (files themselves are analysed in parallel).
//
// Entries are keyed by a weak pointer: the cache never keeps a File (and its source) alive, and
// a File allocated later at a freed File's address gets a different key. An entry is dropped as
// soon as all four analyzers have read it, or, when some are disabled, after its File has been
// garbage collected. Correctness never depends on a hit: a miss recomputes.
type cache struct {
	mu      sync.Mutex
	entries map[weak.Pointer[python.File]]*entry
}

type entry struct {
	results []result
	read    uint8 // bit i: analyzer i has read the entry
}

var shared = &cache{entries: map[weak.Pointer[python.File]]*entry{}}

// results returns the findings of f for the analyzer with the given bit.
func (c *cache) results(f *python.File, bit uint8) []result {
	k := weak.Make(f)
	c.mu.Lock()
	e, ok := c.entries[k]
	c.mu.Unlock()
	if !ok {
		e = &entry{results: collect(f)}
		c.mu.Lock()
		if prev, raced := c.entries[k]; raced {
			e = prev
		} else {
			c.entries[k] = e
			runtime.AddCleanup(f, c.drop, k)
		}
		c.mu.Unlock()
	}
	c.mu.Lock()
	e.read |= bit
	if e.read == allRead {
		delete(c.entries, k)
	}
	c.mu.Unlock()
	return e.results
}

func (c *cache) drop(k weak.Pointer[python.File]) {
	c.mu.Lock()
	delete(c.entries, k)
	c.mu.Unlock()
}

// size is the number of cached files, for tests.
func (c *cache) size() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}
