package routeauth

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/routes"
)

// Flask-RESTful and Flask-RESTX (flask_restplus before it) register Resource classes on an Api,
// or on a Namespace of the Api, which is bound to a Flask app or blueprint: each HTTP-verb
// method of the class is a route at every path the class is registered with. Guards are the
// view decorators Flask already knows, attached in four more places: the Api's and the
// Namespace's `decorators=[...]` (every resource), the class's `method_decorators` (a list for
// every method, a dict by lower-case method name) and `decorators`, and the method itself.

// restContainers are the constructors of Apis and Namespaces, by "root_module.Class".
var restContainers = map[string]ckind{
	"flask_restful.Api":        restfulAPI,
	"flask_restx.Api":          restxAPI,
	"flask_restplus.Api":       restxAPI,
	"flask_restx.Namespace":    restxNS,
	"flask_restplus.Namespace": restxNS,
}

// restResources are the Resource base classes, by "root_module.Class", with the kind of Api
// they are registered on.
var restResources = map[string]ckind{
	"flask_restful.Resource":  restfulAPI,
	"flask_restx.Resource":    restxAPI,
	"flask_restplus.Resource": restxAPI,
}

// resourceVerbs are the Resource methods Flask's MethodView routes, in reading order.
var resourceVerbs = []string{"get", "head", "post", "put", "patch", "delete", "options"}

// restContainerFromCall builds the Api or Namespace a call creates (`Api(app, decorators=[...])`,
// `Namespace("users", path="/users")`, `api.namespace("users")`), or returns nil. d is the
// callee's dotted name and q that name resolved through the imports.
func (m *model) restContainerFromCall(name string, call *sitter.Node, d, q string) *container {
	f := m.f
	var kind ckind
	if m.imported(d) {
		kind = restContainers[libName(q)]
	}
	var parent *container
	if kind == 0 { // api.namespace("users", path="/users") creates the namespace and adds it
		callee := python.Unparen(python.Callee(call))
		if callee == nil || python.KindOf(callee) != "attribute" || f.Text(python.Child(callee, "attribute")) != "namespace" {
			return nil
		}
		recv := python.Child(callee, "object")
		parent = m.restContainer(recv)
		switch {
		case parent != nil && parent.kind == restxAPI:
		case parent == nil && len(m.values[f.DottedName(recv)]) == 0 && m.importsRestx():
			// `from app import api`: the Api, and what it adds to the path, are elsewhere.
		default:
			return nil
		}
		kind = restxNS
	}
	c := &container{name: name, kind: kind}
	args := python.CallArgs(call)
	switch kind {
	case restfulAPI, restxAPI:
		app := f.KeywordArg(call, "app")
		if app == nil && len(args) > 0 {
			app = args[0]
		}
		prefix := f.KeywordArg(call, "prefix")
		if prefix == nil && kind == restfulAPI && len(args) > 1 { // Api(app, prefix)
			prefix = args[1]
		}
		if given(prefix) {
			c.prefix = m.pathValue(prefix)
		}
		if given(app) {
			m.bindAPI(c, app)
		}
	case restxNS:
		c.prefix = m.namespacePath(call)
		if parent != nil {
			c.mounts = append(c.mounts, mount{parent: parent})
		}
	}
	c.guards, _, _ = m.decoratorGuards(f.KeywordArg(call, "decorators"), "router")
	return c
}

// namespacePath returns the path of a Namespace: path=, else "/" and its name; RESTX strips the
// trailing slash.
func (m *model) namespacePath(call *sitter.Node) string {
	f := m.f
	args := python.CallArgs(call)
	p := f.KeywordArg(call, "path")
	if p == nil && len(args) > 2 { // Namespace(name, description, path)
		p = args[2]
	}
	if given(p) {
		return strings.TrimRight(m.pathValue(p), "/")
	}
	name := f.KeywordArg(call, "name")
	if name == nil && len(args) > 0 {
		name = args[0]
	}
	if !given(name) {
		return ""
	}
	return strings.TrimRight("/"+strings.TrimLeft(m.pathValue(name), "/"), "/")
}

// bindAPI records that an Api serves its resources on the Flask app or blueprint app names
// (`Api(app)`, `Api(bp)`, `api.init_app(app)`).
func (m *model) bindAPI(api *container, app *sitter.Node) {
	host := m.containerFor(app, "flask")
	if host == nil {
		return
	}
	for _, mt := range api.mounts {
		if mt.parent == host {
			return // Api(app) and api.init_app(app) both
		}
	}
	api.mounts = append(api.mounts, mount{parent: host})
}

// restContainer returns the Api or Namespace an expression names when this file creates it, or
// nil.
func (m *model) restContainer(recv *sitter.Node) *container {
	d := m.f.DottedName(recv)
	if d == "" || len(m.values[d]) == 0 {
		return nil // defined elsewhere: containerFor would take it for a blueprint
	}
	if c := m.containerFor(recv, ""); c != nil && c.kind.rest() {
		return c
	}
	return nil
}

// registrationTarget returns the Api or Namespace a resource is registered on: the one this file
// creates, or for a receiver defined in another module (`from .extensions import api`), one that
// stands for it when the class itself is a resource of that kind of Api (cls is nil when the
// class is not defined here). It returns nil for registrations of other libraries (aiohttp's
// router.add_resource, a Resource class of another framework).
func (m *model) registrationTarget(recv, cls *sitter.Node, want func(ckind) bool) *container {
	if c := m.restContainer(recv); c != nil {
		if !want(c.kind) {
			return nil
		}
		return c
	}
	if cls == nil || recv == nil {
		return nil
	}
	kind, _ := m.resourceKind(m.classInfo(cls))
	if kind == 0 || !want(kind) {
		return nil
	}
	d := m.f.DottedName(recv)
	if d == "" {
		return &container{name: m.f.Text(recv), kind: kind}
	}
	if c, ok := m.containers[d]; ok && c != nil && c.kind.rest() {
		return c
	} else if ok {
		return &container{name: d, kind: kind} // the name is known as something else: keep it apart
	}
	c := &container{name: d, kind: kind}
	m.containers[d] = c
	return c
}

// resourceKind tells which kind of Api a class is a resource of, through its local bases, and
// whether it also inherits from a class defined in another module (which may carry
// method_decorators the file does not show).
func (m *model) resourceKind(ci *classInfo) (kind ckind, foreign bool) {
	for _, b := range ci.bases {
		if k := restResources[libName(b)]; k != 0 {
			kind = k
			continue
		}
		if b != "object" {
			foreign = true
		}
	}
	return kind, foreign
}

// decoratedResources reads the resources registered by a class decorator: Flask-RESTX's
// @ns.route("/x") and @api.route("/x"), Flask-RESTful's @api.resource("/x").
func (m *model) decoratedResources() []*reg {
	f := m.f
	var out []*reg
	for _, dd := range f.Nodes("decorated_definition") {
		cls := python.Child(dd, "definition")
		if cls == nil || python.KindOf(cls) != "class_definition" {
			continue
		}
		for _, d := range decoratorsOf(dd) {
			expr := python.Unparen(decoratorExpr(d))
			if expr == nil || python.KindOf(expr) != "call" {
				continue
			}
			callee := python.Unparen(python.Callee(expr))
			if callee == nil || python.KindOf(callee) != "attribute" {
				continue
			}
			var want func(ckind) bool
			switch f.Text(python.Child(callee, "attribute")) {
			case "route":
				want = func(k ckind) bool { return k == restxAPI || k == restxNS }
			case "resource":
				want = func(k ckind) bool { return k == restfulAPI }
			default:
				continue
			}
			c := m.registrationTarget(python.Child(callee, "object"), cls, want)
			if c == nil {
				continue
			}
			out = append(out, m.resourceRegs(c, cls, nil, d, m.urlArgs(python.CallArgs(expr)), f.KeywordArg(expr, "methods"))...)
		}
	}
	return out
}

// addResource reads `api.add_resource(Users, "/users", "/users/<int:id>", endpoint="users")`
// on an Api or a Namespace.
func (m *model) addResource(call, recv *sitter.Node) []*reg {
	args := python.CallArgs(call)
	if len(args) < 2 {
		return nil
	}
	cls := m.classNamed(args[0])
	c := m.registrationTarget(recv, cls, ckind.rest)
	if c == nil {
		return nil
	}
	return m.resourceRegs(c, cls, args[0], call, m.urlArgs(args[1:]), m.f.KeywordArg(call, "methods"))
}

// addNamespace reads `api.add_namespace(ns, path="/x")`: the namespace's resources are served
// by the Api, under path when it is given (it replaces the namespace's own).
func (m *model) addNamespace(call, recv *sitter.Node) {
	api := m.restContainer(recv)
	args := python.CallArgs(call)
	if api == nil || api.kind != restxAPI || len(args) == 0 {
		return
	}
	ns := m.restContainer(args[0])
	if ns == nil || ns.kind != restxNS {
		return
	}
	mt := mount{parent: api}
	p := m.f.KeywordArg(call, "path")
	if p == nil && len(args) > 1 {
		p = args[1]
	}
	if given(p) {
		mt.prefix, mt.hasPrefix = m.pathValue(p), true
	}
	for _, x := range ns.mounts {
		if x.parent == api {
			return
		}
	}
	ns.mounts = append(ns.mounts, mt)
}

// initApp reads `api.init_app(app)` on an Api created in this file.
func (m *model) initApp(call, recv *sitter.Node) {
	api := m.restContainer(recv)
	if api == nil || api.kind == restxNS {
		return
	}
	app := m.f.KeywordArg(call, "app")
	if args := python.CallArgs(call); app == nil && len(args) > 0 {
		app = args[0]
	}
	if given(app) {
		m.bindAPI(api, app)
	}
}

// urlArgs returns the paths of a registration.
func (m *model) urlArgs(args []*sitter.Node) []string {
	var out []string
	for _, a := range args {
		out = append(out, m.pathValue(a))
	}
	return out
}

// resourceRegs builds the routes of a Resource class registered on c at paths, registered at
// node at: one per HTTP-verb method and path, reported at the method. cls is nil when the class
// is defined in another module (clsExpr names it): its methods and guards are not visible here.
// methods is the registration's methods= argument, which limits the methods served.
func (m *model) resourceRegs(c *container, cls, clsExpr, at *sitter.Node, paths []string, methods *sitter.Node) []*reg {
	fw := c.kind.framework()
	var out []*reg
	if cls == nil {
		for _, p := range paths {
			out = append(out, &reg{c: c, framework: fw, path: p, methods: []string{"*"}, handler: m.f.Text(clsExpr), node: at, unknown: true})
		}
		return out
	}
	ci := m.classInfo(cls)
	kind, foreign := m.resourceKind(ci)
	_, hasMD := ci.attrs["method_decorators"]
	_, hasDecorators := ci.attrs["decorators"]
	// A resource whose Resource base is not seen (a project base class imported from another
	// module), or that mixes in such a class, may inherit method_decorators from it.
	unknown := kind == 0 || foreign && !hasMD && !hasDecorators
	classGuards, _, classBroken := m.classGuards(ci, restResource)
	var only []string
	limited := false
	if methods != nil {
		only, limited = m.methodList(methods)
	}
	for _, verb := range resourceVerbs {
		fn := ci.methods[verb]
		method := strings.ToUpper(verb)
		if fn == nil || limited && !contains(only, method) {
			continue
		}
		r := reg{c: c, framework: fw, methods: []string{method}, handler: ci.name + "." + verb, handlerFn: fn, node: fn,
			publicAs: ci.name, broken: classBroken}
		md, known, broken := m.methodDecorators(ci, verb)
		r.guards = append(append([]routes.Guard(nil), classGuards...), md...)
		r.unknown = unknown || !known
		r.broken = r.broken || broken
		for _, d := range m.functionDecorators(fn) {
			v := m.decorator(decoratorExpr(d), "route")
			switch {
			case v.guard != nil:
				r.guards = append(r.guards, *v.guard)
			case v.open:
				g := m.guardAt(d, m.f.Text(decoratorExpr(d)), "decorator", "route")
				g.AllowsAnyone = true
				r.guards = append(r.guards, g)
			}
			r.broken = r.broken || v.uncalled
		}
		m.handlerGuards(&r, fn)
		for _, p := range paths {
			rp := r
			rp.path = p
			out = append(out, &rp)
		}
	}
	return out
}

// methodDecorators reads a resource's method_decorators for one method: a list decorates every
// method, a dict the methods named by its keys (Flask-RESTful and RESTX look up
// request.method.lower(), so an upper-case key decorates nothing). known is false when the value
// cannot be read.
func (m *model) methodDecorators(ci *classInfo, verb string) (guards []routes.Guard, known, broken bool) {
	a, ok := ci.attrs["method_decorators"]
	if !ok {
		return nil, true, false
	}
	v := m.moduleValue(a.value)
	if v == nil || python.KindOf(v) != "dictionary" {
		return m.decoratorGuards(v, "route")
	}
	known = true
	for _, p := range namedChildren(v) {
		if python.KindOf(p) != "pair" {
			known = false // **others
			continue
		}
		k, ok := m.f.StringValue(python.Child(p, "key"))
		if !ok {
			known = false
			continue
		}
		if k != verb {
			continue
		}
		gs, ok, b := m.decoratorGuards(python.Child(p, "value"), "route")
		guards, broken = append(guards, gs...), broken || b
		known = known && ok
	}
	return guards, known, broken
}

// decoratorGuards reads a literal list of view decorators (`decorators=[auth.login_required]`,
// also through a module-level name assigned one): the guards among them, whether the list could
// be read, and whether a decorator factory in it is not called (AV303).
func (m *model) decoratorGuards(list *sitter.Node, scope string) (guards []routes.Guard, known, broken bool) {
	if list == nil {
		return nil, true, false
	}
	items, ok := m.literalItems(m.moduleValue(list))
	if !ok {
		return nil, false, false
	}
	for _, it := range items {
		v := m.decorator(it, scope)
		if v.guard != nil {
			guards = append(guards, *v.guard)
		}
		broken = broken || v.uncalled
	}
	return guards, true, broken
}

// moduleValue returns the value first assigned to a name, or n itself when it is not a name
// assigned in this file.
func (m *model) moduleValue(n *sitter.Node) *sitter.Node {
	n = python.Unparen(n)
	if n != nil && python.KindOf(n) == "identifier" {
		if vs := m.values[m.f.Text(n)]; len(vs) > 0 {
			return python.Unparen(vs[0])
		}
	}
	return n
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// importsRestx reports whether the file imports Flask-RESTX or Flask-RESTPlus.
func (m *model) importsRestx() bool {
	return m.f.ImportsModule("flask_restx") || m.f.ImportsModule("flask_restplus")
}

// given reports whether an optional argument is passed and not None.
func given(n *sitter.Node) bool {
	n = python.Unparen(n)
	return n != nil && python.KindOf(n) != "none"
}
