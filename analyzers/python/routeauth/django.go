package routeauth

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/routes"
)

// wrapped is a view expression with the wrappers around it taken off.
type wrapped struct {
	target  *sitter.Node
	guards  []routes.Guard
	methods []string // from require_POST(view), require_http_methods([...])(view)
	broken  bool
	// loginExempt: login_not_required(view), exempt from LoginRequiredMiddleware.
	loginExempt bool
}

// maxWrappers bounds how many wrappers are taken off a view.
const maxWrappers = 8

// unwrapView takes guards and method restrictions off a view expression:
// login_required(views.orders), permission_required("shop.change_order")(OrderUpdate.as_view()),
// csrf_exempt(webhook).
func (m *model) unwrapView(view *sitter.Node) wrapped {
	var w wrapped
	n := python.Unparen(view)
	for i := 0; i < maxWrappers && n != nil && python.KindOf(n) == "call"; i++ {
		callee := python.Unparen(python.Callee(n))
		if callee == nil {
			break
		}
		if python.KindOf(callee) == "attribute" && m.f.Text(python.Child(callee, "attribute")) == "as_view" {
			break
		}
		args := python.CallArgs(n)
		if len(args) != 1 {
			break
		}
		if ms, ok := m.methodDecorator(callee); ok {
			w.methods = ms
		} else {
			v := m.decorator(callee, "route")
			if v.guard != nil {
				w.guards = append(w.guards, *v.guard)
			}
			w.broken = w.broken || v.uncalled
			w.loginExempt = w.loginExempt || v.loginExempt
		}
		n = python.Unparen(args[0])
	}
	w.target = n
	return w
}

// methodDecorator reads Django's method restrictions: require_POST, require_GET, require_safe,
// require_http_methods([...]).
func (m *model) methodDecorator(expr *sitter.Node) ([]string, bool) {
	expr = python.Unparen(expr)
	if expr == nil {
		return nil, false
	}
	if python.KindOf(expr) == "call" {
		if lastSeg(m.f.DottedName(python.Callee(expr))) == "require_http_methods" {
			if args := python.CallArgs(expr); len(args) > 0 {
				if l, ok := m.methodList(args[0]); ok {
					return l, true
				}
			}
			return []string{"*"}, true
		}
		return nil, false
	}
	switch lastSeg(m.f.DottedName(expr)) {
	case "require_POST":
		return []string{"POST"}, true
	case "require_GET":
		return []string{"GET"}, true
	case "require_safe":
		return []string{"GET", "HEAD"}, true
	}
	return nil, false
}

// asView returns the class of `Cls.as_view(...)` when the class is defined in this file, and
// the as_view call.
func (m *model) asView(n *sitter.Node) (*sitter.Node, *sitter.Node) {
	n = python.Unparen(n)
	if n == nil || python.KindOf(n) != "call" {
		return nil, nil
	}
	callee := python.Unparen(python.Callee(n))
	if callee == nil || python.KindOf(callee) != "attribute" || m.f.Text(python.Child(callee, "attribute")) != "as_view" {
		return nil, nil
	}
	return m.classNamed(python.Child(callee, "object")), n
}

// viewPart is the part of a class-based view whose methods share the same guards.
type viewPart struct {
	handler string
	methods []string
	guards  []routes.Guard
	unknown bool
	broken  bool
}

// httpMethods are the handler method names of Flask MethodView, Django View and DRF APIView.
var httpMethods = []string{"get", "post", "put", "patch", "delete"}

// viewsetActions maps DRF viewset actions to their HTTP method and whether they are detail
// routes.
var viewsetActions = []struct {
	name, method string
	detail       bool
}{
	{"list", "GET", false}, {"create", "POST", false}, {"retrieve", "GET", true},
	{"update", "PUT", true}, {"partial_update", "PATCH", true}, {"destroy", "DELETE", true},
}

// drfBaseActions are the actions DRF's viewsets and mixins provide.
var drfBaseActions = map[string][]string{
	"ModelViewSet":         {"list", "create", "retrieve", "update", "partial_update", "destroy"},
	"ReadOnlyModelViewSet": {"list", "retrieve"},
	"CreateModelMixin":     {"create"},
	"ListModelMixin":       {"list"},
	"RetrieveModelMixin":   {"retrieve"},
	"UpdateModelMixin":     {"update", "partial_update"},
	"DestroyModelMixin":    {"destroy"},
}

// drfGenericMethods are the methods of DRF's generic views and Django's generic views.
var drfGenericMethods = map[string][]string{
	"CreateAPIView": {"POST"}, "ListAPIView": {"GET"}, "RetrieveAPIView": {"GET"}, "DestroyAPIView": {"DELETE"},
	"UpdateAPIView": {"PUT", "PATCH"}, "ListCreateAPIView": {"GET", "POST"}, "RetrieveUpdateAPIView": {"GET", "PUT", "PATCH"},
	"RetrieveDestroyAPIView": {"GET", "DELETE"}, "RetrieveUpdateDestroyAPIView": {"GET", "PUT", "PATCH", "DELETE"},
}

var djangoGenericMethods = map[string][]string{
	"CreateView": {"GET", "POST"}, "UpdateView": {"GET", "POST"}, "DeleteView": {"GET", "POST"}, "FormView": {"GET", "POST"},
	"ListView": {"GET"}, "DetailView": {"GET"}, "TemplateView": {"GET"}, "RedirectView": {"GET"},
	"LoginView": {"GET", "POST"}, "LogoutView": {"POST"}, "PasswordChangeView": {"GET", "POST"},
}

// viewKind is what framework a class-based view belongs to.
type viewKind int

const (
	notView viewKind = iota
	flaskView
	djangoView
	drfView
	drfViewSet
	restResource // a Flask-RESTful or Flask-RESTX Resource (restful.go)
)

func (m *model) viewKindOf(ci *classInfo) viewKind {
	kind := notView
	for _, b := range ci.bases {
		root, _, _ := strings.Cut(b, ".")
		last := lastSeg(b)
		drf := root == "rest_framework" || strings.HasPrefix(root, "rest_framework_")
		switch {
		case drf && (strings.HasSuffix(last, "ViewSet") || last == "ViewSetMixin"):
			return drfViewSet
		case drf && (strings.HasSuffix(last, "APIView") || drfGenericMethods[last] != nil):
			kind = drfView
		case kind == notView && root == "flask" && (last == "MethodView" || last == "View"):
			kind = flaskView
		case kind == notView && root == "django" && (last == "View" || djangoGenericMethods[last] != nil):
			kind = djangoView
		case kind == notView && restResources[libName(b)] != 0:
			kind = restResource
		}
	}
	return kind
}

// classView analyses a class-based view of this file: its methods and its guards, split where
// methods carry guards of their own.
func (m *model) classView(cls *sitter.Node) []viewPart {
	ci := m.classInfo(cls)
	kind := m.viewKindOf(ci)
	var methods []string
	switch kind {
	case drfViewSet:
		for _, a := range m.viewsetActions(ci) {
			for _, va := range viewsetActions {
				if va.name == a {
					methods = appendMethod(methods, va.method)
				}
			}
		}
	default:
		for _, b := range ci.bases {
			for _, ms := range [][]string{drfGenericMethods[lastSeg(b)], djangoGenericMethods[lastSeg(b)]} {
				for _, x := range ms {
					methods = appendMethod(methods, x)
				}
			}
		}
		for _, hm := range httpMethods {
			if ci.methods[hm] != nil {
				methods = appendMethod(methods, strings.ToUpper(hm))
			}
		}
		if a, ok := ci.attrs["methods"]; ok && kind == flaskView {
			if l, ok := m.methodList(a.value); ok {
				methods = l
			}
		}
	}
	methods = m.restrictMethods(ci, methods)
	if len(methods) == 0 {
		methods = []string{"GET"}
	}
	guards, unknown, broken := m.classGuards(ci, kind)
	// Methods with guards of their own (a decorated post) are split from the others.
	var parts []viewPart
	byKey := map[string]int{}
	for _, meth := range methods {
		var own []routes.Guard
		mbroken := false
		if kind == restResource { // Users.as_view("users") in add_url_rule
			md, _, b := m.methodDecorators(ci, strings.ToLower(meth))
			own, mbroken = append(own, md...), b
		}
		if fn := ci.methods[strings.ToLower(meth)]; fn != nil && kind != drfViewSet {
			for _, d := range m.functionDecorators(fn) {
				expr := decoratorExpr(d)
				v := m.decorator(expr, "route")
				if v.guard != nil {
					own = append(own, *v.guard)
				}
				mbroken = mbroken || v.uncalled
			}
		}
		key := ""
		for _, g := range own {
			key += g.Name + ";"
		}
		if mbroken {
			key += "!"
		}
		if i, ok := byKey[key]; ok {
			parts[i].methods = append(parts[i].methods, meth)
			continue
		}
		byKey[key] = len(parts)
		parts = append(parts, viewPart{handler: ci.name, methods: []string{meth},
			guards: append(append([]routes.Guard(nil), guards...), own...), unknown: unknown && len(own) == 0, broken: broken || mbroken})
	}
	return parts
}

// restrictMethods applies http_method_names.
func (m *model) restrictMethods(ci *classInfo, methods []string) []string {
	a, ok := ci.attrs["http_method_names"]
	if !ok {
		return methods
	}
	allowed, ok := m.methodList(a.value)
	if !ok {
		return methods
	}
	var out []string
	for _, x := range methods {
		for _, y := range allowed {
			if x == y {
				out = append(out, x)
			}
		}
	}
	return out
}

// viewsetActions lists the standard actions a viewset provides.
func (m *model) viewsetActions(ci *classInfo) []string {
	var out []string
	add := func(a string) {
		for _, x := range out {
			if x == a {
				return
			}
		}
		out = append(out, a)
	}
	for _, b := range ci.bases {
		for _, a := range drfBaseActions[lastSeg(b)] {
			add(a)
		}
	}
	for _, va := range viewsetActions {
		if ci.methods[va.name] != nil {
			add(va.name)
		}
	}
	return out
}

// classGuards reads the guards of a class-based view: DRF permission_classes (own or inherited
// in this file, else the project default), Django's LoginRequiredMixin and friends,
// method_decorator on the class or its dispatch, the decorators list of a Flask MethodView or a
// Flask-RESTful/RESTX Resource.
func (m *model) classGuards(ci *classInfo, kind viewKind) (guards []routes.Guard, unknown, broken bool) {
	for _, b := range ci.bases {
		if s := snake(lastSeg(b)); strings.HasSuffix(s, "_mixin") && m.isGuardName(lastSeg(b)) {
			guards = append(guards, m.guardAt(ci.node, lastSeg(b), "mixin", "route"))
		}
	}
	for _, d := range ci.decorators {
		if v := m.decorator(decoratorExpr(d), "route"); v.guard != nil {
			guards = append(guards, *v.guard)
		}
	}
	if fn := ci.methods["dispatch"]; fn != nil {
		for _, d := range m.functionDecorators(fn) {
			if v := m.decorator(decoratorExpr(d), "route"); v.guard != nil {
				guards = append(guards, *v.guard)
			}
		}
	}
	if a, ok := ci.attrs["decorators"]; ok && (kind == flaskView || kind == restResource) {
		gs, _, b := m.decoratorGuards(a.value, "route")
		guards, broken = append(guards, gs...), broken || b
	}
	if kind == drfView || kind == drfViewSet {
		if ci.methods["get_permissions"] != nil {
			return guards, true, broken // decided at run time
		}
		if a, ok := ci.attrs["permission_classes"]; ok {
			pg, known := m.permissionList(a.value, a.assign, "route")
			if !known {
				return guards, true, broken
			}
			return append(guards, pg...), false, broken
		}
		if g, ok := m.drfDefault(); ok {
			return append(guards, g), false, broken
		}
		return guards, len(guards) == 0, broken
	}
	return guards, false, broken
}

// permissionList reads a DRF permission list: the permissions it names, or one AllowsAnyone
// guard when it is empty or only allows anyone. known is false when the list is computed.
func (m *model) permissionList(value, at *sitter.Node, scope string) (guards []routes.Guard, known bool) {
	value = python.Unparen(value)
	if value != nil && python.KindOf(value) == "identifier" {
		if vs := m.values[m.f.Text(value)]; len(vs) > 0 {
			value = vs[0]
		}
	}
	items, ok := m.literalItems(value)
	if !ok {
		return nil, false
	}
	var open []string
	for _, it := range items {
		if m.allowAny(it) {
			open = append(open, strings.Join(strings.Fields(m.f.Text(it)), " "))
			continue
		}
		guards = append(guards, m.guardAt(it, strings.Join(strings.Fields(m.f.Text(it)), " "), "permission", scope))
	}
	if len(guards) > 0 {
		return guards, true // DRF requires every listed permission: AllowAny beside another changes nothing
	}
	name := "permission_classes = []"
	if len(open) > 0 {
		name = strings.Join(open, ", ")
	}
	g := m.guardAt(at, name, "permission", scope)
	g.AllowsAnyone = true
	return []routes.Guard{g}, true
}

// allowAny reports whether a permission expression lets anyone in: AllowAny, or an `|` with
// AllowAny on one side.
func (m *model) allowAny(n *sitter.Node) bool {
	n = python.Unparen(n)
	if n == nil {
		return false
	}
	if python.KindOf(n) == "binary_operator" {
		if op := python.Child(n, "operator"); op != nil && m.f.Text(op) == "|" {
			return m.allowAny(python.Child(n, "left")) || m.allowAny(python.Child(n, "right"))
		}
		return false
	}
	if s, ok := m.f.StringValue(n); ok {
		return lastSeg(s) == "AllowAny"
	}
	return lastSeg(m.f.DottedName(n)) == "AllowAny"
}

// drfDefault returns the DEFAULT_PERMISSION_CLASSES guard when this file sets it (a settings
// module, or settings.configure(REST_FRAMEWORK={...}) in a single-file project), else when the
// project's settings module does (the driver's pre-pass).
func (m *model) drfDefault() (routes.Guard, bool) {
	if !m.drfDefaultDone {
		m.drfDefaultDone = true
		if g, ok := m.readDRFDefault(); ok {
			m.drfDefaultGuard = &g
		} else if g, ok := m.projectDRFDefault(); ok {
			m.drfDefaultGuard = &g
		}
	}
	if m.drfDefaultGuard == nil {
		return routes.Guard{}, false
	}
	return *m.drfDefaultGuard, true
}

func (m *model) readDRFDefault() (routes.Guard, bool) {
	f := m.f
	var dict *sitter.Node
	for _, v := range m.values["REST_FRAMEWORK"] {
		dict = v
	}
	if dict == nil {
		for _, call := range f.Nodes("call") {
			if lastSeg(f.DottedName(python.Callee(call))) == "configure" {
				if v := f.KeywordArg(call, "REST_FRAMEWORK"); v != nil {
					dict = python.Unparen(v)
				}
			}
		}
	}
	if dict == nil || python.KindOf(dict) != "dictionary" {
		return routes.Guard{}, false
	}
	v := f.DictValue(dict, "DEFAULT_PERMISSION_CLASSES")
	if v == nil {
		return routes.Guard{}, false
	}
	gs, known := m.permissionList(v, v, "app")
	if !known {
		return routes.Guard{}, false
	}
	g := m.guardAt(v, "DEFAULT_PERMISSION_CLASSES", "setting", "app")
	g.AllowsAnyone = len(gs) == 1 && gs[0].AllowsAnyone
	return g, true
}

// viewsetRoutes builds the routes a DRF router registers for a viewset: the list route, the
// detail route and the extra @action routes.
func (m *model) viewsetRoutes(c *container, prefix string, viewset, at *sitter.Node) []*reg {
	cls := m.classNamed(viewset)
	if cls == nil {
		if m.registeredElsewhere(c, prefix, viewset) {
			return nil // listed by the module defining the viewset
		}
		prefix = strings.Trim(prefix, "^$/")
		return []*reg{{c: c, framework: "drf", path: prefix + "/", methods: []string{"*"}, handler: m.f.Text(viewset), node: at, unknown: true}}
	}
	return m.viewsetClassRoutes(c, prefix, cls, at)
}

// viewsetClassRoutes builds the routes of a viewset of this file registered at prefix on c.
func (m *model) viewsetClassRoutes(c *container, prefix string, cls, at *sitter.Node) []*reg {
	prefix = strings.Trim(prefix, "^$/")
	ci := m.classInfo(cls)
	guards, unknown, broken := m.classGuards(ci, drfViewSet)
	actions := m.viewsetActions(ci)
	var list, detail []string
	for _, a := range actions {
		for _, va := range viewsetActions {
			if va.name == a && va.detail {
				detail = appendMethod(detail, va.method)
			} else if va.name == a {
				list = appendMethod(list, va.method)
			}
		}
	}
	list, detail = m.restrictMethods(ci, list), m.restrictMethods(ci, detail)
	exempt := m.classLoginExempt(ci)
	var out []*reg
	mk := func(path string, methods []string, handler string, g []routes.Guard, unk bool) {
		out = append(out, &reg{c: c, framework: "drf", path: path, methods: methods, handler: handler, handlerFn: cls,
			node: at, guards: g, unknown: unk, broken: broken, loginExempt: exempt})
	}
	if len(list) > 0 {
		mk(prefix+"/", list, ci.name, guards, unknown)
	}
	if len(detail) > 0 {
		mk(prefix+"/{pk}/", detail, ci.name, guards, unknown)
	}
	for _, ex := range m.viewsetExtraActions(ci) {
		g, unk := guards, unknown
		if ex.perms != nil {
			if pg, known := m.permissionList(ex.perms, ex.perms, "route"); known {
				g, unk = pg, false
			}
		}
		path := prefix + "/" + ex.urlPath + "/"
		if ex.detail {
			path = prefix + "/{pk}/" + ex.urlPath + "/"
		}
		mk(path, ex.methods, ci.name+"."+ex.name, g, unk)
	}
	return out
}

// extraAction is a viewset method decorated with @action.
type extraAction struct {
	name, urlPath string
	detail        bool
	methods       []string
	perms         *sitter.Node // permission_classes=... given to @action
	deco          *sitter.Node
}

func (m *model) viewsetExtraActions(ci *classInfo) []extraAction {
	f := m.f
	var out []extraAction
	for _, c := range ci.chain {
		for _, st := range namedChildren(python.Child(c, "body")) {
			if python.KindOf(st) != "decorated_definition" {
				continue
			}
			fn := python.Child(st, "definition")
			if fn == nil || python.KindOf(fn) != "function_definition" {
				continue
			}
			for _, d := range decoratorsOf(st) {
				expr := python.Unparen(decoratorExpr(d))
				if expr == nil || python.KindOf(expr) != "call" || lastSeg(f.DottedName(python.Callee(expr))) != "action" {
					continue
				}
				ex := extraAction{name: f.Text(python.Child(fn, "name")), methods: []string{"GET"}, deco: d}
				ex.urlPath = ex.name
				if p := f.KeywordArg(expr, "url_path"); p != nil {
					ex.urlPath = m.pathValue(p)
				}
				ex.detail = f.IsTrue(f.KeywordArg(expr, "detail"))
				if ms := f.KeywordArg(expr, "methods"); ms != nil {
					if l, ok := m.methodList(ms); ok {
						ex.methods = l
					}
				}
				ex.perms = f.KeywordArg(expr, "permission_classes")
				out = append(out, ex)
			}
		}
	}
	return out
}

// djangoRoutes reads urlpatterns: path(), re_path(), url(), include() of a list (written in
// place or a list of this module: `include(extra_patterns)`, `include((extra_patterns, "app"))`)
// or of a DRF router's urls, and `urlpatterns += router.urls`. `include("shop.urls")` names
// another module, whose routes that module's own file yields, with the paths written there.
func (m *model) djangoRoutes() []*reg {
	f := m.f
	type item struct {
		n      *sitter.Node
		prefix string
		// lists are the module lists the item was reached through: a list including itself
		// must not expand forever.
		lists []*sitter.Node
	}
	var work []item
	for _, kind := range []string{"assignment", "augmented_assignment"} {
		for _, a := range f.Nodes(kind) {
			if l := python.Child(a, "left"); l == nil || f.Text(l) != "urlpatterns" || !python.AtModuleLevel(a) {
				continue
			}
			work = append(work, item{n: python.Child(a, "right")})
		}
	}
	if len(work) == 0 {
		return nil
	}
	conf := &container{name: "urlpatterns", kind: urlconf}
	var out []*reg
	for steps := 0; len(work) > 0 && steps < 10000; steps++ {
		it := work[0]
		work = work[1:]
		n := python.Unparen(it.n)
		if n == nil {
			continue
		}
		switch python.KindOf(n) {
		case "list", "tuple":
			items, _ := m.literalItems(n)
			for _, x := range items {
				work = append(work, item{n: x, prefix: it.prefix, lists: it.lists})
			}
			continue
		case "binary_operator":
			work = append(work, item{n: python.Child(n, "left"), prefix: it.prefix, lists: it.lists},
				item{n: python.Child(n, "right"), prefix: it.prefix, lists: it.lists})
			continue
		case "list_splat": // [*extra_patterns, path(...)]
			work = append(work, item{n: python.NamedChild(n, 0), prefix: it.prefix, lists: it.lists})
			continue
		case "identifier":
			// extra_patterns = [path(...)] included, concatenated or unpacked; urlpatterns itself
			// is read from its own assignments.
			if v := m.urlList(n); v != nil && !containsNode(it.lists, v) {
				work = append(work, item{n: v, prefix: it.prefix, lists: append(it.lists[:len(it.lists):len(it.lists)], v)})
			}
			continue
		case "attribute":
			// router.urls; shop.urls (a module: its routes are its own file's) yields nothing.
			if f.Text(python.Child(n, "attribute")) == "urls" {
				if c := m.containerFor(python.Child(n, "object"), "django"); c != nil && c.kind == drfRouter {
					c.mounts = append(c.mounts, mount{parent: conf, prefix: it.prefix, hasPrefix: true})
				}
			}
			continue
		case "call":
		default:
			continue
		}
		name := lastSeg(f.DottedName(python.Callee(n)))
		args := python.CallArgs(n)
		switch name {
		case "format_suffix_patterns", "i18n_patterns":
			for _, a := range args {
				work = append(work, item{n: a, prefix: it.prefix, lists: it.lists})
			}
			continue
		case "path", "re_path", "url":
		default:
			continue
		}
		if d := f.DottedName(python.Callee(n)); m.imported(d) && !strings.HasPrefix(f.Resolve(d), "django.") || !m.imported(d) && !m.django {
			continue
		}
		if len(args) == 0 {
			continue
		}
		route := m.pathValue(args[0])
		if name == "re_path" || name == "url" {
			route = strings.TrimPrefix(route, "^")
			route = strings.TrimSuffix(route, "$")
		}
		view := f.KeywordArg(n, "view")
		if view == nil && len(args) > 1 {
			view = args[1]
		}
		view = python.Unparen(view)
		if view == nil {
			continue
		}
		if python.KindOf(view) == "call" && lastSeg(f.DottedName(python.Callee(view))) == "include" {
			if ia := python.CallArgs(view); len(ia) > 0 {
				target := python.Unparen(ia[0])
				if python.KindOf(target) == "tuple" && python.NamedChildCount(target) > 0 {
					target = python.NamedChild(target, 0) // include((patterns, "app_name"), namespace=...)
				}
				// A string names a urlconf module (include("shop.urls")): nothing here to read.
				work = append(work, item{n: target, prefix: it.prefix + route, lists: it.lists})
			}
			continue
		}
		if d := f.DottedName(view); strings.HasSuffix(d, "site.urls") {
			continue // the Django admin: guarded by its own staff login, and not an API route
		}
		out = append(out, m.djangoView(conf, it.prefix+route, view, n)...)
	}
	return out
}

// urlList returns the list of URL patterns a module-level name holds (`extra_patterns = [...]`),
// or nil: urlpatterns itself, a name imported or assigned only inside a function.
func (m *model) urlList(n *sitter.Node) *sitter.Node {
	name := m.f.Text(n)
	if name == "urlpatterns" {
		return nil
	}
	if _, imported := m.f.Imports[name]; imported {
		return nil
	}
	for _, v := range m.values[name] {
		if !python.AtModuleLevel(v) {
			continue
		}
		switch python.KindOf(v) {
		case "list", "tuple", "binary_operator", "call":
			return v
		}
		return nil
	}
	return nil
}

func containsNode(ns []*sitter.Node, n *sitter.Node) bool {
	for _, x := range ns {
		if x.Id() == n.Id() {
			return true
		}
	}
	return false
}

// djangoView builds the registrations of one Django view.
func (m *model) djangoView(conf *container, path string, view, at *sitter.Node) []*reg {
	w := m.unwrapView(view)
	if cls, asView := m.asView(w.target); cls != nil {
		return m.djangoClassView(conf, path, w, cls, m.asViewActions(asView), at)
	}
	fn := m.funcNamed(w.target)
	if fn == nil {
		if m.routedElsewhere(path, w) {
			return nil // listed by the module defining the view
		}
		r := reg{c: conf, framework: "django", path: path, node: at, guards: w.guards, broken: w.broken, loginExempt: w.loginExempt}
		r.handler = m.f.Text(w.target)
		if len(w.methods) > 0 {
			r.methods = w.methods
		}
		r.unknown = len(w.guards) == 0
		if r.methods == nil {
			r.methods = []string{"*"}
		}
		if python.KindOf(w.target) == "call" && m.asViewCall(w.target) {
			obj := python.Child(python.Callee(w.target), "object")
			r.handler = m.f.Text(obj)
			r.loginExempt = r.loginExempt || m.imported(m.f.DottedName(obj)) && exemptAuthViews[m.f.Resolve(m.f.DottedName(obj))]
		}
		return []*reg{r.publicIfExempt()}
	}
	return m.djangoFuncView(conf, path, w, fn, m.f.Text(w.target), at)
}

// asViewActions returns the methods of `OrderViewSet.as_view({"get": "list", "post": "create"})`,
// or nil when as_view is given no such mapping.
func (m *model) asViewActions(asView *sitter.Node) []string {
	if asView == nil {
		return nil
	}
	a := python.CallArgs(asView)
	if len(a) == 0 || python.KindOf(python.Unparen(a[0])) != "dictionary" {
		return nil
	}
	out := []string{} // a mapping, even empty, decides the methods
	for _, p := range namedChildren(python.Unparen(a[0])) {
		if python.KindOf(p) == "pair" {
			if k, ok := m.f.StringValue(python.Child(p, "key")); ok {
				out = appendMethod(out, strings.ToUpper(k))
			}
		}
	}
	return out
}

// djangoClassView builds the registrations of a class-based view of this file, routed at path
// with the wrappers w (taken off in the urlconf); actions are the methods an as_view mapping
// gives a viewset.
func (m *model) djangoClassView(conf *container, path string, w wrapped, cls *sitter.Node, actions []string, at *sitter.Node) []*reg {
	base := reg{c: conf, framework: "django", path: path, node: at, guards: w.guards, broken: w.broken, loginExempt: w.loginExempt}
	ci := m.classInfo(cls)
	kind := m.viewKindOf(ci)
	if kind == drfView || kind == drfViewSet {
		base.framework = "drf"
	}
	base.loginExempt = base.loginExempt || m.classLoginExempt(ci)
	var out []*reg
	for _, part := range m.classView(cls) {
		r := base
		r.guards = append(append([]routes.Guard(nil), base.guards...), part.guards...)
		r.broken = r.broken || part.broken
		r.unknown = part.unknown && len(w.guards) == 0
		r.methods = part.methods
		if kind == drfViewSet && actions != nil {
			r.methods = actions
		}
		if len(w.methods) > 0 {
			r.methods = w.methods
		}
		r.handler, r.handlerFn = part.handler, cls
		out = append(out, r.publicIfExempt())
	}
	return out
}

// djangoFuncView builds the registration of a function view of this file, routed at path with
// the wrappers w.
func (m *model) djangoFuncView(conf *container, path string, w wrapped, fn *sitter.Node, handler string, at *sitter.Node) []*reg {
	r := reg{c: conf, framework: "django", path: path, node: at, guards: w.guards, broken: w.broken, loginExempt: w.loginExempt}
	r.handler = handler
	if len(w.methods) > 0 {
		r.methods = w.methods
	}
	r.handlerFn = fn
	drf := false
	permSeen := false
	for _, d := range m.functionDecorators(fn) {
		expr := python.Unparen(decoratorExpr(d))
		if expr == nil {
			continue
		}
		if ms, ok := m.methodDecorator(expr); ok && len(r.methods) == 0 {
			r.methods = ms
			continue
		}
		if python.KindOf(expr) == "call" {
			switch lastSeg(m.f.DottedName(python.Callee(expr))) {
			case "api_view":
				drf = true
				r.methods = []string{"GET"}
				if a := python.CallArgs(expr); len(a) > 0 {
					if l, ok := m.methodList(a[0]); ok {
						r.methods = l
					}
				} else if a := m.f.KeywordArg(expr, "http_method_names"); a != nil {
					if l, ok := m.methodList(a); ok {
						r.methods = l
					}
				}
				continue
			case "permission_classes":
				permSeen = true
				if a := python.CallArgs(expr); len(a) > 0 {
					pg, known := m.permissionList(a[0], d, "route")
					if known {
						r.guards = append(r.guards, pg...)
					} else {
						r.unknown = true
					}
				}
				continue
			}
		}
		v := m.decorator(expr, "route")
		if v.guard != nil {
			r.guards = append(r.guards, *v.guard)
		}
		r.broken = r.broken || v.uncalled
		r.loginExempt = r.loginExempt || v.loginExempt
	}
	if drf {
		r.framework = "drf"
		if !permSeen {
			if g, ok := m.drfDefault(); ok {
				r.guards = append(r.guards, g)
			} else if len(r.guards) == 0 {
				r.unknown = true
			}
		}
	}
	x := m.factsOf(fn)
	if x.creds && x.rejects {
		r.guards = append(r.guards, m.guardAt(fn, "credential check in "+r.handler, "call", "route"))
	}
	if len(r.methods) == 0 {
		r.methods = []string{"*"}
		writes := x.writes
		r.writes = &writes
	}
	return []*reg{r.publicIfExempt()}
}

// publicIfExempt marks a Django view exempted from LoginRequiredMiddleware (login_not_required)
// public by design: the decorator says anyone may call it. A DRF view so marked is not: the
// decorator only hands authentication over to DRF (token clients would otherwise be sent to the
// login page), whose permission classes still decide.
func (r reg) publicIfExempt() *reg {
	if r.loginExempt && r.framework == "django" {
		r.public = "login_not_required"
	}
	return &r
}

// exemptAuthViews are the views of django.contrib.auth that Django 5.1 marks login_not_required.
var exemptAuthViews = map[string]bool{
	"django.contrib.auth.views.LoginView":                 true,
	"django.contrib.auth.views.PasswordResetView":         true,
	"django.contrib.auth.views.PasswordResetDoneView":     true,
	"django.contrib.auth.views.PasswordResetConfirmView":  true,
	"django.contrib.auth.views.PasswordResetCompleteView": true,
}

// classLoginExempt reports whether a class-based view is exempt from LoginRequiredMiddleware:
// method_decorator(login_not_required, name="dispatch") on the class (as_view copies what
// decorators set on dispatch, not on other methods), method_decorator(login_not_required) on its
// dispatch, login_not_required on the class itself (as django-glrm reads it), or a subclass of
// one of Django's exempt authentication views.
func (m *model) classLoginExempt(ci *classInfo) bool {
	for _, d := range ci.decorators {
		expr := python.Unparen(decoratorExpr(d))
		if !m.decorator(expr, "route").loginExempt {
			continue
		}
		if python.KindOf(expr) != "call" {
			return true
		}
		if name, ok := m.f.StringValue(m.methodDecoratorName(expr)); ok && name == "dispatch" {
			return true
		}
	}
	if fn := ci.methods["dispatch"]; fn != nil {
		for _, d := range m.functionDecorators(fn) {
			if m.decorator(decoratorExpr(d), "route").loginExempt {
				return true
			}
		}
	}
	for _, b := range ci.bases {
		if exemptAuthViews[b] {
			return true
		}
	}
	return false
}

// methodDecoratorName returns the name argument of method_decorator(decorator, name="...").
func (m *model) methodDecoratorName(call *sitter.Node) *sitter.Node {
	if n := m.f.KeywordArg(call, "name"); n != nil {
		return n
	}
	if args := python.CallArgs(call); len(args) > 1 {
		return args[1]
	}
	return nil
}

// loginMiddleware returns the LoginRequiredMiddleware guard when this file lists Django's
// middleware in MIDDLEWARE (a settings module that is also the urlconf, or
// settings.configure(MIDDLEWARE=[...]) in a single-file project), as drfDefault reads
// DEFAULT_PERMISSION_CLASSES, else when the project's settings module lists it (the driver's
// pre-pass) and this file sets no MIDDLEWARE of its own. configured tells whether the file sets
// MIDDLEWARE (or configures settings) at all, or the project's settings module lists it.
func (m *model) loginMiddleware() (g routes.Guard, listed, configured bool) {
	if !m.loginMWDone {
		m.loginMWDone = true
		at, conf := m.readLoginMiddleware()
		if at != nil {
			g := m.guardAt(at, "LoginRequiredMiddleware", "middleware", "app")
			m.loginMW = &g
		} else if g, ok := m.projectLoginMiddleware(); ok && !conf {
			m.loginMW, conf = &g, true // listed in the project's settings module
		}
		m.middlewareSet = conf
	}
	if m.loginMW == nil {
		return routes.Guard{}, false, m.middlewareSet
	}
	return *m.loginMW, true, true
}

const loginRequiredMiddleware = "django.contrib.auth.middleware.LoginRequiredMiddleware"

// readLoginMiddleware returns the MIDDLEWARE entry naming LoginRequiredMiddleware: in the list
// last assigned to MIDDLEWARE at module level, in `MIDDLEWARE += [...]`, MIDDLEWARE.append(...)
// or insert(...), or in settings.configure(MIDDLEWARE=[...]). configured tells whether the file
// sets MIDDLEWARE or calls settings.configure (whose default MIDDLEWARE is empty).
func (m *model) readLoginMiddleware() (at *sitter.Node, configured bool) {
	f := m.f
	var lists []*sitter.Node
	for _, v := range m.values["MIDDLEWARE"] {
		if python.AtModuleLevel(v) {
			lists, configured = []*sitter.Node{v}, true
		}
	}
	for _, a := range f.Nodes("augmented_assignment") {
		if l := python.Child(a, "left"); l != nil && f.Text(l) == "MIDDLEWARE" && python.AtModuleLevel(a) {
			lists = append(lists, python.Child(a, "right"))
		}
	}
	for _, call := range f.Nodes("call") {
		callee := python.Unparen(python.Callee(call))
		// Both cases below need a dotted name ending in configure, append or insert: its last
		// segment is the callee's attribute, or the callee itself when it is a name.
		switch writtenLast(f, callee) {
		case "configure", "append", "insert":
		default:
			continue
		}
		switch d := f.DottedName(callee); {
		case lastSeg(d) == "configure":
			if v := f.KeywordArg(call, "MIDDLEWARE"); v != nil {
				lists, configured = append(lists, v), true
			} else if strings.HasSuffix(d, "settings.configure") {
				configured = true
			}
		case d == "MIDDLEWARE.append" || d == "MIDDLEWARE.insert":
			if args := python.CallArgs(call); len(args) > 0 {
				lists = append(lists, args[len(args)-1])
			}
		}
	}
	for _, l := range lists {
		l = python.Unparen(l)
		if s, ok := f.StringValue(l); ok && s == loginRequiredMiddleware {
			return l, true
		}
		items, _ := m.literalItems(l)
		for _, it := range items {
			if s, ok := f.StringValue(it); ok && s == loginRequiredMiddleware {
				return it, true
			}
		}
	}
	return nil, configured
}

// marksLoginExempt reports whether the file imports login_not_required: the decorator does
// something only under LoginRequiredMiddleware, so a module using it belongs to a project that
// runs the middleware, even when its settings module is another file.
func (m *model) marksLoginExempt() bool {
	for _, full := range m.f.Imports {
		if lastSeg(full) == "login_not_required" {
			return true
		}
	}
	return false
}

// asViewCall reports whether n is `X.as_view(...)`.
func (m *model) asViewCall(n *sitter.Node) bool {
	callee := python.Unparen(python.Callee(n))
	return callee != nil && python.KindOf(callee) == "attribute" && m.f.Text(python.Child(callee, "attribute")) == "as_view"
}

// writtenLast is the last segment of f.DottedName(n) whenever that is not "": the attribute of an
// attribute, or the identifier itself; "" for anything else.
func writtenLast(f *python.File, n *sitter.Node) string {
	switch python.KindOf(n) {
	case "attribute":
		return f.Text(python.Child(n, "attribute"))
	case "identifier":
		return f.Text(n)
	}
	return ""
}
