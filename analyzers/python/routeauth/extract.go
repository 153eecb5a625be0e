package routeauth

import (
	"path/filepath"
	"slices"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/routes"
)

// Extract returns the route inventory of one Python file: the Flask (Flask-RESTful and
// Flask-RESTX included), FastAPI, Django and Django REST framework routes it registers, with the
// guards that protect each. The file must have been parsed with Kinds indexed. Test files
// (test_*.py, tests/...) hold test applications, not the project's routes: they yield none.
func Extract(f *python.File) []routes.Route {
	if f == nil || f.IsTest() {
		return nil
	}
	return inventoryOf(modelOf(f))
}

func inventoryOf(m *model) []routes.Route {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []routes.Route
	for _, r := range m.routes() {
		rr := r.Route
		rr.GuardsUnknown = r.unknown
		out = append(out, rr)
	}
	routes.Sort(out)
	return out
}

// route is a route with what the rules need beyond the shared model.
type route struct {
	routes.Route
	node *sitter.Node // where it is registered: the report position
	// unknown: its guards cannot be seen from this file (a view imported from another module,
	// a DRF view relying on the project's DEFAULT_PERMISSION_CLASSES).
	unknown bool
	// broken: a guard is written but does not run (above the route decorator, or a factory not
	// called); AV302/AV303 report it, and AV301 stays quiet.
	broken bool
	// writes overrides StateChanging for views that accept any method ("*"): whether the view
	// reads a request body or saves objects.
	writes *bool
}

// changesState tells whether AV301 treats the route as changing state.
func (r *route) changesState() bool {
	if r.writes != nil {
		return *r.writes
	}
	return r.StateChanging()
}

// openAtRoute reports whether the route itself is explicitly opened (AllowAny on the view,
// rbac.exempt): a decision, not an oversight.
func (r *route) openAtRoute() bool {
	for _, g := range r.Guards {
		if g.AllowsAnyone && g.Scope == "route" {
			return true
		}
	}
	return false
}

// reg is one route registration before the prefixes and guards of its containers are applied.
type reg struct {
	c         *container // nil for Django urlpatterns of no container
	framework string
	path      string
	methods   []string
	handler   string
	handlerFn *sitter.Node // the handler's definition, when in this file
	node      *sitter.Node
	guards    []routes.Guard
	unknown   bool
	broken    bool
	writes    *bool
	// publicAs is the name that tells whether the route is public by design when the handler's
	// is not it: a Resource's class name (UserLogin), not its method's (UserLogin.post).
	publicAs string
	// loginExempt: a Django view marked login_not_required, which LoginRequiredMiddleware lets
	// anyone call; public says why the route is public by design when it is so marked.
	loginExempt bool
	public      string
}

// routes returns the file's route inventory, built on first use.
func (m *model) routes() []*route {
	if !m.done {
		m.done = true
		m.rs = m.buildRoutes()
	}
	return m.rs
}

func (m *model) buildRoutes() []*route {
	var regs []*reg
	regs = append(regs, m.decoratedRoutes()...)
	regs = append(regs, m.callRoutes()...)
	regs = append(regs, m.decoratedResources()...)
	regs = append(regs, m.djangoRoutes()...)
	regs = append(regs, m.routedHere()...)
	m.includedElsewhere()
	// Guards a blueprint declares for the whole application apply to every route of its root.
	for _, c := range m.sortedContainers() {
		if len(c.appWide) == 0 {
			continue
		}
		for _, mp := range m.expand(c) {
			mp.root.guards = append(mp.root.guards, c.appWide...)
		}
	}
	// Django's LoginRequiredMiddleware guards every Django view but those marked
	// login_not_required. Listed in this file, it is a guard; only guessed from a file that marks
	// views login_not_required (its settings module being another file), the other views' guards
	// are declared elsewhere.
	// Read only for a Django registration: a file with none (most Flask and FastAPI modules) never
	// needs them, and reading them scans every call of the file.
	var loginMW routes.Guard
	var listed, loginGuessed, loginRead bool
	var out []*route
	for _, rg := range regs {
		paths := []mountPath{{prefix: "", root: nil}}
		if rg.c != nil {
			paths = m.expand(rg.c)
		}
		for _, mp := range paths {
			r := &route{node: rg.node, unknown: rg.unknown, broken: rg.broken, writes: rg.writes}
			r.Framework = rg.framework
			r.Methods = sortMethods(rg.methods)
			r.Handler = rg.handler
			r.File = m.f.Path
			r.Line, r.Column = pos(rg.node)
			if rg.handlerFn != nil {
				r.HandlerFile = m.f.Path
				r.HandlerLine, _ = pos(rg.handlerFn)
			}
			kind := urlconf
			if rg.c != nil {
				kind = rg.c.kind
			}
			r.Path = joinPath(kind, mp.prefix, rg.path)
			r.Guards = append(append([]routes.Guard{}, mp.guards...), rg.guards...)
			if (kind == urlconf || kind == drfRouter) && !rg.loginExempt {
				if !loginRead {
					loginRead = true
					var configured bool
					loginMW, listed, configured = m.loginMiddleware()
					loginGuessed = !configured && m.marksLoginExempt()
				}
				if listed {
					r.Guards = append([]routes.Guard{loginMW}, r.Guards...)
				} else if loginGuessed {
					r.unknown = true
				}
			}
			if mp.root != nil {
				r.App = m.appID(mp.root)
			} else {
				r.App = "django:" + m.f.Path
			}
			r.Public = rg.public
			if r.Public == "" {
				r.Public = publicPath(r.Path)
			}
			if r.Public == "root" && mp.root != nil && mountedElsewhere(mp.root.kind) && !slices.Contains(r.Methods, "GET") {
				// A write-only "/" of a blueprint or router that another file mounts under its
				// prefix: the collection (POST /api/users/), not the site's home page, whose
				// view also serves GET (a page with a form).
				r.Public = ""
			}
			if r.Public == "" {
				name := r.Handler
				if rg.publicAs != "" {
					name = rg.publicAs
				}
				r.Public = publicName(name)
			}
			if r.Public == "" && webhookModule(m.f.Path) {
				r.Public = "webhook"
			}
			out = append(out, r)
		}
	}
	return out
}

// publicPath is routes.PublicByDesign for a Python route, except that a path made only of
// parameters ("/<int:user_id>", "/{item_id}") is not the root: it is an item of a blueprint or
// router whose prefix is given where it is mounted.
func publicPath(path string) string {
	why := routes.PublicByDesign(path)
	if why == "root" && strings.ContainsAny(path, "<{") {
		return ""
	}
	return why
}

// mountedElsewhere reports whether routes of a container of this kind, not mounted in the file,
// are reached under a prefix that another file gives.
func mountedElsewhere(k ckind) bool {
	return k == flaskBP || k == fastRouter || k == restxNS
}

// webhookModule reports whether a file is a module of webhook receivers (webhooks.py,
// api/webhook.py): its blueprint or router is mounted under a webhook prefix elsewhere, and each
// sender authenticates with a signature the handler checks.
func webhookModule(path string) bool {
	base := strings.ToLower(filepath.Base(path))
	return base == "webhooks.py" || base == "webhook.py"
}

// sortedContainers returns the containers in a stable order.
func (m *model) sortedContainers() []*container {
	var names []string
	for n, c := range m.containers {
		if c != nil {
			names = append(names, n)
		}
	}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	out := make([]*container, len(names))
	for i, n := range names {
		out[i] = m.containers[n]
	}
	return out
}

// publicName returns why a handler is public by design from its name ("" when it is not):
// login, user_login, LoginView, stripe_webhook, health_check, refresh_token...
func publicName(handler string) string {
	if handler == "" || strings.HasPrefix(handler, "{") {
		return ""
	}
	return routes.PublicHandler(lastSeg(handler))
}

// flaskRouteMethods are the route decorators of Flask apps and blueprints; fastapiRouteMethods
// FastAPI's.
var (
	flaskRouteMethods   = map[string]bool{"route": true, "get": true, "post": true, "put": true, "delete": true, "patch": true}
	fastapiRouteMethods = map[string]bool{"get": true, "post": true, "put": true, "delete": true, "patch": true,
		"options": true, "head": true, "trace": true, "api_route": true}
)

// routeCall is a route decorator or registration call on a container.
type routeCall struct {
	c       *container
	call    *sitter.Node
	path    string
	methods []string
}

// routeDecorator recognises `@app.route(...)`, `@bp.post(...)`, `@router.get(...)`.
func (m *model) routeDecorator(expr *sitter.Node) *routeCall {
	f := m.f
	expr = python.Unparen(expr)
	if expr == nil || python.KindOf(expr) != "call" {
		return nil
	}
	callee := python.Unparen(python.Callee(expr))
	if callee == nil || python.KindOf(callee) != "attribute" {
		return nil
	}
	method := f.Text(python.Child(callee, "attribute"))
	if !flaskRouteMethods[method] && !fastapiRouteMethods[method] {
		return nil
	}
	fw := ""
	switch {
	case method == "route":
		fw = "flask"
	case method == "api_route" || !flaskRouteMethods[method]:
		fw = "fastapi"
	case f.KeywordArg(expr, "response_model") != nil || f.KeywordArg(expr, "dependencies") != nil || f.KeywordArg(expr, "status_code") != nil:
		fw = "fastapi"
	}
	c := m.containerFor(python.Child(callee, "object"), fw)
	if c == nil || c.kind == drfRouter || c.kind == urlconf || c.kind.rest() {
		return nil
	}
	fw = c.kind.framework()
	if fw == "flask" && !flaskRouteMethods[method] || fw == "fastapi" && !fastapiRouteMethods[method] {
		return nil
	}
	pathArg := f.KeywordArg(expr, "rule")
	if pathArg == nil {
		pathArg = f.KeywordArg(expr, "path")
	}
	if args := python.CallArgs(expr); pathArg == nil && len(args) > 0 {
		pathArg = args[0]
	}
	if pathArg == nil {
		return nil
	}
	rc := &routeCall{c: c, call: expr, path: m.pathValue(pathArg)}
	switch method {
	case "route", "api_route":
		rc.methods = []string{"GET"}
		if ms := f.KeywordArg(expr, "methods"); ms != nil {
			if l, ok := m.methodList(ms); ok && len(l) > 0 {
				rc.methods = l
			} else if !ok {
				rc.methods = []string{"*"}
			}
		}
	default:
		rc.methods = []string{strings.ToUpper(method)}
	}
	return rc
}

// hookDecorator recognises `@app.before_request`, `@bp.before_app_request` and FastAPI's
// `@app.middleware("http")`, returning the container and whether the hook is application-wide.
func (m *model) hookDecorator(expr *sitter.Node) (c *container, appWide bool, kind string) {
	f := m.f
	expr = python.Unparen(expr)
	if expr == nil {
		return nil, false, ""
	}
	if python.KindOf(expr) == "attribute" {
		switch f.Text(python.Child(expr, "attribute")) {
		case "before_request":
			return m.containerFor(python.Child(expr, "object"), "flask"), false, "hook"
		case "before_app_request":
			return m.containerFor(python.Child(expr, "object"), "flask"), true, "hook"
		}
		return nil, false, ""
	}
	if python.KindOf(expr) == "call" {
		callee := python.Unparen(python.Callee(expr))
		if callee != nil && python.KindOf(callee) == "attribute" && f.Text(python.Child(callee, "attribute")) == "middleware" {
			if c := m.containerFor(python.Child(callee, "object"), "fastapi"); c != nil && c.kind == fastApp {
				return c, false, "middleware"
			}
		}
	}
	return nil, false, ""
}

// hookGuards records the guard a hook function enforces, if it does: by what its body does, or
// by a guard decorator on it (`@bp.before_request @login_required def _(): pass`).
func (m *model) hookGuard(c *container, appWide bool, kind string, fn *sitter.Node, at *sitter.Node) {
	if c == nil || fn == nil {
		return
	}
	scope := "router"
	if c.kind == flaskApp || c.kind == fastApp || appWide {
		scope = "app"
	}
	guarded := m.factsOf(fn).guards()
	for _, d := range m.functionDecorators(fn) {
		if v := m.decorator(decoratorExpr(d), scope); v.guard != nil {
			guarded = true
		}
	}
	if !guarded {
		return
	}
	g := m.guardAt(at, m.f.Text(python.Child(fn, "name")), kind, scope)
	if appWide {
		c.appWide = append(c.appWide, g)
	} else {
		c.guards = append(c.guards, g)
	}
}

// decoratedRoutes reads the routes and hooks declared by decorators on functions.
func (m *model) decoratedRoutes() []*reg {
	var out []*reg
	for _, dd := range m.f.Nodes("decorated_definition") {
		fn := python.Child(dd, "definition")
		if fn == nil || python.KindOf(fn) != "function_definition" {
			continue
		}
		decos := decoratorsOf(dd)
		rcs := make([]*routeCall, len(decos))
		any := false
		for i, d := range decos {
			expr := decoratorExpr(d)
			if c, appWide, kind := m.hookDecorator(expr); c != nil {
				m.hookGuard(c, appWide, kind, fn, d)
				continue
			}
			rcs[i] = m.routeDecorator(expr)
			any = any || rcs[i] != nil
		}
		if !any {
			continue
		}
		for i, rc := range rcs {
			if rc == nil {
				continue
			}
			r := &reg{c: rc.c, framework: rc.c.kind.framework(), path: rc.path, methods: rc.methods,
				handler: m.f.Text(python.Child(fn, "name")), handlerFn: fn, node: decos[i]}
			for j, d := range decos {
				if j == i || rcs[j] != nil {
					continue
				}
				v := m.decorator(decoratorExpr(d), "route")
				switch {
				case j < i && (v.guard != nil || v.uncalled):
					r.broken = true // above the route decorator: it wraps a function nobody calls
				case j > i && v.guard != nil:
					r.guards = append(r.guards, *v.guard)
				case j > i && v.uncalled:
					r.broken = true
				case j > i && v.open:
					g := m.guardAt(d, m.f.Text(decoratorExpr(d)), "decorator", "route")
					g.AllowsAnyone = true
					r.guards = append(r.guards, g)
				}
			}
			if r.framework == "fastapi" {
				gs, broken := m.dependencyList(m.f.KeywordArg(rc.call, "dependencies"), "route")
				r.guards = append(r.guards, gs...)
				r.broken = r.broken || broken
			}
			m.handlerGuards(r, fn)
			out = append(out, r)
		}
	}
	return out
}

// handlerGuards adds what the handler function itself enforces: FastAPI parameter dependencies
// and checks in its body (verify_jwt_in_request(), a 401 when the token is wrong).
func (m *model) handlerGuards(r *reg, fn *sitter.Node) {
	if r.framework == "fastapi" {
		for _, call := range m.paramDepends(fn) {
			g, v := m.dependency(call, "route")
			if g != nil {
				r.guards = append(r.guards, *g)
			}
			r.broken = r.broken || v == depBroken
		}
		for _, t := range m.paramAliases(fn) {
			r.guards = append(r.guards, m.guardAt(t, m.f.Text(t), "dependency", "route"))
		}
	}
	x := m.factsOf(fn)
	switch {
	case x.verifyJWT:
		r.guards = append(r.guards, m.guardAt(fn, "verify_jwt_in_request()", "call", "route"))
	case x.creds && x.rejects:
		r.guards = append(r.guards, m.guardAt(fn, "credential check in "+m.f.Text(python.Child(fn, "name")), "call", "route"))
	}
}

// callRoutes reads registrations written as calls: add_url_rule, add_api_route,
// register_blueprint, include_router, before_request(fn), app.route(...)(view), router.register,
// and Flask-RESTful/RESTX's add_resource, add_namespace and init_app (restful.go).
func (m *model) callRoutes() []*reg {
	f := m.f
	var out []*reg
	for _, call := range f.Nodes("call") {
		callee := python.Unparen(python.Callee(call))
		if callee == nil {
			continue
		}
		if python.KindOf(callee) == "call" { // app.route("/x", methods=["POST"])(view)
			if rc := m.routeDecorator(callee); rc != nil {
				if args := python.CallArgs(call); len(args) == 1 {
					out = append(out, m.viewReg(rc.c, rc.path, rc.methods, true, args[0], call)...)
				}
			}
			continue
		}
		if python.KindOf(callee) != "attribute" {
			continue
		}
		obj := python.Child(callee, "object")
		args := python.CallArgs(call)
		switch f.Text(python.Child(callee, "attribute")) {
		case "add_url_rule":
			c := m.containerFor(obj, "flask")
			if c == nil {
				continue
			}
			rule := f.KeywordArg(call, "rule")
			if rule == nil && len(args) > 0 {
				rule = args[0]
			}
			view := f.KeywordArg(call, "view_func")
			if view == nil && len(args) > 2 {
				view = args[2]
			}
			if rule == nil || view == nil {
				continue
			}
			var methods []string
			explicit := false
			if ms := f.KeywordArg(call, "methods"); ms != nil {
				explicit = true
				if l, ok := m.methodList(ms); ok {
					methods = l
				} else {
					methods = []string{"*"}
				}
			}
			out = append(out, m.viewReg(c, m.pathValue(rule), methods, explicit, view, call)...)
		case "add_api_route":
			c := m.containerFor(obj, "fastapi")
			if c == nil || len(args) < 2 && f.KeywordArg(call, "endpoint") == nil {
				continue
			}
			path := f.KeywordArg(call, "path")
			if path == nil && len(args) > 0 {
				path = args[0]
			}
			endpoint := f.KeywordArg(call, "endpoint")
			if endpoint == nil {
				endpoint = args[1]
			}
			methods := []string{"GET"}
			if ms := f.KeywordArg(call, "methods"); ms != nil {
				if l, ok := m.methodList(ms); ok && len(l) > 0 {
					methods = l
				} else if !ok {
					methods = []string{"*"}
				}
			}
			r := &reg{c: c, framework: "fastapi", path: m.pathValue(path), methods: methods, handler: f.Text(endpoint), node: call}
			gs, broken := m.dependencyList(f.KeywordArg(call, "dependencies"), "route")
			r.guards, r.broken = gs, broken
			if fn := m.funcNamed(endpoint); fn != nil {
				r.handlerFn = fn
				m.handlerGuards(r, fn)
			} else {
				r.unknown = true
			}
			out = append(out, r)
		case "register_blueprint":
			parent := m.containerFor(obj, "flask")
			if parent == nil || len(args) == 0 {
				continue
			}
			child := m.containerFor(args[0], "flask")
			if child == nil || child == parent {
				continue
			}
			mt := mount{parent: parent}
			if p := f.KeywordArg(call, "url_prefix"); p != nil {
				mt.prefix, mt.hasPrefix = m.pathValue(p), true
			}
			child.mounts = append(child.mounts, mt)
		case "include_router":
			parent := m.containerFor(obj, "fastapi")
			if parent == nil || len(args) == 0 {
				continue
			}
			child := m.containerFor(args[0], "fastapi")
			if child == nil || child == parent {
				continue
			}
			mt := mount{parent: parent}
			if p := f.KeywordArg(call, "prefix"); p != nil {
				mt.prefix, mt.hasPrefix = m.pathValue(p), true
			}
			mt.guards, _ = m.dependencyList(f.KeywordArg(call, "dependencies"), "router")
			child.mounts = append(child.mounts, mt)
		case "before_request", "before_app_request":
			if len(args) != 1 {
				continue
			}
			c := m.containerFor(obj, "flask")
			if c == nil {
				continue
			}
			appWide := f.Text(python.Child(callee, "attribute")) == "before_app_request"
			if fn := m.funcNamed(args[0]); fn != nil {
				m.hookGuard(c, appWide, "hook", fn, call)
			} else if d := f.DottedName(args[0]); d != "" && m.isGuardName(lastSeg(d)) {
				scope := "router"
				if c.kind == flaskApp || appWide {
					scope = "app"
				}
				g := m.guardAt(call, d, "hook", scope)
				if appWide {
					c.appWide = append(c.appWide, g)
				} else {
					c.guards = append(c.guards, g)
				}
			}
		case "add_resource":
			out = append(out, m.addResource(call, obj)...)
		case "add_namespace":
			m.addNamespace(call, obj)
		case "init_app":
			m.initApp(call, obj)
		case "register":
			c := m.containerFor(obj, "django")
			if c == nil || c.kind != drfRouter || len(args) < 2 {
				continue
			}
			out = append(out, m.viewsetRoutes(c, m.pathValue(args[0]), args[1], call)...)
		}
	}
	return out
}

// viewReg builds the registrations of a view given as an expression (add_url_rule's view_func,
// app.route(...)(view)): a function of this file, `Cls.as_view("name")`, or a view wrapped in
// guards (`login_required(view)`).
func (m *model) viewReg(c *container, path string, methods []string, explicit bool, view, at *sitter.Node) []*reg {
	w := m.unwrapView(view)
	base := reg{c: c, framework: c.kind.framework(), path: path, node: at, guards: w.guards, broken: w.broken}
	if len(w.methods) > 0 && !explicit {
		methods = w.methods
	}
	if cls, _ := m.asView(w.target); cls != nil {
		var out []*reg
		for _, part := range m.classView(cls) {
			r := base
			r.guards = append(append([]routes.Guard(nil), base.guards...), part.guards...)
			r.broken = r.broken || part.broken
			r.unknown = part.unknown
			r.methods = part.methods
			if explicit {
				r.methods = methods
			}
			r.handler = part.handler
			r.handlerFn = cls
			out = append(out, &r)
		}
		return out
	}
	r := base
	r.handler = m.f.Text(w.target)
	r.methods = methods
	if fn := m.funcNamed(w.target); fn != nil {
		r.handlerFn = fn
		for _, d := range m.functionDecorators(fn) {
			v := m.decorator(decoratorExpr(d), "route")
			if v.guard != nil {
				r.guards = append(r.guards, *v.guard)
			}
			r.broken = r.broken || v.uncalled
		}
		m.handlerGuards(&r, fn)
	} else {
		r.unknown = true
	}
	if len(r.methods) == 0 {
		r.methods = []string{"GET"}
	}
	return []*reg{&r}
}
