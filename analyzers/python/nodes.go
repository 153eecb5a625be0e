package python

import (
	"strconv"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"
)

// Unparen strips parentheses around an expression.
func Unparen(n *sitter.Node) *sitter.Node {
	for n != nil && KindOf(n) == "parenthesized_expression" && NamedChildCount(n) == 1 {
		n = NamedChild(n, 0)
	}
	return n
}

// DottedName returns the dotted text of an identifier or attribute chain ("app.config.update"),
// or "" when n is anything else (a call, a subscript...).
func (f *File) DottedName(n *sitter.Node) string {
	if n == nil {
		return ""
	}
	// Analyzers ask for the same callees again and again; each answer costs several cgo calls.
	if d, ok := f.dotted[n.Id()]; ok {
		return d
	}
	d := f.dottedName(n)
	if f.dotted == nil {
		f.dotted = map[uintptr]string{}
	}
	f.dotted[n.Id()] = d
	return d
}

func (f *File) dottedName(n *sitter.Node) string {
	n = Unparen(n)
	if n == nil {
		return ""
	}
	if k := KindOf(n); k == "identifier" || k == "attribute" {
		// Most chains are written without spaces, comments or parentheses: their text is the
		// dotted name, shared with the source rather than joined from its parts.
		if t := f.Text(n); plainDotted(t) {
			return t
		}
	}
	return f.joinDotted(n)
}

// plainDotted reports whether t, the text of an identifier or attribute node, is its dotted
// name as written: identifiers (ASCII letters, digits and underscores, or any non-ASCII byte, not
// starting with a digit) separated by single dots. Anything else (spaces, comments, parentheses,
// a number as the object) is left to joinDotted.
func plainDotted(t string) bool {
	start := true
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '.':
			if start {
				return false
			}
			start = true
		case c >= '0' && c <= '9':
			if start {
				return false
			}
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c >= 0x80:
			start = false
		default:
			return false
		}
	}
	return !start
}

// joinDotted is dottedName read part by part from the tree.
func (f *File) joinDotted(n *sitter.Node) string {
	var parts []string
	for n = Unparen(n); n != nil; {
		switch KindOf(n) {
		case "identifier":
			parts = append(parts, f.Text(n))
			for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
				parts[i], parts[j] = parts[j], parts[i]
			}
			return strings.Join(parts, ".")
		case "attribute":
			parts = append(parts, f.Text(Child(n, "attribute")))
			n = Unparen(Child(n, "object"))
		default:
			return ""
		}
	}
	return ""
}

// Resolve rewrites the first segment of a dotted name through the file's imports:
// "logging.DEBUG" stays, "lg.DEBUG" becomes "logging.DEBUG" after `import logging as lg`, and
// "Flask" becomes "flask.Flask" after `from flask import Flask`.
func (f *File) Resolve(dotted string) string {
	head, rest, _ := strings.Cut(dotted, ".")
	if full, ok := f.Imports[head]; ok {
		if rest == "" {
			return full
		}
		return full + "." + rest
	}
	return dotted
}

// QualifiedName is Resolve(DottedName(n)), or "" when n is not a name.
func (f *File) QualifiedName(n *sitter.Node) string {
	d := f.DottedName(n)
	if d == "" {
		return ""
	}
	return f.Resolve(d)
}

// Callee returns the called expression of a call node.
func Callee(call *sitter.Node) *sitter.Node { return Child(call, "function") }

// CallArgs returns the positional arguments of a call, in order.
func CallArgs(call *sitter.Node) []*sitter.Node {
	args := Child(call, "arguments")
	if args == nil || KindOf(args) != "argument_list" {
		return nil
	}
	var out []*sitter.Node
	for i := uint(0); i < NamedChildCount(args); i++ {
		a := NamedChild(args, i)
		switch KindOf(a) {
		case "keyword_argument", "list_splat", "dictionary_splat", "comment":
			continue
		}
		out = append(out, a)
	}
	return out
}

// KeywordArg returns the value given to the keyword argument name, looking also into literal
// dictionaries splatted into the call (`**{"debug": True}`), or nil.
func (f *File) KeywordArg(call *sitter.Node, name string) *sitter.Node {
	args := Child(call, "arguments")
	if args == nil {
		return nil
	}
	var found *sitter.Node
	for i := uint(0); i < NamedChildCount(args); i++ {
		a := NamedChild(args, i)
		switch KindOf(a) {
		case "keyword_argument":
			if f.Text(Child(a, "name")) == name {
				found = Child(a, "value")
			}
		case "dictionary_splat":
			if d := Unparen(NamedChild(a, 0)); d != nil && KindOf(d) == "dictionary" {
				if v := f.DictValue(d, name); v != nil {
					found = v
				}
			}
		}
	}
	return found
}

// DictValue returns the value of the literal string key in a dictionary literal, or nil.
func (f *File) DictValue(dict *sitter.Node, key string) *sitter.Node {
	var found *sitter.Node
	for i := uint(0); i < NamedChildCount(dict); i++ {
		p := NamedChild(dict, i)
		if KindOf(p) != "pair" {
			continue
		}
		if k, ok := f.StringValue(Child(p, "key")); ok && k == key {
			found = Child(p, "value")
		}
	}
	return found
}

// IsTrue reports whether n is the constant True (or a non-zero integer literal, which Python
// treats alike in a flag).
func (f *File) IsTrue(n *sitter.Node) bool {
	n = Unparen(n)
	if n == nil {
		return false
	}
	switch KindOf(n) {
	case "true":
		return true
	case "integer":
		v, err := strconv.ParseInt(f.Text(n), 0, 64)
		return err == nil && v != 0
	}
	return false
}

// StringValue returns the value of a string literal without interpolation (implicit concatenation
// included), and whether n is one.
func (f *File) StringValue(n *sitter.Node) (string, bool) {
	n = Unparen(n)
	if n == nil {
		return "", false
	}
	switch KindOf(n) {
	case "concatenated_string":
		var b strings.Builder
		for i := uint(0); i < NamedChildCount(n); i++ {
			s, ok := f.StringValue(NamedChild(n, i))
			if !ok {
				return "", false
			}
			b.WriteString(s)
		}
		return b.String(), true
	case "string":
	default:
		return "", false
	}
	var b strings.Builder
	raw := false
	for i := uint(0); i < ChildCount(n); i++ {
		c := ChildAt(n, i)
		switch KindOf(c) {
		case "string_start":
			raw = strings.ContainsAny(f.Text(c), "rR")
		case "string_content":
			// Escape sequences are children of the content: copy the text between them as it
			// is and decode them (unless the string is raw).
			pos := StartByte(c)
			for j := uint(0); j < ChildCount(c); j++ {
				e := ChildAt(c, j)
				if KindOf(e) != "escape_sequence" {
					continue
				}
				b.Write(f.Src[pos:StartByte(e)])
				t := f.Text(e)
				if u, err := strconv.Unquote(`"` + t + `"`); err == nil && !raw {
					b.WriteString(u)
				} else {
					b.WriteString(t)
				}
				pos = EndByte(e)
			}
			b.Write(f.Src[pos:EndByte(c)])
		case "interpolation":
			return "", false
		}
	}
	return b.String(), true
}

// StringContent returns the node holding a string literal's content (without quotes and prefix),
// for precise positions; for anything else it returns n.
func StringContent(n *sitter.Node) *sitter.Node {
	if n != nil && KindOf(n) == "string" {
		for i := uint(0); i < NamedChildCount(n); i++ {
			if c := NamedChild(n, i); KindOf(c) == "string_content" {
				return c
			}
		}
	}
	return n
}

// EnclosingFunction returns the innermost function definition around n, or nil at module level.
func EnclosingFunction(n *sitter.Node) *sitter.Node {
	for p := Parent(n); p != nil; p = Parent(p) {
		if KindOf(p) == "function_definition" {
			return p
		}
	}
	return nil
}

// AtModuleLevel reports whether n is a statement outside any function or class body (it may sit
// under if/try/with blocks at module level).
func AtModuleLevel(n *sitter.Node) bool {
	for p := Parent(n); p != nil; p = Parent(p) {
		switch KindOf(p) {
		case "function_definition", "class_definition", "lambda":
			return false
		}
	}
	return true
}

// TakesParameter reports whether the function fn has a parameter called name (plain, typed,
// with a default, *args or **kwargs).
func (f *File) TakesParameter(fn *sitter.Node, name string) bool {
	params := Child(fn, "parameters")
	for i := uint(0); params != nil && i < NamedChildCount(params); i++ {
		p := NamedChild(params, i)
		switch KindOf(p) {
		case "default_parameter", "typed_default_parameter":
			p = Child(p, "name")
		case "typed_parameter", "list_splat_pattern", "dictionary_splat_pattern":
			p = NamedChild(p, 0)
		}
		if p != nil && KindOf(p) == "identifier" && f.Text(p) == name {
			return true
		}
	}
	return false
}

// OnlyAssignment returns the assignment of name that a use at node at sees, when it is the only
// one: the one assignment in at's function or, when that function neither assigns name nor
// takes it as a parameter, the one module-level assignment. assigns are the candidate
// assignments of name; nil when there is none or more than one.
func (f *File) OnlyAssignment(at *sitter.Node, name string, assigns []*sitter.Node) *sitter.Node {
	fn := EnclosingFunction(at)
	var local, module []*sitter.Node
	for _, a := range assigns {
		switch afn := EnclosingFunction(a); {
		case fn != nil && afn != nil && afn.Id() == fn.Id():
			local = append(local, a)
		case afn == nil && AtModuleLevel(a):
			module = append(module, a)
		}
	}
	switch {
	case len(local) == 1:
		return local[0]
	case len(local) > 1, fn != nil && f.TakesParameter(fn, name):
		return nil
	case len(module) == 1:
		return module[0]
	}
	return nil
}
