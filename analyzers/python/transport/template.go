package transport

import (
	"strconv"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// A part is a piece of a string value: constant text, or a hole for a value known only at run
// time.
type part struct {
	text string       // the constant text (escape sequences decoded)
	raw  string       // the source text it was read from, for checks that keywords must cover
	lit  *sitter.Node // the string_content node it was read from
	hole *sitter.Node // non-nil: a value computed at run time
}

// A tmpl is what a string expression evaluates to: constant text and holes, in order. The
// evaluation follows f-strings, implicit concatenation, `+`, `%` and str.format, str.join of a
// literal list, and names holding one known value.
type tmpl []part

// maxParts and maxSteps bound the evaluation of hostile input (deep nesting, names that double
// a string at each step).
const (
	maxParts  = 256
	maxSteps  = 512
	maxDepth  = 24
	maxFollow = 4
)

type evaluator struct {
	b     *binder
	steps int
}

func (b *binder) eval(n *sitter.Node) tmpl {
	e := &evaluator{b: b}
	return e.eval(n, 0, 0)
}

func holeOf(n *sitter.Node) tmpl { return tmpl{{hole: n}} }

func (e *evaluator) eval(n *sitter.Node, depth, follows int) tmpl {
	n = python.Unparen(n)
	e.steps++
	if n == nil || depth > maxDepth || e.steps > maxSteps {
		return holeOf(n)
	}
	f := e.b.f
	switch python.KindOf(n) {
	case "string":
		return e.str(n, depth, follows)
	case "concatenated_string":
		var out tmpl
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			out = out.add(e.eval(python.NamedChild(n, i), depth+1, follows)...)
		}
		return out
	case "binary_operator":
		switch op := python.Child(n, "operator"); {
		case op != nil && python.KindOf(op) == "+":
			// Walk the left spine iteratively: long a + b + c + ... chains stay flat.
			var operands []*sitter.Node
			cur := n
			for {
				operands = append(operands, python.Child(cur, "right"))
				l := python.Unparen(python.Child(cur, "left"))
				if l == nil || python.KindOf(l) != "binary_operator" {
					operands = append(operands, l)
					break
				}
				if o := python.Child(l, "operator"); o == nil || python.KindOf(o) != "+" || len(operands) > maxParts {
					operands = append(operands, l)
					break
				}
				cur = l
			}
			var out tmpl
			for i := len(operands) - 1; i >= 0; i-- {
				out = out.add(e.eval(operands[i], depth+1, follows)...)
			}
			return out
		case op != nil && python.KindOf(op) == "%":
			format := e.eval(python.Child(n, "left"), depth+1, follows)
			if !format.constant() {
				return holeOf(n)
			}
			return e.percent(format, python.Child(n, "right"), n, depth, follows)
		}
	case "call":
		callee := python.Callee(n)
		if callee == nil || python.KindOf(callee) != "attribute" {
			break
		}
		recv := e.eval(python.Child(callee, "object"), depth+1, follows)
		if !recv.constant() {
			break
		}
		switch f.Text(python.Child(callee, "attribute")) {
		case "format":
			return e.format(recv, n, depth, follows)
		case "join":
			args := python.CallArgs(n)
			if len(args) != 1 {
				break
			}
			list := python.Unparen(args[0])
			if list == nil || (python.KindOf(list) != "list" && python.KindOf(list) != "tuple") {
				break
			}
			var out tmpl
			for i := uint(0); i < python.NamedChildCount(list); i++ {
				if i > 0 {
					out = out.add(recv...)
				}
				out = out.add(e.eval(python.NamedChild(list, i), depth+1, follows)...)
			}
			return out
		}
	case "identifier", "attribute":
		if follows >= maxFollow {
			break
		}
		name := f.DottedName(n)
		if name == "" {
			break
		}
		if v := e.b.value(n, name); v != nil {
			return e.eval(v, depth+1, follows+1)
		}
	}
	return holeOf(n)
}

// add appends parts, merging nothing (each part keeps its source) but bounding the length.
func (t tmpl) add(ps ...part) tmpl {
	if len(t)+len(ps) > maxParts {
		return append(t, part{}) // an unknown rest
	}
	return append(t, ps...)
}

// isHole reports whether p stands for a value unknown until run time.
func (p part) isHole() bool { return p.lit == nil }

// constant reports whether t holds no hole.
func (t tmpl) constant() bool {
	for _, p := range t {
		if p.isHole() {
			return false
		}
	}
	return len(t) > 0
}

// text joins the constant text, writing each hole as "\x00".
func (t tmpl) text() string {
	var b strings.Builder
	for _, p := range t {
		if p.isHole() {
			b.WriteByte(0)
		} else {
			b.WriteString(p.text)
		}
	}
	return b.String()
}

// str evaluates a string literal, f-string interpolations included.
func (e *evaluator) str(n *sitter.Node, depth, follows int) tmpl {
	f := e.b.f
	var out tmpl
	for i := uint(0); i < python.ChildCount(n); i++ {
		c := python.ChildAt(n, i)
		switch python.KindOf(c) {
		case "string_content":
			out = out.add(part{text: decode(f, c, n), raw: f.Text(c), lit: c})
		case "interpolation":
			expr := python.Child(c, "expression")
			if python.Child(c, "type_conversion") != nil || python.Child(c, "format_specifier") != nil {
				out = out.add(part{hole: expr})
				continue
			}
			out = out.add(e.eval(expr, depth+1, follows)...)
		}
	}
	if len(out) == 0 {
		// An empty literal: constant empty text.
		out = tmpl{{lit: n}}
	}
	return out
}

// decode returns the value of a string_content node: escape sequences decoded unless the
// literal is raw, {{ and }} of f-strings undoubled.
func decode(f *python.File, c, str *sitter.Node) string {
	raw := false
	if s := python.ChildAt(str, 0); s != nil && python.KindOf(s) == "string_start" {
		raw = strings.ContainsAny(f.Text(s), "rR")
	}
	if python.NamedChildCount(c) == 0 || raw {
		return f.Text(c)
	}
	var b strings.Builder
	pos := python.StartByte(c)
	for i := uint(0); i < python.NamedChildCount(c); i++ {
		esc := python.NamedChild(c, i)
		b.Write(f.Src[pos:python.StartByte(esc)])
		t := f.Text(esc)
		switch python.KindOf(esc) {
		case "escape_interpolation":
			b.WriteString(t[:1])
		default:
			if u, err := strconv.Unquote(`"` + t + `"`); err == nil {
				b.WriteString(u)
			} else {
				b.WriteString(t)
			}
		}
		pos = python.EndByte(esc)
	}
	b.Write(f.Src[pos:python.EndByte(c)])
	return b.String()
}

// percent evaluates format % args: %s, %r, %d ... take the arguments in order, %(name)s takes
// them from a dictionary literal; a conversion with flags or a width other than %s is a hole.
func (e *evaluator) percent(format tmpl, right, whole *sitter.Node, depth, follows int) tmpl {
	f := e.b.f
	right = python.Unparen(right)
	var args []*sitter.Node
	var dict *sitter.Node
	switch {
	case right == nil:
		return holeOf(whole)
	case python.KindOf(right) == "tuple":
		for i := uint(0); i < python.NamedChildCount(right); i++ {
			args = append(args, python.NamedChild(right, i))
		}
	case python.KindOf(right) == "dictionary":
		dict = right
	default:
		args = []*sitter.Node{right}
	}
	var out tmpl
	next := 0
	for _, p := range format {
		s := p.text
		start := 0
		for i := 0; i < len(s); i++ {
			if s[i] != '%' {
				continue
			}
			if i+1 < len(s) && s[i+1] == '%' {
				out = out.add(part{text: s[start:i] + "%", raw: p.raw, lit: p.lit})
				i++
				start = i + 1
				continue
			}
			out = out.add(part{text: s[start:i], raw: p.raw, lit: p.lit})
			j := i + 1
			var arg *sitter.Node
			if j < len(s) && s[j] == '(' {
				end := strings.IndexByte(s[j:], ')')
				if end < 0 || dict == nil {
					return holeOf(whole)
				}
				arg = f.DictValue(dict, s[j+1:j+end])
				j += end + 1
			} else {
				if next >= len(args) {
					return holeOf(whole)
				}
				arg = args[next]
				next++
			}
			simple := true
			for j < len(s) && strings.IndexByte("#0- +.*0123456789hlL", s[j]) >= 0 {
				simple = false
				j++
			}
			if j >= len(s) {
				return holeOf(whole)
			}
			if simple && s[j] == 's' && arg != nil {
				out = out.add(e.eval(arg, depth+1, follows)...)
			} else {
				out = out.add(part{hole: arg})
			}
			start = j + 1
			i = j
		}
		out = out.add(part{text: s[start:], raw: p.raw, lit: p.lit})
	}
	return out
}

// format evaluates "...".format(args): {} and {0} take positional arguments, {name} keyword
// arguments; a field with a conversion, format spec or attribute access is a hole.
func (e *evaluator) format(format tmpl, call *sitter.Node, depth, follows int) tmpl {
	f := e.b.f
	args := python.CallArgs(call)
	var out tmpl
	next := 0
	for _, p := range format {
		s := p.text
		start := 0
		for i := 0; i < len(s); i++ {
			switch {
			case s[i] == '{' && i+1 < len(s) && s[i+1] == '{', s[i] == '}' && i+1 < len(s) && s[i+1] == '}':
				out = out.add(part{text: s[start : i+1], raw: p.raw, lit: p.lit})
				i++
				start = i + 1
			case s[i] == '{':
				end := strings.IndexByte(s[i:], '}')
				if end < 0 {
					return holeOf(call)
				}
				out = out.add(part{text: s[start:i], raw: p.raw, lit: p.lit})
				field := s[i+1 : i+end]
				var arg *sitter.Node
				switch n, err := strconv.Atoi(field); {
				case field == "":
					if next < len(args) {
						arg = args[next]
					}
					next++
				case err == nil:
					if n < len(args) {
						arg = args[n]
					}
				case strings.ContainsAny(field, "!:.["):
					arg = nil
				default:
					arg = f.KeywordArg(call, field)
				}
				if arg != nil && !strings.ContainsAny(field, "!:.[") {
					out = out.add(e.eval(arg, depth+1, follows)...)
				} else {
					out = out.add(part{hole: call})
				}
				i += end
				start = i + 1
			}
		}
		out = out.add(part{text: s[start:], raw: p.raw, lit: p.lit})
	}
	return out
}
