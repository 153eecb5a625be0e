package routeauth

import (
	"fmt"
	"sort"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// DecoratorNotCalled reports authentication decorator factories applied without calling them,
// and FastAPI authentication dependencies called instead of passed (AV303).
var DecoratorNotCalled = python.NewAnalyzer("AV303", Kinds,
	// Every factory of libraryDecorators and factoryNames is named here; a broken dependency is
	// inside Depends(...) or Security(...).
	[]string{"jwt_required", "auth_required", "roles_required", "roles_accepted", "permissions_required", "permissions_accepted",
		"permission_required", "user_passes_test", "requires", "permission_classes", "Depends", "Security"},
	runDecoratorNotCalled)

func runDecoratorNotCalled(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	m := modelOf(f)
	m.mu.Lock()
	defer m.mu.Unlock()
	// Every place a decorator is judged records the factories it finds uncalled: decorators of
	// functions and classes, MethodView decorators lists, view wrappers in add_url_rule and urls.
	m.routes()
	for _, dd := range f.Nodes("decorated_definition") {
		for _, d := range decoratorsOf(dd) {
			m.decorator(decoratorExpr(d), "route")
		}
	}
	for _, c := range f.Nodes("class_definition") {
		if a, ok := m.classInfo(c).attrs["decorators"]; ok && a.assign != nil && inClassBodyOf(a.assign, c) {
			items, _ := m.literalItems(a.value)
			for _, it := range items {
				m.decorator(it, "route")
			}
		}
	}
	var ds []python.Diagnostic
	for _, n := range m.uncalled {
		ds = append(ds, uncalledDiagnostic(m, n))
	}
	for _, call := range f.Nodes("call") {
		if m.dependsKind(call) == "" {
			continue
		}
		if _, v := m.dependency(call, "route"); v == depBroken {
			arg := python.Unparen(m.dependencyArg(call))
			callee := python.Callee(arg)
			d := python.NodeDiagnostic(arg, fmt.Sprintf(
				"%s calls the dependency once, when the module loads, instead of passing it: FastAPI gets its result, not a function to run "+
					"for each request, so callers are not authenticated; pass the function itself: %s(%s)",
				strings.Join(strings.Fields(f.Text(call)), " "), m.dependsKind(call), f.Text(callee)))
			if args := python.Child(arg, "arguments"); args != nil && python.NamedChildCount(args) == 0 {
				d = python.WithFix(d, "Pass the dependency instead of calling it", python.ReplaceNode(arg, f.Text(callee)))
			}
			ds = append(ds, d)
		}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].StartByte < ds[j].StartByte })
	for _, d := range ds {
		pass.Report(d)
	}
}

// inClassBodyOf reports whether n belongs to class c's own body (not to a base's).
func inClassBodyOf(n, c *sitter.Node) bool {
	return python.StartByte(n) >= python.StartByte(c) && python.EndByte(n) <= python.EndByte(c)
}

// uncalledDiagnostic explains a factory applied without a call.
func uncalledDiagnostic(m *model, n *sitter.Node) python.Diagnostic {
	f := m.f
	name := f.Text(n)
	last := lastSeg(f.DottedName(n))
	asDecorator := python.Parent(n) != nil && python.KindOf(python.Parent(n)) == "decorator"
	inList := python.Parent(n) != nil && (python.KindOf(python.Parent(n)) == "list" || python.KindOf(python.Parent(n)) == "tuple")
	var msg string
	switch {
	case last == "jwt_required" && inList:
		msg = fmt.Sprintf("%s is listed in decorators without being called: since flask_jwt_extended 4 it is a decorator factory, so the view is taken "+
			"as its `optional` argument and requests fail with an error instead of having their token checked; list %s() instead", name, name)
	case inList:
		msg = fmt.Sprintf("%s is listed in decorators without being called: it is a decorator factory that takes what to require, so the view "+
			"is taken for that argument and is not protected; list %s(...) with what the view requires", name, name)
	case last == "jwt_required" && asDecorator:
		msg = fmt.Sprintf("@%s is used without parentheses: since flask_jwt_extended 4 it is a decorator factory, so the view is taken as its "+
			"`optional` argument and Flask registers the returned decorator: requests fail with an error instead of having their token checked; "+
			"write @%s()", name, name)
	case last == "jwt_required":
		msg = fmt.Sprintf("%s(view) passes the view to a decorator factory (flask_jwt_extended 4): the result is a decorator, not a protected view; "+
			"write %s()(view)", name, name)
	case asDecorator:
		msg = fmt.Sprintf("@%s is used without arguments: it is a decorator factory that takes what to require, so applied bare it takes the view "+
			"for that argument and returns a decorator instead of a protected view; write @%s(...) with what the route requires",
			name, name)
	default:
		msg = fmt.Sprintf("%s(view) passes the view to a decorator factory that takes what to require: the result is a decorator, not a protected view; "+
			"write %s(...)(view) with what the route requires", name, name)
	}
	d := python.NodeDiagnostic(n, msg)
	if last == "jwt_required" && (asDecorator || inList) {
		d = python.WithFix(d, "Call jwt_required()", python.ReplaceNode(n, name+"()"))
	}
	return d
}
