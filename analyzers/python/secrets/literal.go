package secrets

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// literal is the text of a string literal (plain, bytes, raw, f-string, or an implicit
// concatenation of them) as Python evaluates it. An f-string has one segment per run of constant
// text between interpolations; any other literal has exactly one segment, its value.
type literal struct {
	segments     []string
	interpolated bool
}

// value is the literal's value; ok is false for f-strings, whose value is known only at run time.
func (l literal) value() (string, bool) {
	if l.interpolated || len(l.segments) != 1 {
		return "", false
	}
	return l.segments[0], true
}

// readLiteral decodes a string or concatenated_string node. Escape sequences are decoded (the
// shared File.StringValue copies them verbatim: in tree-sitter-python they are children of
// string_content, not of string), so "\x67hp_…" is seen as the "ghp_…" Python runs. Adjacent
// constant parts of an implicit concatenation join into one segment: "ghp_" "aB3…" is one token.
func readLiteral(f *python.File, n *sitter.Node) literal {
	if v, ok := plainString(f, n); ok {
		return literal{segments: []string{v}}
	}
	var l literal
	var b strings.Builder
	flush := func() {
		l.segments = append(l.segments, b.String())
		b.Reset()
	}
	parts := []*sitter.Node{n}
	if python.KindOf(n) == "concatenated_string" {
		parts = namedChildren(n)
	}
	for _, s := range parts {
		if python.KindOf(s) != "string" {
			continue // a comment between the parts
		}
		raw, bytesLit := false, false
		for _, c := range children(s) {
			switch python.KindOf(c) {
			case "string_start":
				prefix := f.Text(c)
				raw = strings.ContainsAny(prefix, "rR")
				bytesLit = strings.ContainsAny(prefix, "bB")
			case "string_content":
				appendContent(&b, f, c, raw, bytesLit)
			case "interpolation":
				l.interpolated = true
				flush()
			}
		}
	}
	flush()
	return l
}

// plainString is the value of n when n is a string node plainValue can read; ok is false for
// anything else. It is readLiteral's answer without building a literal, for the callers that
// only want the value of a constant.
func plainString(f *python.File, n *sitter.Node) (string, bool) {
	if python.KindOf(n) != "string" {
		return "", false
	}
	return plainValue(f.Src[python.StartByte(n):python.EndByte(n)])
}

// plainValue reads the common literal from its bytes alone, without visiting its children (each
// visit is a cgo call): one complete string, not an f-string, and without escape sequences (or
// raw). ok is false for anything else, which the syntax tree then decodes.
func plainValue(src []byte) (string, bool) {
	i := 0
	raw := false
	for i < len(src) && src[i] != '"' && src[i] != '\'' {
		switch src[i] {
		case 'r', 'R':
			raw = true
		case 'b', 'B', 'u', 'U':
		default: // f, t (template strings) or anything unexpected
			return "", false
		}
		i++
	}
	if i == len(src) {
		return "", false
	}
	q := 1
	if len(src)-i >= 6 && src[i+1] == src[i] && src[i+2] == src[i] {
		q = 3
	}
	start, end := i+q, len(src)-q
	if end < start {
		return "", false
	}
	for j := end; j < len(src); j++ {
		if src[j] != src[i] { // unterminated: tree-sitter recovered without the closing quotes
			return "", false
		}
	}
	content := src[start:end]
	if !raw && bytes.IndexByte(content, '\\') >= 0 {
		return "", false
	}
	if len(content) == 0 {
		return "", true
	}
	// The value shares the source's bytes, as File.Text does: a file's source never changes
	// once parsed, and most literals are read only to be dismissed.
	return unsafe.String(&content[0], len(content)), true
}

// appendContent writes the value of a string_content node: its text with the escape sequences
// (its children) decoded.
func appendContent(b *strings.Builder, f *python.File, c *sitter.Node, raw, bytesLit bool) {
	pos := python.StartByte(c)
	for _, e := range namedChildren(c) {
		b.Write(f.Src[pos:python.StartByte(e)])
		text := f.Text(e)
		switch {
		case python.KindOf(e) == "escape_interpolation": // {{ or }} in an f-string
			b.WriteString(text[:1])
		case python.KindOf(e) == "escape_sequence" && !raw:
			b.WriteString(decodeEscape(text, bytesLit))
		default:
			b.WriteString(text)
		}
		pos = python.EndByte(e)
	}
	b.Write(f.Src[pos:python.EndByte(c)])
}

// decodeEscape decodes one Python escape sequence. Unknown or unsupported ones (\N{…}) are kept
// as written, as Python does for unknown escapes.
func decodeEscape(e string, bytesLit bool) string {
	if len(e) < 2 || e[0] != '\\' {
		return e
	}
	switch c := e[1]; c {
	case '\n', '\r': // line continuation inside the literal
		return ""
	case '\\', '\'', '"':
		return e[1:2]
	case 'a':
		return "\a"
	case 'b':
		return "\b"
	case 'f':
		return "\f"
	case 'n':
		return "\n"
	case 'r':
		return "\r"
	case 't':
		return "\t"
	case 'v':
		return "\v"
	case 'x', 'u', 'U':
		if c != 'x' && bytesLit {
			return e
		}
		v, err := strconv.ParseUint(e[2:], 16, 32)
		if err != nil {
			return e
		}
		return codeUnit(v, bytesLit)
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v, err := strconv.ParseUint(e[1:], 8, 32)
		if err != nil {
			return e
		}
		return codeUnit(v, bytesLit)
	}
	return e
}

// codeUnit renders v as a byte (bytes literals) or a code point (str literals).
func codeUnit(v uint64, bytesLit bool) string {
	if bytesLit {
		return string([]byte{byte(v)})
	}
	if v > utf8.MaxRune {
		return string(utf8.RuneError)
	}
	return string(rune(v))
}

// children and namedChildren list a node's children with one cursor walk: Node.Child(i) and
// NamedChild(i) cost O(i) each, so indexing a literal of many thousand parts would be quadratic.
func children(n *sitter.Node) []*sitter.Node { return listChildren(n, false) }

func namedChildren(n *sitter.Node) []*sitter.Node { return listChildren(n, true) }

func listChildren(n *sitter.Node, named bool) []*sitter.Node {
	if named {
		return python.NamedChildren(n)
	}
	return python.Children(n)
}
