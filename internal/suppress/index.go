package suppress

import (
	"go/ast"
	"go/token"
)

// Comment is a comment's text and where it starts in its file.
type Comment struct {
	Offset int // byte offset of the comment marker
	Line   int // 1-based
	Text   string
}

// FromComments builds a file's index from its comments; src is the file's content, used to tell a
// comment alone on its line (which also covers the next line) from a trailing one.
func FromComments(src []byte, comments []Comment) *Index {
	x := &Index{}
	for _, c := range comments {
		d, ok := Parse(c.Text)
		if !ok {
			continue
		}
		d.Line = c.Line
		d.Alone = aloneOnLine(src, c.Offset)
		x.Add(d)
	}
	return x
}

func aloneOnLine(src []byte, off int) bool {
	if off > len(src) {
		return false
	}
	for i := off - 1; i >= 0; i-- {
		switch src[i] {
		case '\n':
			return true
		case ' ', '\t', '\r', '\f':
		default:
			return false
		}
	}
	return true
}

// ForGo builds the index of a parsed Go file. src is the file's content.
func ForGo(fset *token.FileSet, f *ast.File, src []byte) *Index {
	var cs []Comment
	for _, g := range f.Comments {
		for _, c := range g.List {
			p := fset.Position(c.Slash)
			cs = append(cs, Comment{Offset: p.Offset, Line: p.Line, Text: c.Text})
		}
	}
	return FromComments(src, cs)
}
