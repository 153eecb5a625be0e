package report

import (
	"errors"
	"testing"
)

func TestUTF16Column(t *testing.T) {
	tests := []struct {
		name    string
		line    string
		byteCol int
		want    int
	}{
		{"ascii start", "app.run(debug=True)", 1, 1},
		{"ascii middle", "app.run(debug=True)", 9, 9},
		{"ascii end+1", "app.run(debug=True)", 20, 20},
		{"empty line", "", 1, 1},
		{"unknown column", "abc", 0, 0},
		{"negative column", "abc", -3, -3},
		// é is 2 bytes, 1 unit.
		{"after é", "é = 1", 3, 2},
		{"two é", "éé x", 6, 4},
		// 日本 are 3 bytes each, 1 unit each.
		{"after 日本", `"日本" x`, 9, 5},
		// 😀 (U+1F600) is 4 bytes and a surrogate pair: 2 units.
		{"after emoji", "😀x", 5, 3},
		{"after emoji and text", `s = "😀"; run()`, 13, 11},
		{"mixed", `x = "é日本😀"; app.run(debug=True)`, 21, 14},
		{"mixed end", `x = "é日本😀"; app.run(debug=True)`, 40, 33},
		// Invalid UTF-8: each bad byte is one unit.
		{"lone 0xff", "\xffx", 2, 2},
		{"two bad bytes", "\xff\xfex", 3, 3},
		{"truncated 日", "\xe6\x97x", 3, 3},
		{"bad then astral", "\xff😀x", 6, 4},
		// Inside a multi-byte character: past it.
		{"inside é", "éx", 2, 2},
		{"inside 😀", "😀x", 3, 3},
		// Past the end: one unit per byte.
		{"past end ascii", "ab", 6, 6},
		{"past end after é", "é", 3, 2},
		{"past end after é by 3", "é", 6, 5},
		{"past end after emoji", "😀", 8, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := UTF16Column([]byte(tt.line), tt.byteCol); got != tt.want {
				t.Errorf("UTF16Column(%q, %d) = %d, want %d", tt.line, tt.byteCol, got, tt.want)
			}
		})
	}
}

func TestLineIndex(t *testing.T) {
	x := NewLineIndex([]byte("first\r\né second\n\n😀 last"))
	if x.Lines() != 4 {
		t.Fatalf("Lines() = %d, want 4", x.Lines())
	}
	for n, want := range map[int]string{1: "first", 2: "é second", 3: "", 4: "😀 last"} {
		got, ok := x.Line(n)
		if !ok || string(got) != want {
			t.Errorf("Line(%d) = %q, %v; want %q", n, got, ok, want)
		}
	}
	for _, n := range []int{0, -1, 5} {
		if _, ok := x.Line(n); ok {
			t.Errorf("Line(%d) reported ok", n)
		}
	}
	if got := x.UTF16Column(2, 4); got != 3 { // after "é "
		t.Errorf("UTF16Column(2, 4) = %d, want 3", got)
	}
	if got := x.UTF16Column(4, 6); got != 4 { // after "😀 "
		t.Errorf("UTF16Column(4, 6) = %d, want 4", got)
	}
	if got := x.UTF16Column(9, 7); got != 7 {
		t.Errorf("line out of range: UTF16Column(9, 7) = %d, want 7 (unchanged)", got)
	}
	// A trailing line break starts an empty last line.
	if n := NewLineIndex([]byte("a\n")).Lines(); n != 2 {
		t.Errorf("Lines() of \"a\\n\" = %d, want 2", n)
	}
}

func TestLineCache(t *testing.T) {
	reads := map[string]int{}
	c := NewLineCache(func(path string) ([]byte, error) {
		reads[path]++
		if path == "missing.py" {
			return nil, errors.New("no such file")
		}
		return []byte("x = 1\ny = \"日本\" + z\n"), nil
	})
	for range 3 {
		if got := c.UTF16Column("a.py", 2, 16); got != 12 { // z: byte column 16, unit column 12
			t.Errorf("UTF16Column(a.py, 2, 16) = %d, want 12", got)
		}
		if got := c.UTF16Column("missing.py", 2, 15); got != 15 {
			t.Errorf("unreadable file: got %d, want 15 (unchanged)", got)
		}
	}
	if reads["a.py"] != 1 || reads["missing.py"] != 1 {
		t.Errorf("each file should be read once, got %v", reads)
	}
	if c.Index("a.py") == nil || c.Index("missing.py") != nil {
		t.Error("Index: want lines for a.py and nil for missing.py")
	}

	nilRead := NewLineCache(nil)
	if got := nilRead.UTF16Column("a.py", 1, 4); got != 4 {
		t.Errorf("nil ReadFile: got %d, want 4 (unchanged)", got)
	}
}
