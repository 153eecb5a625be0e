package transport

import (
	"sort"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// bindingKinds are the node kinds the binding index reads; every analyzer of the package asks for
// them.
var bindingKinds = []string{
	"assignment", "augmented_assignment", "with_item", "for_statement", "function_definition",
	"class_definition", "call",
}

// withKinds returns bindingKinds plus the analyzer's own kinds.
func withKinds(kinds ...string) []string {
	out := append([]string(nil), bindingKinds...)
	for _, k := range kinds {
		dup := false
		for _, o := range out {
			dup = dup || o == k
		}
		if !dup {
			out = append(out, k)
		}
	}
	return out
}

// A bkey names a variable or attribute chain in one scope: a function (by node id), a class (for
// self.x, by node id) or the module (0).
type bkey struct {
	scope uintptr
	name  string
}

// A binding is one value given to a name; value is nil when it cannot be followed (a parameter,
// a loop variable, x += y, tuple unpacking).
type binding struct {
	site  *sitter.Node // the statement or clause that binds
	value *sitter.Node
}

// A mutation is one entry put into a dictionary-like value after it was made: d["K"] = v,
// d.update({"K": v}), d.update(K=v).
type mutation struct {
	key   string
	raw   string       // the key as written, for keyword checks
	node  *sitter.Node // the assignment, pair or keyword argument
	value *sitter.Node
}

// binder indexes, for one file, what each name is bound to and what is put into it afterwards,
// scope by scope. It follows Python's rule that assigning a name in a function makes it local to
// the whole function; names not bound in a function resolve in the enclosing functions, then at
// module level; self.x resolves over the whole class.
type binder struct {
	f         *python.File
	binds     map[bkey][]binding
	mutations map[bkey][]mutation
	locals    map[uintptr]map[string]bool // function -> names bound in it
	// funcs and classes are the file's function and class definitions in source order; the
	// enclosing ones of a node are found by byte range, without climbing parents (which
	// tree-sitter does from the root, quadratic in deeply nested code).
	funcs, classes *nest
}

// A nest is a list of definitions in source order with, for each, the innermost one that
// contains it: enough to find the definition around a node in logarithmic time plus its depth.
type nest struct {
	defs       []*sitter.Node
	start, end []uint
	parent     []int // -1 at the top
}

func newNest(defs []*sitter.Node) *nest {
	n := &nest{defs: defs, parent: make([]int, len(defs)), start: make([]uint, len(defs)), end: make([]uint, len(defs))}
	var stack []int
	for i, d := range defs {
		n.start[i] = python.StartByte(d)
		n.end[i] = python.EndByte(d)
		for len(stack) > 0 && n.end[stack[len(stack)-1]] < n.end[i] {
			stack = stack[:len(stack)-1]
		}
		n.parent[i] = -1
		if len(stack) > 0 {
			n.parent[i] = stack[len(stack)-1]
		}
		stack = append(stack, i)
	}
	return n
}

// binderKey names the file's binder among its shared models.
type binderKey struct{}

func newBinder(pass *python.Pass) *binder {
	f := pass.File
	assigns, augs := pass.Nodes("assignment"), pass.Nodes("augmented_assignment")
	fors, withs := pass.Nodes("for_statement"), pass.Nodes("with_item")
	defs := pass.Nodes("function_definition")
	b := &binder{
		f: f, binds: make(map[bkey][]binding, len(assigns)+len(augs)+len(fors)+len(withs)),
		mutations: map[bkey][]mutation{}, locals: make(map[uintptr]map[string]bool, len(defs)),
		funcs: newNest(defs), classes: newNest(pass.Nodes("class_definition")),
	}
	local := func(at *sitter.Node, name string) {
		if name == "" || strings.Contains(name, ".") {
			return
		}
		fn := b.enclosing(b.funcs, at)
		if fn == nil {
			return
		}
		m := b.locals[fn.Id()]
		if m == nil {
			m = map[string]bool{}
			b.locals[fn.Id()] = m
		}
		m[name] = true
	}
	// Pass 1: which names each function binds.
	for _, fn := range defs {
		params := python.Child(fn, "parameters")
		for i := uint(0); params != nil && i < python.NamedChildCount(params); i++ {
			if name := paramName(f, python.NamedChild(params, i)); name != "" {
				m := b.locals[fn.Id()]
				if m == nil {
					m = map[string]bool{}
					b.locals[fn.Id()] = m
				}
				m[name] = true
			}
		}
	}
	// The targets of each assignment, read once for both passes: assignment i binds
	// names[ends[i-1]:ends[i]].
	lefts := make([]*sitter.Node, len(assigns))
	ends := make([]int, len(assigns))
	names := make([]string, 0, len(assigns))
	for i, a := range assigns {
		lefts[i] = python.Child(a, "left")
		from := len(names)
		names = appendTargets(names, f, lefts[i])
		ends[i] = len(names)
		for _, t := range names[from:] {
			local(a, t)
		}
	}
	var buf []string
	for _, a := range augs {
		buf = appendTargets(buf[:0], f, python.Child(a, "left"))
		for _, t := range buf {
			local(a, t)
		}
	}
	for _, s := range fors {
		buf = appendTargets(buf[:0], f, python.Child(s, "left"))
		for _, t := range buf {
			local(s, t)
		}
	}
	for _, w := range withs {
		if _, target := withTarget(f, w); target != "" {
			local(w, target)
		}
	}
	// Pass 2: the bindings, in source order.
	for i, a := range assigns {
		left := lefts[i]
		if left == nil || python.Child(a, "right") == nil {
			continue
		}
		if python.KindOf(left) == "subscript" {
			b.addSubscript(a, left)
			continue
		}
		if name := f.DottedName(left); name != "" {
			b.add(a, name, python.AssignedValue(a))
			continue
		}
		from := 0
		if i > 0 {
			from = ends[i-1]
		}
		for _, t := range names[from:ends[i]] {
			b.add(a, t, nil)
		}
	}
	for _, a := range augs {
		buf = appendTargets(buf[:0], f, python.Child(a, "left"))
		for _, t := range buf {
			b.add(a, t, nil)
		}
	}
	for _, s := range fors {
		buf = appendTargets(buf[:0], f, python.Child(s, "left"))
		for _, t := range buf {
			b.add(s, t, nil)
		}
	}
	for _, w := range withs {
		if value, target := withTarget(f, w); target != "" {
			b.add(w, target, value)
		}
	}
	for _, call := range pass.Nodes("call") {
		b.addUpdate(call)
	}
	return b
}

// paramName returns the name a parameter binds.
func paramName(f *python.File, p *sitter.Node) string {
	switch python.KindOf(p) {
	case "identifier":
		return f.Text(p)
	case "default_parameter", "typed_default_parameter":
		return f.Text(python.Child(p, "name"))
	case "typed_parameter", "list_splat_pattern", "dictionary_splat_pattern":
		for i := uint(0); i < python.NamedChildCount(p); i++ {
			if c := python.NamedChild(p, i); python.KindOf(c) == "identifier" {
				return f.Text(c)
			}
		}
	}
	return ""
}

// appendTargets appends the plain names bound by an assignment target (a, a.b, a, b = ...,
// [a, *b] = ...) to out.
func appendTargets(out []string, f *python.File, left *sitter.Node) []string {
	if left == nil {
		return out
	}
	if name := f.DottedName(left); name != "" {
		return append(out, name)
	}
	switch python.KindOf(left) {
	case "pattern_list", "tuple_pattern", "list_pattern", "tuple", "list":
		for i := uint(0); i < python.NamedChildCount(left); i++ {
			c := python.NamedChild(left, i)
			if python.KindOf(c) == "list_splat_pattern" && python.NamedChildCount(c) > 0 {
				c = python.NamedChild(c, 0)
			}
			// One level only: nested unpacking binds names we simply leave unknown.
			if name := f.DottedName(c); name != "" {
				out = append(out, name)
			}
		}
	}
	return out
}

// withTarget returns the value and the name bound by `with value as name`.
func withTarget(f *python.File, w *sitter.Node) (*sitter.Node, string) {
	v := python.Child(w, "value")
	if v == nil || python.KindOf(v) != "as_pattern" || python.NamedChildCount(v) < 2 {
		return nil, ""
	}
	alias := python.Child(v, "alias")
	if alias == nil || python.NamedChildCount(alias) != 1 {
		return nil, ""
	}
	return python.Unparen(python.NamedChild(v, 0)), f.DottedName(python.NamedChild(alias, 0))
}

// scopeOf returns the scope in which name, used at node at, resolves.
func (b *binder) scopeOf(at *sitter.Node, name string) uintptr {
	head, _, _ := strings.Cut(name, ".")
	fn := b.enclosing(b.funcs, at)
	if head == "self" || head == "cls" {
		// self.x: the class around the method.
		if fn != nil {
			if c := b.enclosing(b.classes, fn); c != nil {
				return c.Id()
			}
		}
		return 0
	}
	for ; fn != nil; fn = b.enclosing(b.funcs, fn) {
		if b.locals[fn.Id()][head] {
			return fn.Id()
		}
	}
	return 0
}

// enclosing returns the innermost definition of defs that strictly contains n, or nil. It finds
// the last definition starting at or before n and climbs its containing definitions, without
// climbing tree-sitter parents (which walk down from the root: quadratic in deep code).
func (b *binder) enclosing(defs *nest, n *sitter.Node) *sitter.Node {
	start, end := python.StartByte(n), python.EndByte(n)
	i := sort.Search(len(defs.start), func(i int) bool { return defs.start[i] > start }) - 1
	for ; i >= 0; i = defs.parent[i] {
		d := defs.defs[i]
		if defs.end[i] >= end && d.Id() != n.Id() && (defs.start[i] < start || defs.end[i] > end) {
			return d
		}
	}
	return nil
}

func (b *binder) add(site *sitter.Node, name string, value *sitter.Node) {
	k := bkey{b.scopeOf(site, name), name}
	b.binds[k] = append(b.binds[k], binding{site: site, value: value})
}

// addSubscript records d["K"] = v as a mutation of d.
func (b *binder) addSubscript(a, left *sitter.Node) {
	name := b.f.DottedName(python.Child(left, "value"))
	sub := python.Child(left, "subscript")
	key, ok := b.f.StringValue(sub)
	if name == "" || !ok {
		return
	}
	k := bkey{b.scopeOf(a, name), name}
	b.mutations[k] = append(b.mutations[k], mutation{key: key, raw: b.f.Text(sub), node: a, value: python.AssignedValue(a)})
}

// addUpdate records d.update({...}) and d.update(K=v) as mutations of d.
func (b *binder) addUpdate(call *sitter.Node) {
	callee := python.Callee(call)
	if callee == nil || python.KindOf(callee) != "attribute" {
		return
	}
	method := b.f.Text(python.Child(callee, "attribute"))
	if method != "update" && method != "set" {
		return
	}
	name := b.f.DottedName(python.Child(callee, "object"))
	if name == "" {
		return
	}
	k := bkey{b.scopeOf(call, name), name}
	if method == "set" {
		// session.cookies.set("sessionid", value)
		if args := python.CallArgs(call); strings.HasSuffix(name, ".cookies") && len(args) >= 2 {
			key, _ := b.f.StringValue(args[0])
			b.mutations[k] = append(b.mutations[k], mutation{key: key, raw: b.f.Text(args[0]), node: call, value: args[1]})
		}
		return
	}
	for _, e := range entries(b.f, python.Child(call, "arguments"), 0) {
		b.mutations[k] = append(b.mutations[k], mutation{key: e.key, raw: e.raw, node: e.node, value: e.value})
	}
}

// An entry is one key and value of a dictionary literal, dict(...) call, list of pairs or
// keyword arguments.
type entry struct {
	key   string
	raw   string
	node  *sitter.Node
	value *sitter.Node
}

// entries lists the string-keyed entries of a dictionary literal, a dict(...) call, a list or
// tuple of pairs, or the keyword arguments and literal dictionaries of an argument list.
// Splats of literal dictionaries are opened; depth bounds the nesting.
func entries(f *python.File, n *sitter.Node, depth int) []entry {
	n = python.Unparen(n)
	if n == nil || depth > 4 {
		return nil
	}
	var out []entry
	switch python.KindOf(n) {
	case "dictionary":
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			c := python.NamedChild(n, i)
			switch python.KindOf(c) {
			case "pair":
				k := python.Child(c, "key")
				if key, ok := f.StringValue(k); ok {
					out = append(out, entry{key, f.Text(k), c, python.Child(c, "value")})
				}
			case "dictionary_splat":
				out = append(out, entries(f, python.NamedChild(c, 0), depth+1)...)
			}
		}
	case "list", "tuple":
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			c := python.Unparen(python.NamedChild(n, i))
			if c == nil || (python.KindOf(c) != "tuple" && python.KindOf(c) != "list") || python.NamedChildCount(c) != 2 {
				continue
			}
			k := python.NamedChild(c, 0)
			if key, ok := f.StringValue(k); ok {
				out = append(out, entry{key, f.Text(k), c, python.NamedChild(c, 1)})
			}
		}
	case "call":
		if f.QualifiedName(python.Callee(n)) == "dict" {
			out = append(out, entries(f, python.Child(n, "arguments"), depth+1)...)
		}
	case "argument_list":
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			c := python.NamedChild(n, i)
			switch python.KindOf(c) {
			case "keyword_argument":
				name := python.Child(c, "name")
				out = append(out, entry{f.Text(name), f.Text(name), c, python.Child(c, "value")})
			case "dictionary_splat":
				out = append(out, entries(f, python.NamedChild(c, 0), depth+1)...)
			case "dictionary":
				out = append(out, entries(f, c, depth+1)...)
			}
		}
	}
	return out
}

// bindings returns the bindings of name that reach node at: in the scope where name resolves,
// the last one before at when at lies in that same function or module (straight-line code),
// otherwise all of them.
func (b *binder) bindings(at *sitter.Node, name string) []binding {
	scope := b.scopeOf(at, name)
	all := b.binds[bkey{scope, name}]
	if len(all) <= 1 {
		return all
	}
	var atScope uintptr
	if fn := b.enclosing(b.funcs, at); fn != nil {
		atScope = fn.Id()
	}
	if atScope != scope {
		return all
	}
	var last []binding
	for _, bd := range all {
		if python.StartByte(bd.site) < python.StartByte(at) {
			last = []binding{bd}
		}
	}
	if last == nil {
		return all
	}
	return last
}

// value returns the one expression that name holds at node at, or nil.
func (b *binder) value(at *sitter.Node, name string) *sitter.Node {
	bs := b.bindings(at, name)
	if len(bs) != 1 {
		return nil
	}
	return bs[0].value
}

// mutationsOf returns what was put into the dictionary-like name after it was made.
func (b *binder) mutationsOf(at *sitter.Node, name string) []mutation {
	return b.mutations[bkey{b.scopeOf(at, name), name}]
}

// resolve follows n through names holding one known value, up to a few steps: the expression
// that n stands for.
func (b *binder) resolve(n *sitter.Node) *sitter.Node {
	n = python.Unparen(n)
	for range 4 {
		if n == nil {
			return nil
		}
		name := b.f.DottedName(n)
		if name == "" {
			return n
		}
		v := b.value(n, name)
		if v == nil {
			return n
		}
		n = python.Unparen(v)
	}
	return n
}
