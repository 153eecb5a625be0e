package debugmode

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net"
	"net/netip"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/defs"
)

// PprofAnalyzer reports Go's profiling endpoints served with the API (AV202): net/http/pprof
// imported by a package that serves http.DefaultServeMux (where the import registers
// /debug/pprof/), and pprof handlers registered on a router that is not served on loopback only.
var PprofAnalyzer = analysisutil.New("AV202", runPprof, inspect.Analyzer)

const (
	pprofRisk = "/debug/pprof/ exposes heap, goroutine stacks and CPU profiles to anyone who can " +
		"reach the API; serve pprof on a separate loopback-only mux"
	pprofImportMsg = "net/http/pprof is imported and http.DefaultServeMux is served on %s (%s, %s): " + pprofRisk
	pprofRouteMsg  = "net/http/pprof's handlers are registered on %s (%s): " + pprofRisk
)

// pprofFuncs are the handler functions of net/http/pprof.
var pprofFuncs = []string{"Index", "Cmdline", "Profile", "Symbol", "Trace"}

func runPprof(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, pprofPath, chiMiddleware, ginPprofPath) {
		return nil, nil // no pprof handlers can be reached from this package
	}
	files := slices.Collect(shippedFiles(pass))
	p := &pprofChecker{pass: pass, info: pass.TypesInfo, defs: defs.New(pass.TypesInfo, files)}
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == httpPath {
			p.defaultMux = imp.Scope().Lookup("DefaultServeMux")
			p.serverHandler = structField(imp, "Server", "Handler")
			p.serverAddr = structField(imp, "Server", "Addr")
		}
	}
	for _, f := range files {
		for _, spec := range f.Node().(*ast.File).Imports {
			if path, err := strconv.Unquote(spec.Path.Value); err == nil && path == pprofPath {
				p.imports = append(p.imports, spec)
			}
		}
	}
	p.checkImports(files)
	p.checkRoutes(files)
	return nil, nil
}

type pprofChecker struct {
	pass *analysis.Pass
	info *types.Info
	defs *defs.Index

	imports       []*ast.ImportSpec // imports of net/http/pprof in shipped files
	defaultMux    types.Object      // http.DefaultServeMux; nil if net/http is not imported
	serverHandler *types.Var        // http.Server.Handler
	serverAddr    *types.Var        // http.Server.Addr
}

// checkImports reports the imports of net/http/pprof when the package serves
// http.DefaultServeMux, on which the import registers the handlers, beyond loopback.
func (p *pprofChecker) checkImports(files []inspector.Cursor) {
	if len(p.imports) == 0 {
		return
	}
	for _, f := range files {
		for c := range f.Preorder((*ast.CallExpr)(nil)) {
			s, ok := p.serveSite(c.Node().(*ast.CallExpr))
			if !ok || p.routerRoot(s.handler) != p.defaultMux || p.defaultMux == nil {
				continue
			}
			addr, loopback := p.address(s)
			if loopback {
				continue
			}
			for _, spec := range p.imports {
				analysisutil.Report(p.pass, spec, pprofImportMsg, addr, types.ExprString(s.call.Fun), p.line(spec, s.call))
			}
			return
		}
	}
}

// line names the line of n, with its file when that differs from the file of from.
func (p *pprofChecker) line(from, n ast.Node) string {
	fset := p.pass.Fset
	at, pos := fset.Position(from.Pos()), fset.Position(n.Pos())
	if at.Filename == pos.Filename {
		return fmt.Sprintf("line %d", pos.Line)
	}
	return fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)
}

// checkRoutes reports pprof handlers registered on a router unless the function that registers
// them serves that router, and only on loopback addresses.
func (p *pprofChecker) checkRoutes(files []inspector.Cursor) {
	for _, f := range files {
		for c := range f.Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			router, handler, ok := p.registration(call)
			if !ok || p.loopbackOnly(c, p.routerRoot(router)) {
				continue
			}
			name := "http.DefaultServeMux"
			if router != nil {
				name = types.ExprString(chainBase(p.info, router))
			}
			analysisutil.Report(p.pass, call, pprofRouteMsg, name, handler)
		}
	}
}

// registration reports whether call registers pprof handlers on a router: it returns the router
// (nil for http.DefaultServeMux) and names the handler.
func (p *pprofChecker) registration(call *ast.CallExpr) (router ast.Expr, handler string, ok bool) {
	fn, _ := typeutil.Callee(p.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil, "", false
	}
	// gin-contrib/pprof's Register(r) and RouteRegister(g) register all of them.
	if fn.Pkg().Path() == ginPprofPath && (fn.Name() == "Register" || fn.Name() == "RouteRegister") && len(call.Args) > 0 {
		return call.Args[0], types.ExprString(call.Fun), true
	}
	if !p.registers(fn) {
		return nil, "", false
	}
	if fn.Signature().Recv() != nil {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil, "", false
		}
		router = sel.X
	}
	for _, arg := range call.Args {
		if h := p.pprofHandler(arg); h != "" {
			return router, h, true
		}
	}
	return nil, "", false
}

// routerTypes are the router, group and route types of the frameworks, by import path.
var routerTypes = map[string][]string{
	ginPath:     {"Engine", "RouterGroup", "IRouter", "IRoutes"},
	echoPath:    {"Echo", "Group"},
	chiPath:     {"Mux", "Router"},
	gorillaPath: {"Router", "Route"},
}

// isRouterMethod reports whether fn is a method of a router type of gin, echo, chi or gorilla/mux.
func isRouterMethod(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil || fn.Pkg() == nil {
		return false
	}
	for _, name := range routerTypes[fn.Pkg().Path()] {
		if analysisutil.IsNamed(recv.Type(), fn.Pkg().Path(), name) {
			return true
		}
	}
	return false
}

// registers reports whether fn registers handlers or middleware on a router: http.Handle,
// http.HandleFunc, the same methods of http.ServeMux, and the methods of the routers of gin,
// echo, chi and gorilla/mux (GET, Any, Mount, Handle, Handler, Use, ...).
func (p *pprofChecker) registers(fn *types.Func) bool {
	if fn.Pkg() != nil && fn.Pkg().Path() == httpPath {
		recv := fn.Signature().Recv()
		return (fn.Name() == "Handle" || fn.Name() == "HandleFunc") &&
			(recv == nil || analysisutil.IsNamed(recv.Type(), httpPath, "ServeMux"))
	}
	return isRouterMethod(fn)
}

// pprofHandler names the pprof handler that e holds or wraps (pprof.Index, gin.WrapF(pprof.Index),
// pprof.Handler("heap"), middleware.Profiler(), or a function literal that calls pprof.Profile),
// or returns "". http.DefaultServeMux counts when the package imports net/http/pprof, which
// registers its handlers there.
func (p *pprofChecker) pprofHandler(e ast.Expr) string {
	var found string
	isPprof := func(id *ast.Ident) bool {
		obj := p.info.Uses[id]
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == pprofPath {
			return slices.Contains(pprofFuncs, fn.Name())
		}
		return obj != nil && obj == p.defaultMux && len(p.imports) > 0
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if found != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if fn, ok := typeutil.Callee(p.info, n).(*types.Func); ok && p.registers(fn) {
				return false // a nested registration is reported on its own
			}
			if analysisutil.IsPkgFunc(p.info, n, pprofPath, "Handler") ||
				analysisutil.IsPkgFunc(p.info, n, chiMiddleware, "Profiler") {
				found = types.ExprString(n)
			}
		case *ast.SelectorExpr:
			if isPprof(n.Sel) {
				found = types.ExprString(n)
			}
		case *ast.Ident:
			if isPprof(n) {
				found = n.Name
			}
		}
		return found == ""
	})
	return found
}

// loopbackOnly reports whether the outermost function enclosing c serves the router root, and
// serves it on loopback addresses only.
func (p *pprofChecker) loopbackOnly(c inspector.Cursor, root types.Object) bool {
	if root == nil {
		return false
	}
	var fn inspector.Cursor
	for e := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = e
	}
	if !fn.Valid() {
		return false // package-level initializer
	}
	served := false
	for cc := range fn.Preorder((*ast.CallExpr)(nil)) {
		s, ok := p.serveSite(cc.Node().(*ast.CallExpr))
		if !ok || p.routerRoot(s.handler) != root {
			continue
		}
		if _, loopback := p.address(s); !loopback {
			return false
		}
		served = true
	}
	return served
}

// A serveSite is a call that serves a handler on an address.
type serveSite struct {
	call     *ast.CallExpr
	handler  ast.Expr // nil: http.DefaultServeMux
	addr     ast.Expr // the address, or nil
	fallback string   // how to name the address when addr is nil
}

// serveSite recognises call as one that serves a handler: http.ListenAndServe(TLS), http.Serve(TLS),
// the same methods of an http.Server whose literal we can see, gin's Engine.Run(TLS) and echo's
// Echo.Start(TLS).
func (p *pprofChecker) serveSite(call *ast.CallExpr) (serveSite, bool) {
	info, args := p.info, call.Args
	s := serveSite{call: call}
	recv := func() ast.Expr {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if v, ok := info.Selections[sel]; ok && v.Kind() == types.MethodVal {
				return sel.X
			}
		}
		return nil
	}
	switch {
	case analysisutil.IsPkgFunc(info, call, httpPath, "ListenAndServe") && len(args) == 2:
		s.addr, s.handler = args[0], args[1]
	case analysisutil.IsPkgFunc(info, call, httpPath, "ListenAndServeTLS") && len(args) == 4:
		s.addr, s.handler = args[0], args[3]
	case analysisutil.IsPkgFunc(info, call, httpPath, "Serve", "ServeTLS") && len(args) >= 2:
		s.handler = args[1]
		s.addr, s.fallback = p.listenerAddr(args[0])
	case analysisutil.IsMethod(info, call, httpPath, "Server", "ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS"):
		x := recv()
		if x == nil {
			return s, false
		}
		lit := p.serverLiteral(x)
		base := p.defs.ObjOf(x)
		h, ok := p.serverField(base, lit, p.serverHandler, "Handler")
		if !ok {
			return s, false // a server we cannot see: its handler is unknown
		}
		s.handler = h
		switch name := typeutil.Callee(info, call).Name(); name {
		case "Serve", "ServeTLS":
			if len(args) == 0 {
				return s, false
			}
			s.addr, s.fallback = p.listenerAddr(args[0])
		default:
			a, ok := p.serverField(base, lit, p.serverAddr, "Addr")
			switch {
			case !ok:
				s.fallback = types.ExprString(x) + ".Addr"
			case a == nil && name == "ListenAndServeTLS":
				s.fallback = `":https"`
			case a == nil:
				s.fallback = `":http"`
			default:
				s.addr = a
			}
		}
	case analysisutil.IsMethod(info, call, ginPath, "Engine", "Run", "RunTLS"):
		if s.handler = recv(); s.handler == nil {
			return s, false
		}
		if len(args) > 0 {
			s.addr = args[0]
		} else {
			s.fallback = `":8080"` // gin's default, or $PORT
		}
	case analysisutil.IsMethod(info, call, echoPath, "Echo", "Start", "StartTLS", "StartAutoTLS") && len(args) > 0:
		if s.handler, s.addr = recv(), args[0]; s.handler == nil {
			return s, false
		}
	default:
		return s, false
	}
	if s.handler != nil && info.Types[s.handler].IsNil() {
		s.handler = nil
	}
	return s, true
}

// address names the address s serves on and reports whether it is a loopback constant.
func (p *pprofChecker) address(s serveSite) (string, bool) {
	if s.addr == nil {
		return s.fallback, false
	}
	if v, ok := p.constString(s.addr, 0); ok {
		return strconv.Quote(v), isLoopback(v)
	}
	return types.ExprString(s.addr), false
}

// isLoopback reports whether the host of addr is localhost or a loopback IP address.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// constString returns the constant string value of e, or of the one value ever assigned to the
// variable e.
func (p *pprofChecker) constString(e ast.Expr, depth int) (string, bool) {
	if v, ok := analysisutil.ConstString(p.info, e); ok {
		return v, true
	}
	if depth < 4 {
		if v := p.defs.Value(p.defs.ObjOf(e)); v != nil {
			return p.constString(v, depth+1)
		}
	}
	return "", false
}

// listenerAddr returns the address a listener was opened on (l, err := net.Listen("tcp", addr)),
// or names the listener.
func (p *pprofChecker) listenerAddr(l ast.Expr) (ast.Expr, string) {
	if d, ok := p.defs.Only(p.defs.ObjOf(l)); ok && d.Index <= 0 {
		if call, ok := ast.Unparen(d.Expr).(*ast.CallExpr); ok && len(call.Args) >= 2 &&
			(analysisutil.IsPkgFunc(p.info, call, "net", "Listen") ||
				analysisutil.IsPkgFunc(p.info, call, "crypto/tls", "Listen")) {
			return call.Args[1], ""
		}
	}
	return nil, "listener " + types.ExprString(l)
}

// serverLiteral returns the http.Server literal that e denotes, directly or through the variable
// or field it was assigned to, or nil.
func (p *pprofChecker) serverLiteral(e ast.Expr) *ast.CompositeLit {
	for range 4 {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		if lit, ok := e.(*ast.CompositeLit); ok {
			if analysisutil.IsNamed(p.info.TypeOf(lit), httpPath, "Server") {
				return lit
			}
			return nil
		}
		if e = p.defs.Value(p.defs.ObjOf(e)); e == nil {
			return nil
		}
	}
	return nil
}

// serverField returns the value of an http.Server field for the server held by base (assigned
// once, as in srv.Handler = mux) or built by lit; nil when the field is nil or left out. It
// reports false when the value cannot be known.
func (p *pprofChecker) serverField(base types.Object, lit *ast.CompositeLit, field *types.Var, name string) (ast.Expr, bool) {
	if base != nil && field != nil {
		switch ds := p.defs.Fields[defs.FieldKey{Base: base, Field: field}]; len(ds) {
		case 0:
		case 1:
			if ds[0].Expr == nil || ds[0].Index >= 0 {
				return nil, false
			}
			return p.nilToNil(ds[0].Expr), true
		default:
			return nil, false
		}
	}
	if lit == nil {
		return nil, false
	}
	if kv, ok := keyedField(p.info, lit, httpPath, "Server", name); ok {
		return p.nilToNil(kv.Value), true
	}
	return nil, true
}

func (p *pprofChecker) nilToNil(e ast.Expr) ast.Expr {
	if p.info.Types[e].IsNil() {
		return nil
	}
	return e
}

// routerRoot returns the variable or field that holds the router e denotes, following groups and
// sub-routers to the router they came from: r for r, r.Group("/v1"), r.Handler() and for g after
// g := r.Group("/v1"). A nil e denotes http.DefaultServeMux.
func (p *pprofChecker) routerRoot(e ast.Expr) types.Object {
	if e == nil {
		return p.defaultMux
	}
	for range 8 {
		if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
			x := routerCallRecv(p.info, call)
			if x == nil {
				return nil
			}
			e = x
			continue
		}
		obj := p.defs.ObjOf(e)
		if obj == nil {
			return nil
		}
		if v, ok := ast.Unparen(p.defs.Value(obj)).(*ast.CallExpr); ok && routerCallRecv(p.info, v) != nil {
			e = v
			continue
		}
		return obj
	}
	return nil
}

// routerCallRecv returns the receiver of call when call is a method call on a router of gin,
// echo, chi or gorilla/mux (r.Group("/v1"), r.PathPrefix("/api").Subrouter()), or nil.
func routerCallRecv(info *types.Info, call *ast.CallExpr) ast.Expr {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if fn, ok := typeutil.Callee(info, call).(*types.Func); ok && isRouterMethod(fn) {
		return sel.X
	}
	return nil
}

// chainBase strips router method calls from e: r for r.PathPrefix("/x").Subrouter().
func chainBase(info *types.Info, e ast.Expr) ast.Expr {
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return e
		}
		x := routerCallRecv(info, call)
		if x == nil {
			return e
		}
		e = x
	}
}
