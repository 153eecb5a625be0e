package routeauth

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"weak"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apivet/apivet/internal/routes"
)

// Inventory builds the route inventory of a package: every route registered on a net/http,
// gin, echo, chi or gorilla/mux router, with its full path and the authentication guards that
// protect it. It is not a rule: AV301 and `apivet routes` read its result. Route.File and
// Guard.File are absolute file names; callers make them relative. It exports facts, so the
// checker runs it on every dependency: it requires no other analyzer (not even inspect, whose
// inspector would be built for the whole standard library) and returns at once from packages
// that import no HTTP framework.
var Inventory = &analysis.Analyzer{
	Name: "routeinventory",
	Doc: "build the HTTP route inventory of a package with the authentication guards of each route\n\n" +
		"Routes of net/http, gin, echo, chi and gorilla/mux routers, followed through variables, " +
		"fields, helper functions, groups, sub-routers and mounts. Routes in _test.go files are left out.",
	URL:        "https://github.com/apivet/apivet/tree/main/analyzers/routeauth",
	Run:        runInventory,
	ResultType: reflect.TypeOf((*routes.Inventory)(nil)),
	FactTypes:  []analysis.Fact{new(authFact)},
}

func init() {
	Inventory.Flags.Var(&configuredGuards, "guards",
		"comma-separated names of the project's own authentication middleware (as called: RequireAPIKey, auth.Session)")
}

// configuredGuards holds the -routeinventory.guards flag.
var configuredGuards nameList

// nameList is a flag.Value of comma-separated names.
type nameList struct{ names []string }

func (l *nameList) String() string { return strings.Join(l.names, ",") }

func (l *nameList) Set(s string) error {
	l.names = nil
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			l.names = append(l.names, n)
		}
	}
	return nil
}

// has reports whether name — or the last element of a selector such as "auth.Session" — is a
// configured guard.
func (l *nameList) has(name string) bool {
	last := name
	if i := strings.LastIndexByte(last, '.'); i >= 0 {
		last = last[i+1:]
	}
	for _, n := range l.names {
		if n == name || n == last || strings.HasSuffix(n, "."+last) {
			return true
		}
	}
	return false
}

// frameworkPaths are the packages a package must import to register routes or define middleware.
var frameworkPaths = map[string]bool{
	httpPath: true, ginPath: true, echoPath: true, chiPath: true, gorillaPath: true, alicePath: true,
}

func importsFramework(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if frameworkPaths[unversioned(imp.Path())] {
			return true
		}
	}
	return false
}

func runInventory(pass *analysis.Pass) (_ any, err error) {
	// AV301 and `apivet routes` require this analyzer: a panic here must not take the process
	// down with it, as the driver only guards the analyzers it runs directly.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("route inventory: internal error: %v", r)
		}
	}()
	inv := &routes.Inventory{}
	if !importsFramework(pass.Pkg) {
		return inv, nil
	}
	in := newInterp(pass)
	in.run()
	var details []*routeDetail
	inv.Routes, details = in.inventory()
	remember(inv, details)
	return inv, nil
}

// shippedFiles returns the package's files that ship with the program (not _test.go files).
func shippedFiles(pass *analysis.Pass) []*ast.File {
	var files []*ast.File
	for _, f := range pass.Files {
		if !strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go") {
			files = append(files, f)
		}
	}
	return files
}

func newInterp(pass *analysis.Pass) *interp {
	files := shippedFiles(pass)
	in := &interp{
		pass: pass, info: pass.TypesInfo,
		decls: map[*types.Func]*ast.FuncDecl{}, relevant: map[ast.Node]bool{}, called: map[*types.Func]bool{},
		defs:      indexDefs(pass.TypesInfo, files),
		globals:   map[types.Object]value{},
		fieldVals: map[*types.Var]value{}, staticVals: map[types.Object]value{}, staticBusy: map[types.Object]bool{},
		nodes: map[nodeKey]*node{}, opaque: map[any]*node{}, regIndex: map[regKey]*registration{},
		inlineMemo: map[string][]value{}, active: map[ast.Node]int{}, visited: map[ast.Node]bool{},
	}
	in.files = files
	var order []*types.Func
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					in.decls[fn] = fd
					order = append(order, fn)
				}
			}
		}
	}
	in.order = order
	in.guards = newGuardIndex(pass, in.decls, order)
	return in
}

// run interprets the package: package variables, init functions, then the functions nobody in
// the package calls (main, NewRouter, exported registration helpers), then what is left.
func (in *interp) run() {
	in.findRelevant()
	global := newFrame(nil)
	for _, f := range in.files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Values) == 0 || !in.mentionsRouters(vs) {
					continue
				}
				lhs := make([]ast.Expr, len(vs.Names))
				for i, n := range vs.Names {
					lhs[i] = n
				}
				in.assign(lhs, vs.Values, token.DEFINE, global)
			}
		}
	}
	var inits, roots, rest []*ast.FuncDecl
	for _, fn := range in.order {
		decl := in.decls[fn]
		switch {
		case !in.relevant[decl]:
		case decl.Recv == nil && decl.Name.Name == "init":
			inits = append(inits, decl)
		case !in.called[fn]:
			roots = append(roots, decl)
		default:
			rest = append(rest, decl)
		}
	}
	for _, list := range [][]*ast.FuncDecl{inits, roots, rest} {
		for _, decl := range list {
			if !in.visited[decl] {
				in.walkRoot(decl)
			}
		}
	}
	// Function literals never called where we could see them (stored and called later).
	for _, f := range in.files {
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.FuncLit); ok && in.relevant[lit] && !in.visited[lit] {
				in.visited[lit] = true
				fr := newFrame(nil)
				in.bindRouterParams(lit.Type, fr)
				in.walk(lit.Body, fr)
			}
			return true
		})
	}
}

// walkRoot interprets a function nobody in the package calls: router parameters are routers we
// cannot trace (the caller is in another package).
func (in *interp) walkRoot(decl *ast.FuncDecl) {
	in.visited[decl] = true
	fr := newFrame(nil)
	in.bindRouterParams(decl.Type, fr)
	in.walk(decl.Body, fr)
}

func (in *interp) bindRouterParams(ft *ast.FuncType, fr *frame) {
	if ft.Params == nil {
		return
	}
	for _, field := range ft.Params.List {
		for _, name := range field.Names {
			if obj, ok := in.info.Defs[name].(*types.Var); ok {
				if v := in.opaqueFor(obj, obj.Type(), obj.Pos()); v != nil {
					if n, ok := v.(*node); ok && n.name == "" {
						n.name = name.Name
					}
					fr.vars[obj] = v
				}
			}
		}
	}
}

// findRelevant marks the functions that can touch routers: those that call a router API, create
// or serve a router, take or return one, or call such a function of the package. The others are
// never interpreted.
func (in *interp) findRelevant() {
	edges := map[*types.Func][]*types.Func{}
	for _, fn := range in.order {
		decl := in.decls[fn]
		if in.signatureMentionsRouters(fn) {
			in.relevant[decl] = true
		}
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				if callee, ok := in.info.Uses[n].(*types.Func); ok && in.decls[callee.Origin()] != nil {
					edges[fn] = append(edges[fn], callee.Origin())
				}
			case *ast.FuncLit:
				if in.directlyRelevant(n.Body) || in.mentionsRouterType(n.Type) {
					in.relevant[n] = true
					in.relevant[decl] = true
				}
			case *ast.CallExpr, *ast.CompositeLit:
				if in.isRouterAPI(n) {
					in.relevant[decl] = true
				}
			}
			return true
		})
	}
	for changed := true; changed; {
		changed = false
		for _, fn := range in.order {
			decl := in.decls[fn]
			if in.relevant[decl] {
				continue
			}
			for _, c := range edges[fn] {
				if in.relevant[in.decls[c]] {
					in.relevant[decl] = true
					changed = true
					break
				}
			}
		}
	}
	for _, fn := range in.order {
		if !in.relevant[in.decls[fn]] {
			continue
		}
		for _, c := range edges[fn] {
			if c != fn {
				in.called[c] = true
			}
		}
	}
}

// directlyRelevant reports whether a body calls a router API.
func (in *interp) directlyRelevant(body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n.(type) {
		case *ast.CallExpr, *ast.CompositeLit:
			found = in.isRouterAPI(n)
		}
		return !found
	})
	return found
}

// isRouterAPI reports whether n calls the router API of a framework (constructors, registration,
// middleware, mounting, serving) or builds a ServeMux or an http.Server.
func (in *interp) isRouterAPI(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.CompositeLit:
		t := in.info.TypeOf(n)
		return routerFramework(t) != "" || isNamedType(t, httpPath, "Server")
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(in.info, n).(*types.Func)
		if !ok || fn.Pkg() == nil {
			return false
		}
		switch pkg := unversioned(fn.Pkg().Path()); pkg {
		case ginPath, echoPath, chiPath, gorillaPath, alicePath:
			// Constructors, adapters and the methods of routers, groups, routes and chains; not
			// the request context of handlers.
			r := recvName(fn)
			return r == "" || routerTypes[pkg][r] != "" || r == "Route" || r == "Middlewares" ||
				r == "MiddlewareFunc" || r == "Chain"
		case httpPath:
			switch recvName(fn) {
			case "ServeMux", "Server":
				return true
			case "":
				switch fn.Name() {
				case "NewServeMux", "Handle", "HandleFunc", "ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS", "StripPrefix":
					return true
				}
			}
		}
	}
	return false
}

// signatureMentionsRouters reports whether fn takes or returns a router (or has one as receiver).
func (in *interp) signatureMentionsRouters(fn *types.Func) bool {
	sig := fn.Signature()
	for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
		for i := range tup.Len() {
			if routerFramework(tup.At(i).Type()) != "" {
				return true
			}
		}
	}
	return false
}

func (in *interp) mentionsRouterType(ft *ast.FuncType) bool {
	if ft.Params == nil {
		return false
	}
	for _, f := range ft.Params.List {
		if routerFramework(in.info.TypeOf(f.Type)) != "" {
			return true
		}
	}
	return false
}

// mentionsRouters reports whether a package variable holds a router or calls router APIs.
func (in *interp) mentionsRouters(vs *ast.ValueSpec) bool {
	for _, n := range vs.Names {
		if obj := in.info.Defs[n]; obj != nil && routerFramework(obj.Type()) != "" {
			return true
		}
	}
	for _, v := range vs.Values {
		if in.directlyRelevant(v) {
			return true
		}
	}
	return false
}

// routeDetail is what AV301 needs beyond the routes.Route: where to report and how to describe
// the router the route sits on.
type routeDetail struct {
	reg *registration
	// lateUse is an authentication middleware attached to the route's own gin or echo group
	// after the route was registered, or nil.
	lateUse *mw
}

// details keeps the routeDetails of each inventory for as long as the inventory lives: the
// analyzer result type is fixed by the shared route model.
var details sync.Map // weak.Pointer[routes.Inventory] -> []*routeDetail

func remember(inv *routes.Inventory, ds []*routeDetail) {
	wp := weak.Make(inv)
	details.Store(wp, ds)
	runtime.AddCleanup(inv, func(wp weak.Pointer[routes.Inventory]) { details.Delete(wp) }, wp)
}

func detailsOf(inv *routes.Inventory) []*routeDetail {
	if v, ok := details.Load(weak.Make(inv)); ok {
		return v.([]*routeDetail)
	}
	return nil
}

// inventory turns the registrations into routes, sorted, with their details in the same order.
func (in *interp) inventory() ([]routes.Route, []*routeDetail) {
	type pair struct {
		r routes.Route
		d *routeDetail
	}
	pairs := make([]pair, 0, len(in.regs))
	for _, reg := range in.regs {
		r, d := in.routeOf(reg)
		pairs = append(pairs, pair{r, d})
	}
	// The order of routes.Sort, kept for the details too.
	slices.SortStableFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(a.r.File, b.r.File), cmp.Compare(a.r.Line, b.r.Line), cmp.Compare(a.r.Column, b.r.Column),
			cmp.Compare(a.r.Path, b.r.Path), cmp.Compare(strings.Join(a.r.Methods, ","), strings.Join(b.r.Methods, ",")))
	})
	rs := make([]routes.Route, len(pairs))
	ds := make([]*routeDetail, len(pairs))
	for i, p := range pairs {
		rs[i], ds[i] = p.r, p.d
	}
	return rs, ds
}

// routeOf builds the route of a registration: the full path up the router tree, and the guards
// of the route, of its routers and of the wrappers around them.
func (in *interp) routeOf(reg *registration) (routes.Route, *routeDetail) {
	fset := in.pass.Fset
	pos := fset.Position(reg.call.Pos())
	r := routes.Route{
		Framework: reg.node.fw,
		Methods:   slices.Clone(reg.methods),
		Handler:   reg.handler,
		File:      pos.Filename,
		Line:      pos.Line,
		Column:    pos.Column,
		Guards:    []routes.Guard{},
	}
	if reg.handlerAt.IsValid() {
		hp := fset.Position(reg.handlerAt)
		r.HandlerFile, r.HandlerLine = hp.Filename, hp.Line
	}
	d := &routeDetail{reg: reg}
	seen := map[string]bool{}
	add := func(m *mw, kind, scope string) {
		if m.auth == notAuth {
			return
		}
		key := fmt.Sprint(m.name, m.pos, scope)
		if seen[key] {
			return
		}
		seen[key] = true
		g := routes.Guard{Name: m.name, Kind: kind, Scope: scope}
		if m.pos.IsValid() {
			p := fset.Position(m.pos)
			g.File, g.Line = p.Filename, p.Line
		}
		r.Guards = append(r.Guards, g)
	}
	for _, m := range reg.mws {
		add(m, "middleware", "route")
	}
	if reg.checks {
		add(&mw{name: reg.handler, pos: reg.handlerAt, auth: byBody}, "handler", "route")
	}
	path := reg.path
	limit := reg.time
	n := reg.node
	for i := 0; n != nil && i < maxTreeDepth; i++ {
		scope := "router"
		switch {
		case n.kind == withNode:
			scope = "route"
		case n.parent == nil && n.kind != paramNode:
			scope = "app"
		}
		for _, u := range n.mws {
			if n.orderSensitive() && u.time > limit {
				if u.m.auth != notAuth && n == reg.node && d.lateUse == nil {
					d.lateUse = u.m
				}
				continue
			}
			add(u.m, "middleware", scope)
		}
		for _, m := range n.wrappers {
			add(m, "middleware", scope)
		}
		path = joinPath(n.prefix, path)
		limit = n.created
		if n.parent == nil {
			break
		}
		n = n.parent
	}
	r.Path = path
	r.App = in.appID(reg.node.root())
	switch {
	case reg.static:
		r.Public = "static files"
	case strings.HasPrefix(reg.path, "<"):
	default:
		r.Public = routes.PublicByDesign(path)
		if readOnlyPublic[r.Public] && changesState(r.Methods) {
			// Documentation and assets are only ever read: DELETE /api/v1/docs/:id
			// deletes a document, POST /assets uploads one.
			r.Public = ""
		}
		if r.Public == "" {
			r.Public = publicHandler(reg.handler)
		}
		if r.Public == "" && webhookOwner(reg.handlerOwner) {
			// A method of webhook.Handler or of a WebhookHandler type, seen from the
			// package that registers it.
			r.Public = "webhook"
		}
		if r.Public == "" && publicGroup(reg.node) {
			r.Public = "public group"
		}
	}
	return r, d
}

// appID identifies a router tree by where its root router is created.
func (in *interp) appID(root *node) string {
	if root.kind == defaultMux {
		return "net/http.DefaultServeMux"
	}
	p := in.pass.Fset.Position(root.pos)
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}

// joinPath joins a router prefix and a route path with one slash between them.
func joinPath(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case strings.HasSuffix(prefix, "/") && strings.HasPrefix(path, "/"):
		return prefix + path[1:]
	case !strings.HasSuffix(prefix, "/") && !strings.HasPrefix(path, "/"):
		return prefix + "/" + path
	}
	return prefix + path
}

// webhookOwner reports whether a handler's package or receiver type is named for webhooks.
func webhookOwner(owner string) bool {
	for _, w := range splitWords(owner) {
		if w == "webhook" || w == "webhooks" {
			return true
		}
	}
	return false
}

// readOnlyPublic are the reasons for a path to be public that hold only for reads.
var readOnlyPublic = map[string]bool{"API docs": true, "static assets": true}

// changesState reports whether the methods include one that changes state (a route accepting
// any method has none listed).
func changesState(methods []string) bool {
	for _, m := range methods {
		switch strings.ToUpper(m) {
		case "POST", "PUT", "PATCH", "DELETE":
			return true
		}
	}
	return false
}

// publicHandler says why a handler is public by design, from its name ("" when it is not).
func publicHandler(name string) string { return routes.PublicHandler(name) }

// publicGroupWords name groups of routes meant for anyone.
var publicGroupWords = map[string]bool{
	"public": true, "anonymous": true, "anon": true, "guest": true, "unauthenticated": true, "noauth": true,
}

// publicGroup reports whether a route's router, or one it sits in, is a group named or prefixed
// as public: public := r.Group("/public"), r.Route("/guest", ...).
func publicGroup(n *node) bool {
	for i := 0; n != nil && i < maxTreeDepth; i++ {
		if n.kind == groupNode {
			for _, w := range append(splitWords(n.name), routes.Segments(n.prefix)...) {
				if publicGroupWords[w] {
					return true
				}
			}
		}
		n = n.parent
	}
	return false
}
