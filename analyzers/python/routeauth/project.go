package routeauth

import (
	"path"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/routes"
)

// Project is the pre-pass the route rules and the inventory need: only files naming one of its
// keywords can declare guards for the routes of other files.
var Project = &python.ProjectPass{
	Keywords: []string{"include_router", "REST_FRAMEWORK", "MIDDLEWARE"},
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
	}
	if at, _ := m.readLoginMiddleware(); at != nil && !m.inConfigure(at) {
		g := m.guardAt(at, "LoginRequiredMiddleware", "middleware", "app")
		out.LoginMiddleware = &g
	}
	if !m.fastapi {
		return out
	}
	rel := relativeImports(f, module, path.Base(f.Path) == "__init__.py")
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
		head, rest, _ := strings.Cut(d, ".")
		full, ok := rel[head]
		if !ok {
			full = f.Imports[head]
		}
		if rest != "" {
			full += "." + rest
		}
		i := strings.LastIndexByte(full, '.')
		if i <= 0 {
			continue
		}
		inc := python.RouterInclusion{Module: full[:i], Router: full[i+1:]}
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

// relativeImports maps the names bound by the file's relative imports (`from .routers import
// items`) to absolute dotted paths, resolved against the file's module; a package's __init__ is
// its package.
func relativeImports(f *python.File, module string, isPackage bool) map[string]string {
	out := map[string]string{}
	if module == "" {
		return out
	}
	pkg := strings.Split(module, ".")
	if !isPackage {
		pkg = pkg[:len(pkg)-1]
	}
	for _, n := range f.Nodes("import_from_statement") {
		from := f.Text(python.Child(n, "module_name"))
		rest := strings.TrimLeft(from, ".")
		level := len(from) - len(rest)
		if level == 0 || level-1 > len(pkg) {
			continue
		}
		base := strings.Join(pkg[:len(pkg)-(level-1)], ".")
		if rest != "" {
			base = strings.Trim(base+"."+rest, ".")
		}
		for _, name := range python.ChildrenByField(n, "name") {
			local, orig := f.Text(name), f.Text(name)
			if python.KindOf(name) == "aliased_import" {
				local, orig = f.Text(python.Child(name, "alias")), f.Text(python.Child(name, "name"))
			}
			out[local] = strings.Trim(base+"."+orig, ".")
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
