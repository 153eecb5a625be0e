package routeauth

import (
	"strconv"
	"strings"
	"sync"
	"unicode"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/routes"
)

// Kinds are the node kinds Extract and the analyzers read through File.Nodes; everything else is
// reached from them by field access or by iterative walks of bounded size.
var Kinds = []string{"decorated_definition", "function_definition", "class_definition", "call", "assignment", "augmented_assignment"}

// model is what one file tells about its applications, views and guards.
type model struct {
	mu   sync.Mutex // held by whoever uses the model: analyzers run concurrently on other files
	f    *python.File
	tree *sitter.Tree // the tree the model was built from
	rs   []*route     // the inventory, once built
	done bool

	funcs   map[string]*sitter.Node   // function definitions by name, module level first
	classes map[string]*sitter.Node   // class definitions by name, module level first
	values  map[string][]*sitter.Node // dotted name -> values assigned to it, in source order

	flask, fastapi, django, drf, otherWeb bool // what the file imports

	containers map[string]*container
	factCache  map[uintptr]*facts
	depCache   map[uintptr]depVerdict
	classCache map[uintptr]*classInfo
	decorated  map[uintptr]*sitter.Node // definition -> its decorated_definition
	// uncalled records the authentication decorator factories met applied without a call
	// (AV303), by node.
	uncalled map[uintptr]*sitter.Node

	drfDefaultDone  bool
	drfDefaultGuard *routes.Guard
	loginMWDone     bool
	loginMW         *routes.Guard // Django's LoginRequiredMiddleware, when listed in this file
	middlewareSet   bool          // this file sets MIDDLEWARE, or configures settings
	// external are the imported views this file's urlconf routes (project.go).
	external []externalView
}

func newModel(f *python.File) *model {
	m := &model{
		f: f, tree: f.Tree, funcs: map[string]*sitter.Node{}, classes: map[string]*sitter.Node{}, values: map[string][]*sitter.Node{},
		containers: map[string]*container{}, factCache: map[uintptr]*facts{}, depCache: map[uintptr]depVerdict{},
		classCache: map[uintptr]*classInfo{}, uncalled: map[uintptr]*sitter.Node{},
		decorated: map[uintptr]*sitter.Node{},
	}
	for _, full := range f.Imports {
		switch root, _, _ := strings.Cut(full, "."); {
		case root == "flask" || strings.HasPrefix(root, "flask_") || root == "werkzeug":
			m.flask = true
		case root == "fastapi":
			m.fastapi = true
		case root == "django":
			m.django = true
		case root == "rest_framework" || strings.HasPrefix(root, "rest_framework_"):
			m.drf, m.django = true, true
		case otherFrameworks[root]:
			m.otherWeb = true
		}
	}
	// Top-level statements and class members, read from the module and class bodies once:
	// Node.Parent walks down from the root, so asking it of every node would be quadratic.
	for _, dd := range f.Nodes("decorated_definition") {
		if def := python.Child(dd, "definition"); def != nil {
			m.decorated[def.Id()] = dd
		}
	}
	top, members := map[uintptr]bool{}, map[uintptr]bool{}
	markStatements(f.Root, top)
	for _, c := range f.Nodes("class_definition") {
		markStatements(python.Child(c, "body"), members)
	}
	for _, fn := range f.Nodes("function_definition") {
		if members[fn.Id()] {
			continue // a method
		}
		name := f.Text(python.Child(fn, "name"))
		if prev, ok := m.funcs[name]; name != "" && (!ok || !top[prev.Id()] && top[fn.Id()]) {
			m.funcs[name] = fn
		}
	}
	for _, c := range f.Nodes("class_definition") {
		name := f.Text(python.Child(c, "name"))
		if prev, ok := m.classes[name]; name != "" && (!ok || !top[prev.Id()] && top[c.Id()]) {
			m.classes[name] = c
		}
	}
	for _, a := range f.Nodes("assignment") {
		if members[a.Id()] {
			continue // a class attribute
		}
		left, v := python.Child(a, "left"), python.AssignedValue(a)
		if name := f.DottedName(left); name != "" && v != nil {
			m.values[name] = append(m.values[name], v)
		}
	}
	return m
}

// otherFrameworks are web frameworks whose `@app.route` is not Flask's.
var otherFrameworks = map[string]bool{
	"sanic": true, "bottle": true, "quart": true, "aiohttp": true, "tornado": true, "falcon": true,
	"litestar": true, "starlette": true, "pyramid": true, "cherrypy": true, "robyn": true,
}

// markStatements records the definitions and assignments that are statements of a block.
func markStatements(block *sitter.Node, set map[uintptr]bool) {
	if block == nil {
		return
	}
	for _, st := range namedChildren(block) {
		switch python.KindOf(st) {
		case "function_definition", "class_definition":
			set[st.Id()] = true
		case "decorated_definition":
			if def := python.Child(st, "definition"); def != nil {
				set[def.Id()] = true
			}
		case "expression_statement":
			if a := python.NamedChild(st, 0); a != nil && python.KindOf(a) == "assignment" {
				set[a.Id()] = true
			}
		}
	}
}

// namedChildren returns the named children of n but comments.
func namedChildren(n *sitter.Node) []*sitter.Node {
	ns := python.NamedChildren(n)
	out := ns[:0]
	for _, c := range ns {
		if python.KindOf(c) != "comment" {
			out = append(out, c)
		}
	}
	return out
}

// functionDecorators returns the decorators above a function or class definition.
func (m *model) functionDecorators(def *sitter.Node) []*sitter.Node {
	if dd := m.decorated[def.Id()]; dd != nil {
		return decoratorsOf(dd)
	}
	return nil
}

// funcNamed returns the function a name refers to in this file, or nil.
func (m *model) funcNamed(n *sitter.Node) *sitter.Node {
	n = python.Unparen(n)
	if n == nil || python.KindOf(n) != "identifier" {
		return nil
	}
	name := m.f.Text(n)
	if _, imported := m.f.Imports[name]; imported {
		return nil
	}
	return m.funcs[name]
}

// classNamed returns the class a name refers to in this file, or nil.
func (m *model) classNamed(n *sitter.Node) *sitter.Node {
	n = python.Unparen(n)
	if n == nil || python.KindOf(n) != "identifier" {
		return nil
	}
	name := m.f.Text(n)
	if _, imported := m.f.Imports[name]; imported {
		return nil
	}
	return m.classes[name]
}

// callValue returns the call a name was first assigned from (`auth = HTTPBasicAuth()`), or nil.
func (m *model) callValue(n *sitter.Node) *sitter.Node {
	d := m.f.DottedName(n)
	if d == "" {
		return nil
	}
	for _, v := range m.values[d] {
		if python.KindOf(v) == "call" {
			return v
		}
	}
	return nil
}

// libName returns the "root.Last" key of a qualified name ("flask_login.utils.login_required" ->
// "flask_login.login_required"), which the library tables use so that re-exports match.
func libName(q string) string {
	root, _, _ := strings.Cut(q, ".")
	return root + "." + lastSeg(q)
}

func lastSeg(d string) string { return d[strings.LastIndex(d, ".")+1:] }

// snake turns CamelCase into snake_case ("JWTBearer" -> "jwt_bearer") and lower-cases the rest.
func snake(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if unicode.IsUpper(r) {
			if i > 0 && rs[i-1] != '_' && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1]) ||
				i+1 < len(rs) && unicode.IsLower(rs[i+1])) {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// pathValue returns a route path argument: the literal, an f-string with its placeholders kept
// as written ("{API}/users"), or the expression in braces when it is computed.
func (m *model) pathValue(n *sitter.Node) string {
	n = python.Unparen(n)
	if n == nil {
		return ""
	}
	if s, ok := m.f.StringValue(n); ok {
		return s
	}
	if python.KindOf(n) == "string" {
		var b strings.Builder
		for i := uint(0); i < python.ChildCount(n); i++ {
			switch c := python.ChildAt(n, i); python.KindOf(c) {
			case "string_content", "escape_sequence":
				b.WriteString(m.f.Text(c))
			case "interpolation":
				b.WriteString("{" + strings.Trim(m.f.Text(c), "{}") + "}")
			}
		}
		return b.String()
	}
	return "{" + m.f.Text(n) + "}"
}

// methodList reads a literal list of HTTP methods (`methods=["GET", "POST"]`), also through a
// module-level name assigned such a list; ok is false when it cannot be read.
func (m *model) methodList(n *sitter.Node) ([]string, bool) {
	n = python.Unparen(n)
	if n != nil && python.KindOf(n) == "identifier" {
		if vs := m.values[m.f.Text(n)]; len(vs) > 0 {
			n = vs[0]
		}
	}
	items, ok := m.literalItems(n)
	if !ok {
		return nil, false
	}
	var out []string
	for _, it := range items {
		s, ok := m.f.StringValue(it)
		if !ok {
			return nil, false
		}
		out = appendMethod(out, strings.ToUpper(s))
	}
	return out, true
}

// literalItems returns the elements of a list, tuple or set literal.
func (m *model) literalItems(n *sitter.Node) ([]*sitter.Node, bool) {
	n = python.Unparen(n)
	if n == nil {
		return nil, false
	}
	switch python.KindOf(n) {
	case "list", "tuple", "set":
	default:
		return nil, false
	}
	return namedChildren(n), true
}

func appendMethod(ms []string, m string) []string {
	for _, x := range ms {
		if x == m {
			return ms
		}
	}
	return append(ms, m)
}

// methodOrder sorts methods the way people read them.
var methodOrder = map[string]int{"*": 0, "GET": 1, "HEAD": 2, "POST": 3, "PUT": 4, "PATCH": 5, "DELETE": 6, "OPTIONS": 7, "TRACE": 8}

func sortMethods(ms []string) []string {
	out := append([]string(nil), ms...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && rank(out[j]) < rank(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func rank(m string) int {
	if r, ok := methodOrder[m]; ok {
		return r
	}
	return 100
}

// isDenyStatus reports whether n is the status 401 or 403 (a literal, HTTPStatus.UNAUTHORIZED,
// status.HTTP_403_FORBIDDEN...).
func (m *model) isDenyStatus(n *sitter.Node) bool {
	n = python.Unparen(n)
	if n == nil {
		return false
	}
	switch python.KindOf(n) {
	case "integer":
		v, err := strconv.Atoi(m.f.Text(n))
		return err == nil && (v == 401 || v == 403)
	case "identifier", "attribute":
		switch lastSeg(m.f.DottedName(n)) {
		case "HTTP_401_UNAUTHORIZED", "HTTP_403_FORBIDDEN", "UNAUTHORIZED", "FORBIDDEN":
			return true
		}
	}
	return false
}

// walk visits the subtree of n in document order without recursion, at most limit nodes; visit
// returns whether to descend into a node.
func walk(n *sitter.Node, limit int, visit func(*sitter.Node) bool) { python.Walk(n, limit, visit) }

// walkLimit bounds the walk of one function or expression: hostile input cannot make a rule
// quadratic.
const walkLimit = 20000

func pos(n *sitter.Node) (line, col int) {
	p := python.StartPosition(n)
	return int(p.Row) + 1, int(p.Column) + 1
}

// guardAt builds a guard declared at node n.
func (m *model) guardAt(n *sitter.Node, name, kind, scope string) routes.Guard {
	line, _ := pos(n)
	return routes.Guard{Name: name, Kind: kind, Scope: scope, File: m.f.Path, Line: line}
}

// imported reports whether the head of a dotted name is bound by an import of this file.
func (m *model) imported(dotted string) bool {
	head, _, _ := strings.Cut(dotted, ".")
	_, ok := m.f.Imports[head]
	return dotted != "" && ok
}
