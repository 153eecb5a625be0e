package routeauth

import (
	"fmt"
	"sort"
	"strings"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/routes"
)

// RouteWithoutAuth reports a state-changing or sensitive route with no guard while sibling
// routes of the same application are guarded (AV301).
var RouteWithoutAuth = python.NewAnalyzer("AV301", Kinds,
	// Every route Extract finds comes from a `.route(` decorator, add_url_rule, or a file that
	// imports flask, fastapi, django or rest_framework.
	[]string{"route", "add_url_rule", "flask", "fastapi", "django", "rest_framework"},
	runRouteWithoutAuth)

// appStats describes the guarded routes of one application.
type appStats struct {
	total   int // routes that are not public by design
	guarded int
	guards  map[string]int // guard name -> routes it protects
	first   map[string]routes.Guard
}

func runRouteWithoutAuth(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	m := modelOf(f)
	m.mu.Lock()
	defer m.mu.Unlock()
	rs := m.routes()
	stats := map[string]*appStats{}
	for _, r := range rs {
		// A guarded root ("/" of a blueprint or router, its collection) still shows that the
		// application guards its routes.
		if r.Public != "" && (r.Public != "root" || !r.Guarded()) {
			continue
		}
		st := stats[r.App]
		if st == nil {
			st = &appStats{guards: map[string]int{}, first: map[string]routes.Guard{}}
			stats[r.App] = st
		}
		st.total++
		if !r.Guarded() {
			continue
		}
		st.guarded++
		seen := map[string]bool{}
		for _, g := range r.Guards {
			if !g.AllowsAnyone && !seen[g.Name] {
				seen[g.Name] = true
				st.guards[g.Name]++
				if _, ok := st.first[g.Name]; !ok {
					st.first[g.Name] = g
				}
			}
		}
	}
	reported := map[uintptr]bool{}
	for _, r := range rs {
		if r.Guarded() || r.unknown || r.broken || r.openAtRoute() || r.Public != "" || reported[r.node.Id()] {
			continue
		}
		changes := r.changesState()
		if !changes && !routes.Sensitive(r.Path) {
			continue
		}
		st := stats[r.App]
		if st == nil || st.guarded == 0 {
			continue // no route of this app is guarded: a gateway or a design choice, not our call
		}
		reported[r.node.Id()] = true
		what := "changes state"
		if !changes {
			what = "serves a sensitive path"
		}
		names := topGuards(st)
		path := r.Path
		if path == "" {
			path = "/" // @router.post("") of a router mounted elsewhere
		}
		pass.Report(python.NodeDiagnostic(r.node, fmt.Sprintf(
			"%s %s (%s) %s but has no authentication, while %d of %d other routes of this app are protected (%s): "+
				"anyone can call it without credentials; %s",
			strings.Join(r.Methods, ","), path, r.Handler, what, st.guarded, st.total-1, strings.Join(names, ", "),
			suggestion(r, st.first[names[0]]))))
	}
}

// topGuards returns the names of the most used guards of an application, at most two.
func topGuards(st *appStats) []string {
	var names []string
	for n := range st.guards {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		// A check written in a view body is named last: it is no guard to copy.
		if ci, cj := st.first[names[i]].Kind == "call", st.first[names[j]].Kind == "call"; ci != cj {
			return cj
		}
		if st.guards[names[i]] != st.guards[names[j]] {
			return st.guards[names[i]] > st.guards[names[j]]
		}
		return names[i] < names[j]
	})
	if len(names) > 2 {
		names = names[:2]
	}
	return names
}

// suggestion says how to protect the route the way its siblings are protected.
func suggestion(r *route, g routes.Guard) string {
	switch g.Kind {
	case "decorator":
		if r.Framework == "django" {
			return fmt.Sprintf("decorate the view with @%s or wrap it in urls.py", g.Name)
		}
		if r.Framework == "flask-restful" || r.Framework == "flask-restx" {
			return fmt.Sprintf("decorate the method with @%s or list it in the resource's method_decorators", g.Name)
		}
		return fmt.Sprintf("add @%s below the route decorator", g.Name)
	case "dependency":
		if !strings.HasPrefix(g.Name, "Depends(") && !strings.HasPrefix(g.Name, "Security(") {
			return fmt.Sprintf("add a parameter annotated %s, or register it on the protected router", g.Name)
		}
		return fmt.Sprintf("add %s to its parameters or to dependencies=[...], or register it on the protected router", g.Name)
	case "hook":
		return fmt.Sprintf("register it on the blueprint whose before_request hook %s checks credentials, or add a guard decorator", g.Name)
	case "middleware":
		return fmt.Sprintf("route it through the middleware %s, or add a guard", g.Name)
	case "mixin":
		return fmt.Sprintf("add %s to the view's bases", g.Name)
	case "permission":
		return fmt.Sprintf("set permission_classes = [%s] on the view (@permission_classes([%s]) on a function view)", g.Name, g.Name)
	case "setting":
		return "set permission_classes on the view (for example [IsAuthenticated])"
	}
	return fmt.Sprintf("check credentials in it as its siblings do (%s)", g.Name)
}
