// Package gcfloor keeps the garbage collector from running while the heap is small.
//
// Go's collector targets a heap of twice the live heap, but never less than 4 MB. A run whose
// live heap is a few megabytes (a Python project of a few hundred files: each file's tree is
// built, analysed and dropped) then collects every few megabytes allocated, and the fixed cost
// of each cycle is a tenth of the run. Set raises the collector's target so that it is never
// below a floor, and keeps the usual twice-the-live-heap above it: a large run's peak memory is
// what it was, a small run's is the floor at most.
package gcfloor

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

const liveMetric = "/gc/heap/live:bytes"

// state is the floor in force: Sets may overlap (a library user's goroutines), and the floor
// stays until the last of them is restored, which restores the setting the first one found.
var state struct {
	sync.Mutex
	depth  int
	base   int  // the collector's setting before the first Set
	active bool // the floor is applied after each collection
	floor  uint64
	gen    int // which Set's finalizer chain is current: an older one stops
}

// Set keeps the heap target at floor bytes or more until the returned function is called. The
// target is adjusted after every collection from the live heap it measured. It does nothing when
// the collector is off; the caller decides whether a GOGC set in the environment should win.
func Set(floor uint64) (restore func()) {
	state.Lock()
	defer state.Unlock()
	if state.depth == 0 {
		state.base = debug.SetGCPercent(100)
		debug.SetGCPercent(state.base)
		if state.base <= 0 {
			return func() {}
		}
		state.active, state.floor = true, floor
		state.gen++
		adjustLocked()
		arm(state.gen)
	}
	state.depth++
	var once sync.Once
	return func() {
		once.Do(func() {
			state.Lock()
			defer state.Unlock()
			if state.depth--; state.depth == 0 {
				state.active = false
				debug.SetGCPercent(state.base)
			}
		})
	}
}

// arm leaves garbage whose finalizer runs after the next collection, adjusts the target and
// arms again while the floor set as generation gen is in force.
func arm(gen int) {
	s := new([16]byte)
	runtime.SetFinalizer(s, func(*[16]byte) {
		state.Lock()
		defer state.Unlock()
		if state.active && state.gen == gen {
			adjustLocked()
			arm(gen)
		}
	})
}

func adjustLocked() {
	sample := []metrics.Sample{{Name: liveMetric}}
	metrics.Read(sample)
	live := uint64(0)
	if sample[0].Value.Kind() == metrics.KindUint64 {
		live = sample[0].Value.Uint64()
	}
	debug.SetGCPercent(Percent(state.base, live, state.floor))
}

// minHeap is the runtime's smallest heap target at a GOGC of 100.
const minHeap = 4 << 20

// Percent is the GOGC that puts the heap target, for a live heap of live bytes, at floor or at
// what base gives, whichever is larger.
func Percent(base int, live, floor uint64) int {
	if live < minHeap {
		live = minHeap // the runtime's target never goes below 4 MB × GOGC/100
	}
	if live*uint64(100+base)/100 >= floor {
		return base
	}
	return int(floor*100/live) - 100
}
