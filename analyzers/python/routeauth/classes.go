package routeauth

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// classInfo is a class with what it inherits from the classes of the same file.
type classInfo struct {
	node  *sitter.Node
	name  string
	chain []*sitter.Node // the class, then its local bases, depth first, left to right
	// bases are the dotted names (resolved through imports) of the bases not defined in this
	// file, anywhere in the chain.
	bases   []string
	methods map[string]*sitter.Node // name -> function_definition, the first in the chain wins
	attrs   map[string]classAttr    // class attribute -> its first assignment in the chain
	// decorators are the class decorators of the chain.
	decorators []*sitter.Node
}

type classAttr struct {
	value  *sitter.Node
	assign *sitter.Node
}

// maxChain bounds how many local classes a class's bases are followed through.
const maxChain = 32

func (m *model) classInfo(c *sitter.Node) *classInfo {
	if ci, ok := m.classCache[c.Id()]; ok {
		return ci
	}
	f := m.f
	ci := &classInfo{node: c, name: f.Text(python.Child(c, "name")), methods: map[string]*sitter.Node{}, attrs: map[string]classAttr{}}
	m.classCache[c.Id()] = ci
	seen := map[uintptr]bool{}
	queue := []*sitter.Node{c}
	for len(queue) > 0 && len(ci.chain) < maxChain {
		cur := queue[0]
		queue = queue[1:]
		if seen[cur.Id()] {
			continue
		}
		seen[cur.Id()] = true
		ci.chain = append(ci.chain, cur)
		ci.decorators = append(ci.decorators, m.functionDecorators(cur)...)
		m.readClassBody(ci, cur)
		for _, b := range positional(python.Child(cur, "superclasses")) {
			d := f.DottedName(b)
			if d == "" {
				continue
			}
			if local := m.classNamed(b); local != nil && local.Id() != cur.Id() {
				queue = append(queue, local)
				continue
			}
			ci.bases = append(ci.bases, f.Resolve(d))
		}
	}
	return ci
}

// positional returns the positional arguments of an argument list (a call's or a class's bases).
func positional(args *sitter.Node) []*sitter.Node {
	if args == nil || python.KindOf(args) != "argument_list" {
		return nil
	}
	var out []*sitter.Node
	for _, a := range namedChildren(args) {
		switch python.KindOf(a) {
		case "keyword_argument", "list_splat", "dictionary_splat":
		default:
			out = append(out, a)
		}
	}
	return out
}

func (m *model) readClassBody(ci *classInfo, c *sitter.Node) {
	for _, st := range namedChildren(python.Child(c, "body")) {
		switch python.KindOf(st) {
		case "decorated_definition":
			if def := python.Child(st, "definition"); def != nil && python.KindOf(def) == "function_definition" {
				m.addMethod(ci, def)
			}
		case "function_definition":
			m.addMethod(ci, st)
		case "expression_statement":
			a := python.NamedChild(st, 0)
			if a == nil || python.KindOf(a) != "assignment" {
				continue
			}
			if l := python.Child(a, "left"); l != nil && python.KindOf(l) == "identifier" {
				name := m.f.Text(l)
				if _, ok := ci.attrs[name]; !ok {
					ci.attrs[name] = classAttr{value: python.AssignedValue(a), assign: a}
				}
			}
		}
	}
}

func (m *model) addMethod(ci *classInfo, fn *sitter.Node) {
	name := m.f.Text(python.Child(fn, "name"))
	if _, ok := ci.methods[name]; !ok && name != "" {
		ci.methods[name] = fn
	}
}

// decoratorsOf returns the decorator nodes of a decorated definition, top to bottom.
func decoratorsOf(dd *sitter.Node) []*sitter.Node {
	var out []*sitter.Node
	for _, c := range namedChildren(dd) {
		if python.KindOf(c) == "decorator" {
			out = append(out, c)
		}
	}
	return out
}

// decoratorExpr returns the expression of a decorator node.
func decoratorExpr(d *sitter.Node) *sitter.Node {
	if cs := namedChildren(d); len(cs) > 0 {
		return cs[0]
	}
	return nil
}

// baseNamed reports whether one of the class's non-local bases ends with one of names, and
// comes from root (when root is not empty).
func (ci *classInfo) baseNamed(root string, names ...string) string {
	for _, b := range ci.bases {
		if root != "" {
			r, _, _ := strings.Cut(b, ".")
			if r != root && !strings.HasPrefix(r, root+"_") {
				continue
			}
		}
		for _, n := range names {
			if lastSeg(b) == n {
				return n
			}
		}
	}
	return ""
}
