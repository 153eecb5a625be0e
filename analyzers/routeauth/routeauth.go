package routeauth

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/internal/routes"
)

// Analyzers lists the rule analyzers of this package in rule ID order.
var Analyzers = []*analysis.Analyzer{AV301}

// AV301 reports a state-changing or sensitive route registered without authentication while
// other routes of the same router tree are guarded: most often a route registered on the bare
// router instead of the authenticated group, or before gin's Use.
var AV301 = analysisutil.New("AV301", runAV301, Inventory)

func runAV301(pass *analysis.Pass) (any, error) {
	inv := pass.ResultOf[Inventory].(*routes.Inventory)
	ds := detailsOf(inv)
	if len(inv.Routes) == 0 || len(ds) != len(inv.Routes) {
		return nil, nil
	}
	apps := map[string][]int{}
	var appOrder []string
	for i, r := range inv.Routes {
		if _, ok := apps[r.App]; !ok {
			appOrder = append(appOrder, r.App)
		}
		apps[r.App] = append(apps[r.App], i)
	}
	reported := map[*registration]bool{}
	for _, app := range appOrder {
		idx := apps[app]
		// Guarded routes that are not public by design show that the application authenticates
		// its callers: a login handler that checks a password proves nothing about the rest.
		var evidence []int
		for _, i := range idx {
			if r := &inv.Routes[i]; r.Guarded() && r.Public == "" {
				evidence = append(evidence, i)
			}
		}
		if len(evidence) == 0 {
			continue
		}
		for _, i := range idx {
			r, d := &inv.Routes[i], ds[i]
			if r.Guarded() || r.Public != "" || reported[d.reg] {
				continue
			}
			sensitive := routes.Sensitive(r.Path)
			// A handler object or factory result taking every method is a sub-application (a
			// file server, a proxy, a GraphQL endpoint): only its path can say it is sensitive.
			anyMethod := len(r.Methods) == 1 && r.Methods[0] == "*"
			if !sensitive && (!r.StateChanging() || (anyMethod && !d.reg.function)) {
				continue
			}
			reported[d.reg] = true
			analysisutil.Report(pass, d.reg.call, "%s", message(inv, ds, r, d, evidence))
		}
	}
	return nil, nil
}

// message says which route is unguarded, where it is registered, which guards its siblings have,
// and where to register it instead.
func message(inv *routes.Inventory, ds []*routeDetail, r *routes.Route, d *routeDetail, evidence []int) string {
	label := fmt.Sprintf("%s %s (%s)", methodsLabel(r.Methods), r.Path, r.Handler)
	noun := "router"
	if d.reg.node.root().fw == fwNetHTTP {
		noun = "mux"
	}
	guards := guardNames(inv, evidence)
	others := fmt.Sprintf("%d other routes of this %s sit behind %s", len(evidence), noun, guards)
	if len(evidence) == 1 {
		others = fmt.Sprintf("1 other route of this %s sits behind %s", noun, guards)
	}
	if m := d.lateUse; m != nil {
		fw := "gin applies Use"
		if r.Framework == fwEcho {
			fw = "an echo group applies Use"
		}
		return fmt.Sprintf("%s is registered on %s before %s is attached to it, and %s only to the routes "+
			"registered after it: the route has no authentication while %s, so anyone who can reach "+
			"the API can call it; register it after the Use call", label, where(d.reg.node), m.name, fw, others)
	}
	return fmt.Sprintf("%s is registered on %s without authentication while %s: anyone who can reach the "+
		"API can call it; %s", label, where(d.reg.node), others, fix(inv, ds, evidence))
}

func methodsLabel(ms []string) string {
	if len(ms) == 1 && ms[0] == "*" {
		return "ANY"
	}
	return strings.Join(ms, ",")
}

// where describes the router a route is registered on.
func where(n *node) string {
	for i := 0; n.kind == withNode && n.parent != nil && i < maxTreeDepth; i++ {
		n = n.parent
	}
	switch {
	case n.kind == paramNode && n.parent == nil:
		return fmt.Sprintf("the router %s this function receives", n.name)
	case n.kind == defaultMux:
		return "http.DefaultServeMux"
	case n.kind == groupNode:
		p := prefixOf(n)
		if n.name != "" {
			return fmt.Sprintf("the group %s (%q)", n.name, p)
		}
		if p == "" {
			return "a group without authentication"
		}
		return fmt.Sprintf("the group %q", p)
	}
	noun := "router"
	if n.fw == fwNetHTTP {
		noun = "mux"
	}
	switch {
	case n.parent != nil && prefixOf(n) != "":
		return fmt.Sprintf("the %s mounted at %q", noun, prefixOf(n))
	case n.parent != nil:
		return fmt.Sprintf("a %s mounted in another router", noun)
	}
	return "the bare " + noun
}

// prefixOf is the full path prefix of a router.
func prefixOf(n *node) string {
	p := ""
	for i := 0; n != nil && i < maxTreeDepth; i++ {
		p = joinPath(n.prefix, p)
		n = n.parent
	}
	return p
}

// guardNames names the guards of the guarded routes, most used first.
func guardNames(inv *routes.Inventory, evidence []int) string {
	count := map[string]int{}
	for _, i := range evidence {
		seen := map[string]bool{}
		for _, g := range inv.Routes[i].Guards {
			name := g.Name
			if g.Kind == "handler" {
				name = "checks in their handlers"
			}
			if !g.AllowsAnyone && !seen[name] {
				seen[name] = true
				count[name]++
			}
		}
	}
	names := make([]string, 0, len(count))
	for n := range count {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a, b)) })
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return fmt.Sprintf("%s, %s and %d more", names[0], names[1], len(names)-2)
}

// fix suggests where to register the route: the group that guards most of the guarded routes,
// or the guard they carry themselves.
func fix(inv *routes.Inventory, ds []*routeDetail, evidence []int) string {
	count := map[*node]int{}
	guardOf := map[*node]string{}
	var routeGuard string
	for _, i := range evidence {
		n := ds[i].reg.node
		for range maxTreeDepth {
			if n == nil || (n.kind != groupNode && n.kind != withNode) {
				break // a root or mounted router is no place to move a route to
			}
			if g := authMW(n); g != nil && n.kind == groupNode && target(n) != "" {
				count[n]++
				guardOf[n] = g.name
				break
			}
			n = n.parent
		}
		if routeGuard == "" {
			for _, g := range inv.Routes[i].Guards {
				if g.Scope == "route" && g.Kind == "middleware" {
					routeGuard = g.Name
				}
			}
		}
	}
	var best *node
	for n, c := range count {
		if best == nil || c > count[best] || (c == count[best] && n.created < best.created) {
			best = n
		}
	}
	switch {
	case best != nil:
		return fmt.Sprintf("register it on %s, which applies %s", target(best), guardOf[best])
	case routeGuard != "":
		return fmt.Sprintf("protect it with %s as the other routes are", routeGuard)
	}
	return "register it with the authentication the other routes have"
}

// target names a group to register routes on: its variable, or where it is written.
func target(n *node) string {
	if n.name != "" {
		return n.name
	}
	return n.label
}

// authMW returns the first authentication middleware attached to n, or nil.
func authMW(n *node) *mw {
	for _, u := range n.mws {
		if u.m.auth != notAuth {
			return u.m
		}
	}
	for _, m := range n.wrappers {
		if m.auth != notAuth {
			return m
		}
	}
	return nil
}
