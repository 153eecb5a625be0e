package gcfloor

import (
	"runtime"
	"runtime/debug"
	"testing"
)

func TestPercent(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		base        int
		live, floor uint64
		want        int
	}{
		{100, 0, 64 * mb, 1500},       // an empty heap counts as the runtime's 4 MB
		{100, 8 * mb, 64 * mb, 700},   // 8 MB live: the target is the floor
		{100, 32 * mb, 64 * mb, 100},  // twice the live heap reaches the floor
		{100, 200 * mb, 64 * mb, 100}, // a large heap keeps its setting
		{50, 50 * mb, 64 * mb, 50},    // 75 MB already over the floor
		{50, 16 * mb, 64 * mb, 300},   // 16 MB live, 24 MB target: raised to the floor
	} {
		if got := Percent(c.base, c.live, c.floor); got != c.want {
			t.Errorf("Percent(%d, %d MB, %d MB) = %d, want %d", c.base, c.live/mb, c.floor/mb, got, c.want)
		}
	}
}

// Set raises the collector's setting while the heap is small and restores it afterwards, also
// across collections.
func TestSetRestores(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	restore := Set(256 << 20)
	runtime.GC()
	runtime.GC()
	raised := debug.SetGCPercent(-1)
	debug.SetGCPercent(raised)
	if raised <= 100 {
		t.Errorf("while set: GOGC %d, want it raised above 100 for a small heap", raised)
	}
	restore()
	runtime.GC()
	runtime.GC()
	after := debug.SetGCPercent(100)
	if after != 100 {
		t.Errorf("after restore: GOGC %d, want 100", after)
	}
}

// Overlapping Sets restore the setting found by the first, whichever ends last.
func TestSetNested(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	outer := Set(256 << 20)
	inner := Set(256 << 20)
	outer()
	if p := debug.SetGCPercent(-1); p == 100 {
		t.Error("the outer restore ended the floor while an inner Set was still on")
	} else {
		debug.SetGCPercent(p)
	}
	inner()
	if p := debug.SetGCPercent(100); p != 100 {
		t.Errorf("after both restores: GOGC %d, want 100", p)
	}
}
