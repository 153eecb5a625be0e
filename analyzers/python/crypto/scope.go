package crypto

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// maxDepth bounds how far expressions and assignments are followed, so hostile input (deep
// nesting, long assignment chains, cycles such as a = b; b = a) cannot hang an analyzer.
const maxDepth = 6

// A binding is one assignment of a value to a plain name.
type binding struct {
	fn    *sitter.Node // innermost enclosing function, nil at module level
	value *sitter.Node // the assigned value; nil when it cannot be known (x += 1, a, b = f())
}

// scope indexes the assignments of one file to plain names, so a name can be followed to the
// one value it was given.
type scope struct {
	f     *python.File
	names map[string][]binding
}

// scopeKey names the file's scope among its shared models.
type scopeKey struct{}

func newScope(f *python.File, assignments, augmented []*sitter.Node) *scope {
	s := &scope{f: f, names: map[string][]binding{}}
	for _, a := range assignments {
		left := python.Child(a, "left")
		if left == nil {
			continue
		}
		fn := python.EnclosingFunction(a)
		switch python.KindOf(left) {
		case "identifier":
			name := f.Text(left)
			s.names[name] = append(s.names[name], binding{fn, python.AssignedValue(a)})
		case "pattern_list", "tuple_pattern", "list_pattern":
			// a, b = ...: the names are bound, to values we do not follow.
			for i := uint(0); i < python.NamedChildCount(left); i++ {
				if c := python.NamedChild(left, i); python.KindOf(c) == "identifier" {
					s.names[f.Text(c)] = append(s.names[f.Text(c)], binding{fn, nil})
				}
			}
		}
	}
	for _, a := range augmented {
		if left := python.Child(a, "left"); left != nil && python.KindOf(left) == "identifier" {
			s.names[f.Text(left)] = append(s.names[f.Text(left)], binding{python.EnclosingFunction(a), nil})
		}
	}
	return s
}

// value returns the one value the name id was given where id is used: in the innermost
// function that binds the name (as a parameter or by assignment) or else at module level. It
// returns nil when the name is a parameter, is assigned more than once or not at all, or is
// assigned something we do not follow. The binding is returned too.
func (s *scope) value(id *sitter.Node) (*sitter.Node, *binding) {
	if id == nil || python.KindOf(id) != "identifier" {
		return nil, nil
	}
	name := s.f.Text(id)
	bs := s.names[name]
	for fn := python.EnclosingFunction(id); fn != nil; fn = python.EnclosingFunction(fn) {
		if hasParam(s.f, fn, name) {
			return nil, nil
		}
		var in []binding
		for _, b := range bs {
			if b.fn != nil && b.fn.Id() == fn.Id() {
				in = append(in, b)
			}
		}
		if len(in) == 1 && in[0].value != nil {
			return in[0].value, &in[0]
		}
		if len(in) > 0 {
			return nil, nil
		}
	}
	var mod []binding
	for _, b := range bs {
		if b.fn == nil {
			mod = append(mod, b)
		}
	}
	if len(mod) == 1 && mod[0].value != nil {
		return mod[0].value, &mod[0]
	}
	return nil, nil
}

// reassigned reports whether the name id is assigned in the function that uses it.
func (s *scope) reassigned(id *sitter.Node) bool {
	fn := python.EnclosingFunction(id)
	if fn == nil {
		return false
	}
	for _, b := range s.names[s.f.Text(id)] {
		if b.fn != nil && b.fn.Id() == fn.Id() {
			return true
		}
	}
	return false
}

// params lists the parameter name nodes of a function definition.
func params(fn *sitter.Node) []*sitter.Node {
	ps := python.Child(fn, "parameters")
	if ps == nil {
		return nil
	}
	var out []*sitter.Node
	for i := uint(0); i < python.NamedChildCount(ps); i++ {
		p := python.NamedChild(ps, i)
		switch python.KindOf(p) {
		case "identifier":
			out = append(out, p)
		case "default_parameter", "typed_default_parameter":
			if n := python.Child(p, "name"); n != nil && python.KindOf(n) == "identifier" {
				out = append(out, n)
			}
		case "typed_parameter", "list_splat_pattern", "dictionary_splat_pattern":
			for j := uint(0); j < python.NamedChildCount(p); j++ {
				c := python.NamedChild(p, j)
				if python.KindOf(c) == "identifier" {
					out = append(out, c)
					break
				}
				if python.KindOf(c) == "list_splat_pattern" || python.KindOf(c) == "dictionary_splat_pattern" {
					if id := python.NamedChild(c, 0); id != nil && python.KindOf(id) == "identifier" {
						out = append(out, id)
					}
					break
				}
			}
		}
	}
	return out
}

func hasParam(f *python.File, fn *sitter.Node, name string) bool {
	for _, p := range params(fn) {
		if f.Text(p) == name {
			return true
		}
	}
	return false
}

// routeMethods are the decorator methods that declare an HTTP route in Flask, FastAPI,
// Starlette, Quart, Sanic and Django Ninja.
var routeMethods = map[string]bool{
	"route": true, "get": true, "post": true, "put": true, "patch": true, "delete": true,
	"api_route": true, "api_view": true,
}

// routeParam reports whether id is a parameter of a route handler (a function decorated with
// @app.post(...), @router.get(...), @bp.route(...), @api_view(...)): its value comes from the
// request (FastAPI binds the body model to it).
func routeParam(f *python.File, id *sitter.Node) bool {
	fn := python.EnclosingFunction(id)
	if fn == nil || !hasParam(f, fn, f.Text(id)) {
		return false
	}
	dd := python.Parent(fn)
	if dd == nil || python.KindOf(dd) != "decorated_definition" {
		return false
	}
	for i := uint(0); i < python.NamedChildCount(dd); i++ {
		d := python.NamedChild(dd, i)
		if python.KindOf(d) != "decorator" || python.NamedChildCount(d) == 0 {
			continue
		}
		e := python.Unparen(python.NamedChild(d, 0))
		if python.KindOf(e) == "call" {
			e = python.Callee(e)
		}
		name := f.DottedName(e)
		if routeMethods[name[strings.LastIndex(name, ".")+1:]] {
			return true
		}
	}
	return false
}

// resolved returns the qualified name of a name or attribute chain whose first segment is
// imported ("jwt.decode" after `import jwt`), or "". A local variable that happens to be called
// jwt (`jwt = JWTManager(app)`) does not resolve.
func resolved(f *python.File, n *sitter.Node) string {
	d := f.DottedName(n)
	if d == "" {
		return ""
	}
	head, _, _ := strings.Cut(d, ".")
	if _, ok := f.Imports[head]; !ok {
		return ""
	}
	return f.Resolve(d)
}

// builtin reports whether n is the builtin function name, not shadowed by an import.
func builtin(f *python.File, n *sitter.Node, names ...string) bool {
	n = python.Unparen(n)
	if n == nil || python.KindOf(n) != "identifier" {
		return false
	}
	t := f.Text(n)
	if _, imported := f.Imports[t]; imported {
		return false
	}
	for _, name := range names {
		if t == name {
			return true
		}
	}
	return false
}

// attrName returns the attribute of an attribute node (`decode` of `jwt.decode`), or "".
func attrName(f *python.File, n *sitter.Node) string {
	n = python.Unparen(n)
	if n == nil || python.KindOf(n) != "attribute" {
		return ""
	}
	return f.Text(python.Child(n, "attribute"))
}

// arg returns the positional argument i of a call, or else its keyword argument name.
func arg(f *python.File, call *sitter.Node, i int, name string) *sitter.Node {
	if name != "" {
		if v := f.KeywordArg(call, name); v != nil {
			return v
		}
	}
	if i >= 0 {
		if args := python.CallArgs(call); i < len(args) {
			return args[i]
		}
	}
	return nil
}

// hasSplat reports whether a call passes *args or **kwargs, which may hold any argument.
func hasSplat(call *sitter.Node) bool {
	args := python.Child(call, "arguments")
	if args == nil {
		return false
	}
	for i := uint(0); i < python.NamedChildCount(args); i++ {
		switch python.KindOf(python.NamedChild(args, i)) {
		case "list_splat", "dictionary_splat":
			return true
		}
	}
	return false
}

// isFalse reports whether n is the constant False or 0.
func isFalse(f *python.File, n *sitter.Node) bool {
	n = python.Unparen(n)
	if n == nil {
		return false
	}
	switch python.KindOf(n) {
	case "false":
		return true
	case "integer":
		return f.Text(n) == "0"
	}
	return false
}

// within reports whether n lies inside outer.
func within(n, outer *sitter.Node) bool {
	return python.StartByte(n) >= python.StartByte(outer) && python.EndByte(n) <= python.EndByte(outer)
}

// inAssert reports whether n is part of an assert statement.
func inAssert(n *sitter.Node) bool {
	for p := python.Parent(n); p != nil; p = python.Parent(p) {
		switch python.KindOf(p) {
		case "assert_statement":
			return true
		case "function_definition", "class_definition", "module":
			return false
		}
	}
	return false
}

// shorten returns s, cut to a readable length for a message.
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 48 {
		return s[:45] + "..."
	}
	return s
}
