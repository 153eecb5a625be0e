package report

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// Findings count columns in bytes, as go/token and tree-sitter do; SARIF's default columnKind,
// and GitHub code scanning's, is utf16CodeUnits. Every byte→UTF-16 conversion goes through
// UTF16Column, so that the writers cannot disagree.

// UTF16Column converts the 1-based byte column byteCol on line (the line's bytes, without its
// line break) to the 1-based column in UTF-16 code units that SARIF expects.
//
//   - A character of the Basic Multilingual Plane counts as one unit, an astral one (emoji, rare
//     CJK) as two, and each byte of invalid UTF-8 as one (as a decoder substituting U+FFFD would).
//   - A byte column inside a multi-byte character maps past that character.
//   - A byte column past the end of the line extrapolates one unit per byte, so an end column
//     just after the last character (len(line)+1) becomes the line's length in units plus one.
//   - A column below 1 (unknown) is returned unchanged.
func UTF16Column(line []byte, byteCol int) int {
	if byteCol < 1 {
		return byteCol
	}
	target := byteCol - 1 // bytes before the column
	units, i := 0, 0
	for i < target && i < len(line) {
		r, size := utf8.DecodeRune(line[i:])
		if r == utf8.RuneError && size <= 1 {
			units++
			i++
			continue
		}
		units += utf16.RuneLen(r)
		i += size
	}
	if target > i {
		units += target - i
	}
	return units + 1
}

// LineIndex is one file's content split into lines once, for repeated column conversions.
type LineIndex struct {
	data   []byte
	starts []int // byte offset at which each line starts
}

// NewLineIndex splits content at "\n"; a "\r" before the "\n" is not part of the line.
func NewLineIndex(content []byte) *LineIndex {
	starts := make([]int, 1, 1+bytes.Count(content, []byte{'\n'}))
	for i, b := range content {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &LineIndex{data: content, starts: starts}
}

// Lines is the number of lines (a final line break starts an empty last line).
func (x *LineIndex) Lines() int { return len(x.starts) }

// Line returns the bytes of the 1-based line n without its line break, and false when n is out
// of range.
func (x *LineIndex) Line(n int) ([]byte, bool) {
	if n < 1 || n > len(x.starts) {
		return nil, false
	}
	start, end := x.starts[n-1], len(x.data)
	if n < len(x.starts) {
		end = x.starts[n] - 1 // the '\n'
	}
	l := x.data[start:end]
	l = bytes.TrimSuffix(l, []byte{'\r'})
	return l, true
}

// UTF16Column converts a 1-based byte column on the 1-based line to UTF-16 units; a line out
// of range leaves the column as it is.
func (x *LineIndex) UTF16Column(line, byteCol int) int {
	l, ok := x.Line(line)
	if !ok {
		return byteCol
	}
	return UTF16Column(l, byteCol)
}

// LineCache reads and splits each file at most once, on first use.
type LineCache struct {
	read  func(path string) ([]byte, error)
	files map[string]*LineIndex // nil entry: the file could not be read
}

// NewLineCache returns a cache that reads files with read; a nil read makes every conversion an
// identity (columns stay in bytes).
func NewLineCache(read func(path string) ([]byte, error)) *LineCache {
	return &LineCache{read: read, files: map[string]*LineIndex{}}
}

// Index returns the file's lines, or nil when it cannot be read.
func (c *LineCache) Index(path string) *LineIndex {
	if c == nil || c.read == nil {
		return nil
	}
	x, seen := c.files[path]
	if !seen {
		if data, err := c.read(path); err == nil {
			x = NewLineIndex(data)
		}
		c.files[path] = x
	}
	return x
}

// UTF16Column converts a 1-based byte column on a line of the file to UTF-16 units. When the
// file cannot be read, or the line does not exist, the column is returned unchanged.
func (c *LineCache) UTF16Column(path string, line, byteCol int) int {
	x := c.Index(path)
	if x == nil {
		return byteCol
	}
	return x.UTF16Column(line, byteCol)
}
