package hardening

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// literal returns the value of a string literal whose text spells it out as it is (no escape
// sequence stands for a letter of it), so that what a keyword prefilter sees in the bytes of the
// file is what the analyzer matched.
func literal(f *python.File, n *sitter.Node) (string, bool) {
	v, ok := f.StringValue(n)
	if !ok || !strings.Contains(f.Text(n), v) {
		return "", false
	}
	return v, true
}

// kwarg returns the value of a keyword argument given by name (or through a literal `**{...}`
// whose key is spelled out), or nil.
func kwarg(f *python.File, call *sitter.Node, name string) *sitter.Node {
	v := f.KeywordArg(call, name)
	if v == nil {
		return nil
	}
	if p := python.Parent(v); p != nil && python.KindOf(p) == "pair" {
		if k, ok := literal(f, python.Child(p, "key")); !ok || k != name {
			return nil
		}
	}
	return v
}

// arg returns the argument at position pos, or else the keyword argument name (either may be
// absent: pos -1 or name ""), or nil.
func arg(f *python.File, call *sitter.Node, pos int, name string) *sitter.Node {
	if args := python.CallArgs(call); pos >= 0 && pos < len(args) {
		return args[pos]
	}
	if name == "" {
		return nil
	}
	return kwarg(f, call, name)
}

// hasOpaqueSplat reports whether a call passes `*args` or `**kwargs` that are not literals: an
// argument we look for may hide in them.
func hasOpaqueSplat(call *sitter.Node) bool {
	args := python.Child(call, "arguments")
	for i := uint(0); args != nil && i < python.NamedChildCount(args); i++ {
		a := python.NamedChild(args, i)
		switch python.KindOf(a) {
		case "list_splat":
			return true
		case "dictionary_splat":
			if d := python.Unparen(python.NamedChild(a, 0)); d == nil || python.KindOf(d) != "dictionary" {
				return true
			}
		}
	}
	return false
}

// isFalse reports whether n is the constant False (or 0).
func isFalse(f *python.File, n *sitter.Node) bool {
	n = python.Unparen(n)
	if n == nil {
		return false
	}
	switch python.KindOf(n) {
	case "false":
		return true
	case "integer":
		v, err := strconv.ParseInt(f.Text(n), 0, 64)
		return err == nil && v == 0
	}
	return false
}

// intValue returns the value of an integer literal, or of http.HTTPStatus / starlette / fastapi /
// rest_framework status constants that name their code (HTTP_500_INTERNAL_SERVER_ERROR).
func intValue(f *python.File, n *sitter.Node) (int, bool) {
	n = python.Unparen(n)
	if n == nil {
		return 0, false
	}
	if python.KindOf(n) == "integer" {
		v, err := strconv.Atoi(f.Text(n))
		return v, err == nil
	}
	name := f.QualifiedName(n)
	if name == "" {
		return 0, false
	}
	last := name[strings.LastIndex(name, ".")+1:]
	if m := statusConst.FindStringSubmatch(last); m != nil {
		v, _ := strconv.Atoi(m[1])
		return v, true
	}
	if strings.HasPrefix(name, "http.HTTPStatus.") {
		if v, ok := httpStatusNames[last]; ok {
			return v, true
		}
	}
	return 0, false
}

// statusConst matches starlette.status / fastapi.status / rest_framework.status names.
var statusConst = regexp.MustCompile(`^HTTP_([1-5][0-9][0-9])_[A-Z_]+$`)

// httpStatusNames are the http.HTTPStatus members the analyzers care to tell apart.
var httpStatusNames = map[string]int{
	"OK": 200, "CREATED": 201, "BAD_REQUEST": 400, "UNAUTHORIZED": 401, "FORBIDDEN": 403,
	"NOT_FOUND": 404, "CONFLICT": 409, "UNPROCESSABLE_ENTITY": 422, "INTERNAL_SERVER_ERROR": 500,
	"NOT_IMPLEMENTED": 501, "BAD_GATEWAY": 502, "SERVICE_UNAVAILABLE": 503, "GATEWAY_TIMEOUT": 504,
}

// walk visits n and its descendants in preorder, without recursion; visit returns false to skip
// a node's children. Tree-sitter recovers from syntax errors with ERROR nodes, which are walked
// like any other.
func walk(n *sitter.Node, visit func(*sitter.Node) bool) { python.Walk(n, 0, visit) }

// enclosingFunctionOrModule returns the innermost function around n, or the root at module level:
// the scope in which header settings and origin checks are grouped.
func enclosingFunctionOrModule(f *python.File, n *sitter.Node) *sitter.Node {
	if fn := python.EnclosingFunction(n); fn != nil {
		return fn
	}
	return f.Root
}

// within reports whether n lies inside outer.
func within(n, outer *sitter.Node) bool {
	return outer != nil && python.StartByte(n) >= python.StartByte(outer) && python.EndByte(n) <= python.EndByte(outer)
}

// devWords name settings modules and configuration classes meant for a developer's machine or
// the test suite (settings/dev.py, local_settings.py, class TestingConfig).
var devWords = map[string]bool{
	"dev": true, "develop": true, "development": true, "local": true, "test": true,
	"tests": true, "testing": true, "debug": true,
}

// devName reports whether a module or class name is a development or test one.
func devName(name string) bool {
	var words []string
	var cur []rune
	rs := []rune(name)
	for i, r := range rs {
		switch {
		case r == '_' || r == '-' || r == '.' || r == '/':
			words, cur = append(words, strings.ToLower(string(cur))), cur[:0]
			continue
		case i > 0 && r >= 'A' && r <= 'Z' && rs[i-1] >= 'a' && rs[i-1] <= 'z':
			words, cur = append(words, strings.ToLower(string(cur))), cur[:0]
		}
		cur = append(cur, r)
	}
	words = append(words, strings.ToLower(string(cur)))
	for _, w := range words {
		if devWords[w] {
			return true
		}
	}
	return false
}

// inDevContext reports whether n sits in a development or test settings module or
// configuration class.
func inDevContext(f *python.File, n *sitter.Node) bool {
	if devName(strings.TrimSuffix(filepath.Base(f.Path), ".py")) {
		return true
	}
	for p := python.Parent(n); p != nil; p = python.Parent(p) {
		if python.KindOf(p) == "class_definition" && devName(f.Text(python.Child(p, "name"))) {
			return true
		}
	}
	return false
}

// assignedOnce returns the value a plain name stands for where it is used: the one assignment
// of the name in the enclosing function or, when the function neither assigns it nor takes it
// as a parameter, the one assignment at module level (origins = [...] before
// app.add_middleware(CORSMiddleware, allow_origins=origins, ...)). Anything else is n itself.
func assignedOnce(f *python.File, n *sitter.Node) *sitter.Node {
	n = python.Unparen(n)
	if n == nil || python.KindOf(n) != "identifier" {
		return n
	}
	name := f.Text(n)
	var assigns []*sitter.Node
	for _, a := range f.Nodes("assignment") {
		if left := python.Unparen(python.Child(a, "left")); left != nil && python.KindOf(left) == "identifier" && f.Text(left) == name {
			assigns = append(assigns, a)
		}
	}
	if only := f.OnlyAssignment(n, name, assigns); only != nil {
		if v := python.AssignedValue(only); v != nil {
			return python.Unparen(v)
		}
	}
	return n
}
