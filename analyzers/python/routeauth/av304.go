package routeauth

import (
	"fmt"
	"sort"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// DRFAllowAnyOnWrites reports Django REST framework views that accept writes and allow any
// caller (AV304).
var DRFAllowAnyOnWrites = python.NewAnalyzer("AV304", Kinds,
	// AllowAny and empty lists are both written as permission_classes.
	[]string{"permission_classes", "AllowAny"},
	runDRFAllowAnyOnWrites)

func runDRFAllowAnyOnWrites(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	m := modelOf(f)
	m.mu.Lock()
	defer m.mu.Unlock()
	// Views routed in this file on public paths (/register/, /token/) are public by design.
	publicViews := map[string]bool{}
	for _, r := range m.routes() {
		if r.Public != "" {
			publicViews[r.Handler] = true
		}
	}
	public := func(name string) bool { return publicViews[name] || publicName(name) != "" }
	var ds []python.Diagnostic
	seen := map[uintptr]bool{}
	for _, c := range f.Nodes("class_definition") {
		ci := m.classInfo(c)
		kind := m.viewKindOf(ci)
		if kind != drfView && kind != drfViewSet || ci.methods["get_permissions"] != nil || public(ci.name) {
			continue
		}
		var writes []string
		if kind == drfViewSet {
			for _, a := range m.viewsetActions(ci) {
				for _, va := range viewsetActions {
					if va.name == a && va.method != "GET" {
						writes = appendMethod(writes, va.method)
					}
				}
			}
		} else {
			for _, p := range m.classView(c) {
				for _, x := range p.methods {
					if x != "GET" && x != "HEAD" && x != "OPTIONS" {
						writes = appendMethod(writes, x)
					}
				}
			}
		}
		writes = m.restrictMethods(ci, writes)
		if a, ok := ci.attrs["permission_classes"]; ok && len(writes) > 0 && !seen[a.assign.Id()] {
			if gs, known := m.permissionList(a.value, a.assign, "route"); known && len(gs) == 1 && gs[0].AllowsAnyone {
				seen[a.assign.Id()] = true
				ds = append(ds, allowAnyDiagnostic(a.assign, ci.name, writes, gs[0].Name))
			}
		}
		if kind != drfViewSet {
			continue
		}
		for _, ex := range m.viewsetExtraActions(ci) {
			if ex.perms == nil || seen[ex.perms.Id()] || public(ex.name) || public(ex.urlPath) {
				continue
			}
			var w []string
			for _, x := range ex.methods {
				if x != "GET" && x != "HEAD" && x != "OPTIONS" {
					w = append(w, x)
				}
			}
			if gs, known := m.permissionList(ex.perms, ex.perms, "route"); known && len(w) > 0 && len(gs) == 1 && gs[0].AllowsAnyone {
				seen[ex.perms.Id()] = true
				ds = append(ds, allowAnyDiagnostic(python.Parent(ex.perms), ci.name+"."+ex.name, w, gs[0].Name))
			}
		}
	}
	// Function views: @api_view(["POST"]) with @permission_classes([AllowAny]).
	for _, dd := range f.Nodes("decorated_definition") {
		fn := python.Child(dd, "definition")
		if fn == nil || python.KindOf(fn) != "function_definition" || public(f.Text(python.Child(fn, "name"))) {
			continue
		}
		var writes []string
		var perm, permArg *sitter.Node
		for _, d := range decoratorsOf(dd) {
			expr := python.Unparen(decoratorExpr(d))
			if expr == nil || python.KindOf(expr) != "call" {
				continue
			}
			args := python.CallArgs(expr)
			switch lastSeg(f.DottedName(python.Callee(expr))) {
			case "api_view":
				if len(args) > 0 {
					ms, _ := m.methodList(args[0])
					for _, x := range ms {
						if x != "GET" && x != "HEAD" && x != "OPTIONS" {
							writes = append(writes, x)
						}
					}
				}
			case "permission_classes":
				if len(args) > 0 {
					perm, permArg = d, args[0]
				}
			}
		}
		if perm == nil || len(writes) == 0 {
			continue
		}
		if gs, known := m.permissionList(permArg, perm, "route"); known && len(gs) == 1 && gs[0].AllowsAnyone {
			ds = append(ds, allowAnyDiagnostic(perm, f.Text(python.Child(fn, "name")), writes, gs[0].Name))
		}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].StartByte < ds[j].StartByte })
	for _, d := range ds {
		pass.Report(d)
	}
}

func allowAnyDiagnostic(at *sitter.Node, view string, writes []string, perms string) python.Diagnostic {
	writes = sortMethods(writes)
	var can []string
	for _, w := range writes {
		switch w {
		case "POST":
			can = appendMethod(can, "create")
		case "PUT", "PATCH":
			can = appendMethod(can, "change")
		case "DELETE":
			can = appendMethod(can, "delete")
		}
	}
	if len(can) == 0 {
		can = []string{"write"}
	}
	what := perms
	if !strings.Contains(what, "[]") {
		what = "permission_classes allowing anyone (" + perms + ")"
	}
	return python.NodeDiagnostic(at, fmt.Sprintf(
		"%s accepts %s with %s: this overrides the project's DEFAULT_PERMISSION_CLASSES, so anyone on the internet can %s its objects; "+
			"require authentication (permission_classes = [IsAuthenticated] or stricter), or limit the public part to safe methods",
		view, strings.Join(writes, ", "), what, joinWords(can)))
}

func joinWords(ws []string) string {
	switch len(ws) {
	case 1:
		return ws[0]
	case 2:
		return ws[0] + " or " + ws[1]
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " or " + ws[len(ws)-1]
}
