package secrets

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// sinkMethods are the last names of the callSinks: a call named otherwise (as written: an
// imported name's alias is not resolved) is not followed.
var sinkMethods = func() map[string]bool {
	m := map[string]bool{}
	for qn := range callSinks {
		m[qn[strings.LastIndexByte(qn, '.')+1:]] = true
	}
	return m
}()

// sinkCall is a call whose callee, as written, ends with one of sinkMethods.
type sinkCall struct{ call, callee *sitter.Node }

// followSinks marks the literal a security API receives through a name assigned once:
//
//	SECRET = "…"                      # module level
//	def issue(p): return jwt.encode(p, SECRET, algorithm="HS256")
//
//	def sign(msg):
//	    key = "…"
//	    return hmac.new(key.encode(), msg, "sha256")
//
// The literal is reported once, where it is written, as if it were passed directly. A name
// assigned more than once, or a parameter of the function, may hold anything and is left alone.
func (c *collector) followSinks(calls []sinkCall) {
	f := c.f
	var assigns map[string][]*sitter.Node // by name: the assignments to it, in source order
	for _, sc := range calls {
		call, callee := sc.call, sc.callee
		s, ok := callSinks[f.QualifiedName(callee)]
		if !ok {
			continue
		}
		v := f.KeywordArg(call, s.keyword)
		if args := python.CallArgs(call); v == nil && s.pos >= 0 && s.pos < len(args) {
			v = args[s.pos]
		}
		v = keyExpr(f, v)
		if v == nil || python.KindOf(v) != "identifier" {
			continue
		}
		if assigns == nil {
			assigns = c.nameAssignments()
		}
		if lit := c.onlyLiteral(call, f.Text(v), assigns); lit != nil {
			c.setSink(lit, s.sink)
		}
	}
}

// keyExpr looks through what code does to a key on its way to the API: parentheses,
// key.encode() and bytes(key, "utf-8").
func keyExpr(f *python.File, v *sitter.Node) *sitter.Node {
	v = unparen(v)
	if v == nil || python.KindOf(v) != "call" {
		return v
	}
	callee := unparen(python.Callee(v))
	args := python.CallArgs(v)
	switch {
	case callee != nil && python.KindOf(callee) == "attribute" && identName(f, python.Child(callee, "attribute")) == "encode":
		return unparen(python.Child(callee, "object"))
	case callee != nil && f.Text(callee) == "bytes" && len(args) >= 1:
		return unparen(args[0])
	}
	return v
}

// nameAssignments indexes the assignments of the file by the plain name they assign.
func (c *collector) nameAssignments() map[string][]*sitter.Node {
	out := map[string][]*sitter.Node{}
	for _, a := range c.f.Nodes("assignment") {
		left := unparen(python.Child(a, "left"))
		if left != nil && python.KindOf(left) == "identifier" {
			name := c.f.Text(left)
			out[name] = append(out[name], a)
		}
	}
	return out
}

// onlyLiteral returns the string literal name stands for at call: the one assignment of name
// in the function holding the call or, when the function neither assigns it nor takes it as a
// parameter, the one module-level assignment of it.
func (c *collector) onlyLiteral(call *sitter.Node, name string, assigns map[string][]*sitter.Node) *sitter.Node {
	only := c.f.OnlyAssignment(call, name, assigns[name])
	if only == nil {
		return nil
	}
	if v := unparen(python.Child(only, "right")); isLiteral(v) {
		return v
	}
	return nil
}
