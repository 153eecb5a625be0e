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

// Set keeps the heap target at floor bytes or more until the returned function is called, which
// restores the collector's setting. The target is adjusted after every collection from the live
// heap it measured. It does nothing when the GOGC environment variable is set (the caller should
// check) or the collector is off.
func Set(floor uint64) (restore func()) {
	base := debug.SetGCPercent(100)
	debug.SetGCPercent(base)
	if base <= 0 {
		return func() {}
	}
	var mu sync.Mutex
	active := true
	sample := []metrics.Sample{{Name: liveMetric}}
	adjust := func() {
		mu.Lock()
		defer mu.Unlock()
		if !active {
			return
		}
		metrics.Read(sample)
		live := uint64(0)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			live = sample[0].Value.Uint64()
		}
		debug.SetGCPercent(Percent(base, live, floor))
	}
	adjust()
	var arm func()
	arm = func() {
		// A sentinel that is garbage at once: its finalizer runs after each collection.
		s := new([16]byte)
		runtime.SetFinalizer(s, func(*[16]byte) {
			mu.Lock()
			on := active
			mu.Unlock()
			if on {
				adjust()
				arm()
			}
		})
	}
	arm()
	return func() {
		mu.Lock()
		active = false
		mu.Unlock()
		debug.SetGCPercent(base)
	}
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
