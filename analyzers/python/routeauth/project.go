package routeauth

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/routes"
)

// Project is the pre-pass the route rules and the inventory need: only files naming one of its
// keywords can declare guards for the routes of other files.
var Project = &python.ProjectPass{
	Keywords: []string{"include_router", "REST_FRAMEWORK", "MIDDLEWARE", "INSTALLED_APPS", "urlpatterns", ".register("},
	Kinds:    Kinds,
	Facts:    ProjectFacts,
}

// ProjectFacts returns what one file declares for the routes of other files: the FastAPI routers
// it imports and includes (with the guards of the inclusion's dependencies and of the
// application it joins, and the prefix), and, for a settings module, DRF's
// DEFAULT_PERMISSION_CLASSES and Django's LoginRequiredMiddleware. module is the file's dotted
// module path, against which its relative imports are resolved. The file must have been parsed
// with Kinds indexed.
func ProjectFacts(f *python.File, module string) python.ProjectFacts {
	var out python.ProjectFacts
	if f == nil || f.IsTest() {
		return out
	}
	m := newModel(f)
	m.routes() // mounts and container guards are read as the routes are built
	// settings.configure(...) configures the process of a single-file project, not the project's
	// other modules: only a settings module's own assignments count.
	if g, ok := m.readDRFDefault(); ok && len(m.values["REST_FRAMEWORK"]) > 0 {
		out.DRFDefault = &g
	} else if g, ok := m.impliedDRFDefault(); ok {
		out.DRFDefault, out.DRFDefaultImplied = &g, true
	}
	if at, _ := m.readLoginMiddleware(); at != nil && !m.inConfigure(at) {
		g := m.guardAt(at, "LoginRequiredMiddleware", "middleware", "app")
		out.LoginMiddleware = &g
	}
	rel := python.RelativeImports(f, module)
	out.Views = m.viewFacts(rel)
	if !m.fastapi {
		return out
	}
	for _, call := range f.Nodes("call") {
		callee := python.Unparen(python.Callee(call))
		if callee == nil || python.KindOf(callee) != "attribute" || f.Text(python.Child(callee, "attribute")) != "include_router" {
			continue
		}
		args := python.CallArgs(call)
		if len(args) == 0 {
			continue
		}
		d := f.DottedName(args[0])
		if !m.imported(d) {
			continue // a router of this file: Extract mounts it
		}
		module, router, ok := python.ResolveImported(f, rel, d)
		if !ok {
			continue
		}
		inc := python.RouterInclusion{Module: module, Router: router}
		var own []routes.Guard
		if p := f.KeywordArg(call, "prefix"); p != nil {
			inc.Prefix = m.pathValue(p)
		}
		own, _ = m.dependencyList(f.KeywordArg(call, "dependencies"), "router")
		parent := m.containerFor(python.Child(callee, "object"), "fastapi")
		if parent == nil {
			inc.Guards = own
			out.Routers = append(out.Routers, inc)
			continue
		}
		// The application or router it joins may guard it too, and be mounted further.
		for _, mp := range m.expand(parent) {
			x := inc
			x.Prefix = joinPath(fastRouter, mp.prefix, inc.Prefix)
			x.Guards = append(append([]routes.Guard{}, own...), mp.guards...)
			out.Routers = append(out.Routers, x)
		}
	}
	return out
}

// includedElsewhere mounts the FastAPI routers this module defines on the inclusions other
// modules make of them, when one of those inclusions brings guards: the routes are reached
// through each inclusion, with its prefix and guards. Inclusions that bring none change nothing.
func (m *model) includedElsewhere() {
	p := m.f.Settings.ProjectFacts()
	if p == nil || len(p.Routers) == 0 || m.f.Module == "" {
		return
	}
	var root *container // the other modules' applications, as one root: the file stays one app
	for _, c := range m.sortedContainers() {
		if c.kind != fastRouter || strings.Contains(c.name, ".") || len(m.values[c.name]) == 0 {
			continue // not a router this module creates
		}
		incs := p.Inclusions(m.f.Module, c.name)
		guarded := false
		for _, inc := range incs {
			guarded = guarded || len(inc.Guards) > 0
		}
		if !guarded {
			continue
		}
		if root == nil {
			root = &container{name: "(included elsewhere)", kind: fastRouter}
		}
		for _, inc := range incs {
			c.mounts = append(c.mounts, mount{parent: root, prefix: inc.Prefix, hasPrefix: inc.Prefix != "", guards: inc.Guards})
		}
	}
}

// projectDRFDefault is DEFAULT_PERMISSION_CLASSES as the project's settings module sets it.
func (m *model) projectDRFDefault() (routes.Guard, bool) {
	if p := m.f.Settings.ProjectFacts(); p != nil && p.DRFDefault != nil {
		return *p.DRFDefault, true
	}
	return routes.Guard{}, false
}

// projectLoginMiddleware is LoginRequiredMiddleware as the project's settings module lists it.
func (m *model) projectLoginMiddleware() (routes.Guard, bool) {
	if p := m.f.Settings.ProjectFacts(); p != nil && p.LoginMiddleware != nil {
		return *p.LoginMiddleware, true
	}
	return routes.Guard{}, false
}

// inConfigure reports whether n is an argument of a settings.configure(...) call.
func (m *model) inConfigure(n *sitter.Node) bool {
	for p := python.Parent(n); p != nil; p = python.Parent(p) {
		if python.KindOf(p) == "call" && lastSeg(m.f.DottedName(python.Callee(p))) == "configure" {
			return true
		}
	}
	return false
}

// externalView is a view this file's urlconf routes and another module defines: a path() to
// views.refund or views.OrderList.as_view(), or a router's register of views.OrderViewSet.
type externalView struct {
	dotted  string     // the view as written: views.OrderList
	router  *container // the DRF router registering it, for a viewset
	path    string     // the path, or the registration prefix of a viewset
	w       wrapped    // the wrappers the urlconf puts around it
	actions []string   // the methods an as_view({...}) mapping gives it
}

// routedElsewhere records a view of a path() that this file imports, and reports whether the
// module defining it lists its routes (the project pre-pass found it there).
func (m *model) routedElsewhere(path string, w wrapped) bool {
	target := w.target
	var actions []string
	if target != nil && python.KindOf(target) == "call" && m.asViewCall(target) {
		actions = m.asViewActions(target)
		target = python.Child(python.Callee(target), "object")
	}
	d := m.f.DottedName(target)
	if !m.imported(d) {
		return false
	}
	m.external = append(m.external, externalView{dotted: d, path: path, w: w, actions: actions})
	return m.listedByModule(d)
}

// registeredElsewhere records a viewset a DRF router of this file registers and this file
// imports, and reports whether the module defining it lists its routes.
func (m *model) registeredElsewhere(router *container, prefix string, viewset *sitter.Node) bool {
	d := m.f.DottedName(viewset)
	if !m.imported(d) {
		return false
	}
	m.external = append(m.external, externalView{dotted: d, router: router, path: prefix})
	return m.listedByModule(d)
}

// listedByModule reports whether the imported view d is listed by the module defining it.
func (m *model) listedByModule(d string) bool {
	p := m.f.Settings.ProjectFacts()
	if p == nil || len(p.Views) == 0 || m.f.Module == "" {
		return false
	}
	module, name, ok := python.ResolveImported(m.f, python.RelativeImports(m.f, m.f.Module), d)
	return ok && p.RoutedInModule(m.f.Path, module, name)
}

// viewFacts turns the imported views this file routes into project facts. The routes must have
// been built.
func (m *model) viewFacts(rel map[string]string) []python.ViewRoute {
	var out []python.ViewRoute
	for _, x := range m.external {
		module, name, ok := python.ResolveImported(m.f, rel, x.dotted)
		if !ok {
			continue
		}
		v := python.ViewRoute{Module: module, View: name, URLConf: m.f.Path, Guards: x.w.guards, Broken: x.w.broken,
			LoginExempt: x.w.loginExempt, Methods: x.w.methods}
		if len(v.Methods) == 0 {
			v.Methods = x.actions
		}
		if x.router != nil {
			v.Viewset = true
			for _, mp := range m.expand(x.router) {
				v.Paths = append(v.Paths, mp.prefix+strings.Trim(x.path, "^$/"))
			}
		} else {
			v.Paths = []string{x.path}
		}
		out = append(out, v)
	}
	return out
}

// routedHere builds the routes of this module's views that urlconfs of other modules route, as
// if the urlconf were written here: the view's own guards and the project's defaults apply, and
// the routes are one application, this module's, as when everything is in one file. They are
// reported at the view's definition.
func (m *model) routedHere() []*reg {
	views := m.f.Settings.ProjectFacts().ViewsOf(m.f.Module)
	if len(views) == 0 {
		return nil
	}
	var router *container // the urlconfs' routers, as one: the module stays one app
	var out []*reg
	for _, v := range views {
		if _, imported := m.f.Imports[v.View]; imported {
			continue
		}
		w := wrapped{guards: v.Guards, methods: v.Methods, broken: v.Broken, loginExempt: v.LoginExempt}
		cls, fn := m.classes[v.View], m.funcs[v.View]
		for _, p := range v.Paths {
			switch {
			case v.Viewset && cls != nil:
				if router == nil {
					router = &container{name: "(routed elsewhere)", kind: drfRouter}
				}
				out = append(out, m.viewsetClassRoutes(router, p, cls, cls)...)
			case v.Viewset:
			case cls != nil:
				out = append(out, m.djangoClassView(nil, p, w, cls, nil, cls)...)
			case fn != nil:
				out = append(out, m.djangoFuncView(nil, p, w, fn, v.View, fn)...)
			}
		}
	}
	return out
}

// impliedDRFDefault is DRF's own default permission, AllowAny, for a settings module that
// installs rest_framework (INSTALLED_APPS = [..., "rest_framework", ...]) and sets no
// DEFAULT_PERMISSION_CLASSES: its views without permission_classes let anyone in.
func (m *model) impliedDRFDefault() (routes.Guard, bool) {
	f := m.f
	if len(m.values["REST_FRAMEWORK"]) > 0 || !python.ContainsAny(f.Src, []string{"rest_framework"}) {
		return routes.Guard{}, false
	}
	for _, v := range m.values["INSTALLED_APPS"] {
		if !python.AtModuleLevel(v) {
			continue
		}
		items, _ := m.literalItems(v)
		for _, it := range items {
			if s, ok := f.StringValue(it); ok && s == "rest_framework" {
				g := m.guardAt(it, "DEFAULT_PERMISSION_CLASSES unset (AllowAny)", "setting", "app")
				g.AllowsAnyone = true
				return g, true
			}
		}
	}
	return routes.Guard{}, false
}
