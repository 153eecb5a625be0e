package routeauth

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// frameworkCall interprets a call to the router API of net/http, gin, echo, chi, gorilla/mux or
// alice. It reports false for calls it does not model, which the caller treats generically.
func (in *interp) frameworkCall(call *ast.CallExpr, fn *types.Func, fr *frame) (value, bool) {
	if fn.Pkg() == nil {
		return nil, false
	}
	recv := recvName(fn)
	switch unversioned(fn.Pkg().Path()) {
	case httpPath:
		return in.netHTTP(call, fn.Name(), recv, fr)
	case ginPath:
		return in.gin(call, fn.Name(), recv, fr)
	case echoPath:
		return in.echo(call, fn.Name(), recv, fr)
	case chiPath:
		return in.chi(call, fn.Name(), recv, fr)
	case gorillaPath:
		return in.gorilla(call, fn.Name(), recv, fr)
	case alicePath:
		return in.alice(call, fn.Name(), recv, fr)
	}
	return nil, false
}

// recvValue evaluates the receiver of a method call.
func (in *interp) recvValue(call *ast.CallExpr, fr *frame) value {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := in.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
			return in.eval(sel.X, fr)
		}
	}
	return nil
}

// evalArgs evaluates arguments for their effects.
func (in *interp) evalArgs(args []ast.Expr, fr *frame) {
	for _, a := range args {
		in.eval(a, fr)
	}
}

func (in *interp) netHTTP(call *ast.CallExpr, name, recv string, fr *frame) (value, bool) {
	args := call.Args
	switch {
	case recv == "" && name == "NewServeMux":
		n, _ := in.nodeAt(call, nil, fwNetHTTP, rootNode, "")
		return n, true
	case (recv == "" || recv == "ServeMux") && (name == "Handle" || name == "HandleFunc") && len(args) == 2:
		n := in.defaultMuxNode()
		if recv != "" {
			if n = routerOf(in.recvValue(call, fr)); n == nil {
				in.evalArgs(args, fr)
				return nil, true
			}
		}
		methods, path := []string{"*"}, in.eval(args[0], fr)
		if p, ok := path.(strVal); ok {
			m, rest := splitPattern(string(p))
			if m != "" {
				methods = []string{m}
			}
			path = strVal(rest)
		}
		in.route(call, n, methods, path, args[0], in.eval(args[1], fr), args[1], nil, "")
		return nil, true
	case recv == "" && name == "StripPrefix" && len(args) == 2:
		p, _ := in.eval(args[0], fr).(strVal)
		return in.wrap(in.eval(args[1], fr), args[1], nil, string(p), true), true
	case recv == "" && (name == "FileServer" || name == "FileServerFS"):
		in.evalArgs(args, fr)
		return &staticVal{name: display(call)}, true
	}
	return nil, false
}

// splitPattern splits a Go 1.22 ServeMux pattern "[METHOD ][HOST]/[PATH]" into its method ("" for
// any) and path.
func splitPattern(p string) (method, path string) {
	p = strings.TrimSpace(p)
	if i := strings.IndexAny(p, " \t"); i >= 0 {
		method, p = strings.ToUpper(p[:i]), strings.TrimLeft(p[i:], " \t")
	}
	if i := strings.Index(p, "/"); i > 0 {
		p = p[i:] // drop the host
	}
	return method, p
}

// httpMethods are the method names of the routers' registration methods (GET, Get, ...).
var httpMethods = map[string]bool{
	"GET": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true, "HEAD": true,
	"OPTIONS": true, "CONNECT": true, "TRACE": true, "PROPFIND": true, "REPORT": true,
}

func (in *interp) gin(call *ast.CallExpr, name, recv string, fr *frame) (value, bool) {
	args := call.Args
	switch recv {
	case "":
		switch name {
		case "New", "Default":
			in.evalArgs(args, fr)
			n, _ := in.nodeAt(call, nil, fwGin, rootNode, "")
			return n, true
		case "WrapH", "WrapF":
			if len(args) == 1 {
				return in.eval(args[0], fr), true
			}
		}
		return nil, false
	case "Engine", "RouterGroup", "IRouter", "IRoutes":
	default:
		return nil, false
	}
	n := routerOf(in.recvValue(call, fr))
	if n == nil {
		in.evalArgs(args, fr)
		return nil, true
	}
	switch {
	case name == "Use":
		in.use(n, in.mwList(args, fr))
		return n, true
	case name == "Group" && len(args) >= 1:
		p := in.pathOf(args[0], fr)
		mws := in.mwList(args[1:], fr)
		child, fresh := in.nodeAt(call, n, fwGin, groupNode, p)
		if fresh {
			in.useAt(child, mws, child.created)
		}
		return child, true
	case name == "Handle" && len(args) >= 2:
		in.ginRoute(call, n, []string{in.methodOf(args[0], fr)}, args[1], args[2:], fr)
		return n, true
	case httpMethods[name] && len(args) >= 1:
		in.ginRoute(call, n, []string{name}, args[0], args[1:], fr)
		return n, true
	case name == "Any" && len(args) >= 1:
		in.ginRoute(call, n, []string{"*"}, args[0], args[1:], fr)
		return n, true
	case name == "Match" && len(args) >= 2:
		in.ginRoute(call, n, in.methodList(args[0], fr), args[1], args[2:], fr)
		return n, true
	case (name == "Static" || name == "StaticFile" || name == "StaticFS") && len(args) >= 1:
		in.evalArgs(args[1:], fr)
		in.route(call, n, []string{"GET"}, in.eval(args[0], fr), args[0], &staticVal{name: display(call)}, call, nil, "")
		return n, true
	case name == "Handler":
		return n, true
	}
	in.evalArgs(args, fr)
	return nil, true
}

// ginRoute registers a gin route: the last handler is the route's handler, the ones before it
// are its middleware.
func (in *interp) ginRoute(call *ast.CallExpr, n *node, methods []string, pathExpr ast.Expr, handlers []ast.Expr, fr *frame) {
	path := in.eval(pathExpr, fr)
	vals := make([]value, 0, len(handlers))
	exprs := make([]ast.Expr, 0, len(handlers))
	for i, h := range handlers {
		v := in.eval(h, fr)
		if l, ok := v.(*listVal); ok && i == len(handlers)-1 && call.Ellipsis.IsValid() {
			vals = append(vals, l.vals...)
			exprs = append(exprs, l.exprs...)
			continue
		}
		vals = append(vals, v)
		exprs = append(exprs, h)
	}
	if len(vals) == 0 {
		return
	}
	var mws []*mw
	for i := range len(vals) - 1 {
		mws = append(mws, in.mwsOfValue(vals[i], exprs[i])...)
	}
	last := len(vals) - 1
	in.route(call, n, methods, path, pathExpr, vals[last], exprs[last], mws, "")
}

func (in *interp) echo(call *ast.CallExpr, name, recv string, fr *frame) (value, bool) {
	args := call.Args
	switch recv {
	case "":
		switch name {
		case "New":
			n, _ := in.nodeAt(call, nil, fwEcho, rootNode, "")
			return n, true
		case "WrapHandler", "WrapMiddleware":
			if len(args) == 1 {
				return in.eval(args[0], fr), true
			}
		}
		return nil, false
	case "Echo", "Group":
	default:
		return nil, false
	}
	n := routerOf(in.recvValue(call, fr))
	if n == nil {
		in.evalArgs(args, fr)
		return nil, true
	}
	switch {
	case name == "Use" || name == "Pre":
		in.use(n, in.mwList(args, fr))
	case name == "Group" && len(args) >= 1:
		p := in.pathOf(args[0], fr)
		mws := in.mwList(args[1:], fr)
		child, fresh := in.nodeAt(call, n, fwEcho, groupNode, p)
		if fresh {
			in.useAt(child, mws, child.created)
		}
		return child, true
	case httpMethods[name] && len(args) >= 2:
		in.echoRoute(call, n, []string{name}, args[0], args[1], args[2:], fr)
	case name == "Any" && len(args) >= 2:
		in.echoRoute(call, n, []string{"*"}, args[0], args[1], args[2:], fr)
	case name == "Match" && len(args) >= 3:
		in.echoRoute(call, n, in.methodList(args[0], fr), args[1], args[2], args[3:], fr)
	case name == "Add" && len(args) >= 3:
		in.echoRoute(call, n, []string{in.methodOf(args[0], fr)}, args[1], args[2], args[3:], fr)
	case (name == "Static" || name == "File") && len(args) >= 2:
		mws := in.mwList(args[2:], fr)
		in.route(call, n, []string{"GET"}, in.eval(args[0], fr), args[0], &staticVal{name: display(call)}, call, mws, "")
	default:
		in.evalArgs(args, fr)
	}
	return nil, true
}

// echoRoute registers an echo route: route-level middleware come after the handler.
func (in *interp) echoRoute(call *ast.CallExpr, n *node, methods []string, pathExpr, handler ast.Expr, mwExprs []ast.Expr, fr *frame) {
	path := in.eval(pathExpr, fr)
	h := in.eval(handler, fr)
	in.route(call, n, methods, path, pathExpr, h, handler, in.mwList(mwExprs, fr), "")
}

func (in *interp) chi(call *ast.CallExpr, name, recv string, fr *frame) (value, bool) {
	args := call.Args
	switch recv {
	case "":
		switch name {
		case "NewRouter", "NewMux":
			n, _ := in.nodeAt(call, nil, fwChi, rootNode, "")
			return n, true
		case "Chain":
			return &chainVal{mws: in.mwList(args, fr)}, true
		}
		return nil, false
	case "Middlewares":
		if (name == "Handler" || name == "HandlerFunc") && len(args) == 1 {
			c, _ := in.recvValue(call, fr).(*chainVal)
			var mws []*mw
			if c != nil {
				mws = c.mws
			}
			return in.wrap(in.eval(args[0], fr), args[0], mws, "", false), true
		}
		return nil, false
	case "Mux", "Router":
	default:
		return nil, false
	}
	n := routerOf(in.recvValue(call, fr))
	if n == nil {
		in.evalArgs(args, fr)
		return nil, true
	}
	lower := strings.ToUpper(name)
	switch {
	case name == "Use":
		in.use(n, in.mwList(args, fr))
	case name == "With":
		mws := in.mwList(args, fr)
		child, fresh := in.nodeAt(call, n, fwChi, withNode, "")
		if fresh {
			in.useAt(child, mws, child.created)
		}
		return child, true
	case name == "Group" && len(args) == 1:
		cb := in.eval(args[0], fr)
		child, fresh := in.nodeAt(call, n, fwChi, groupNode, "")
		if fresh {
			child.label = fmt.Sprintf("the %s block on line %d", display(call.Fun), in.pass.Fset.Position(call.Pos()).Line)
		}
		if f, ok := cb.(*fnVal); ok && fresh {
			in.invoke(f, []value{child}, nil)
		}
		return child, true
	case name == "Route" && len(args) == 2:
		p := in.pathOf(args[0], fr)
		cb := in.eval(args[1], fr)
		child, fresh := in.nodeAt(call, n, fwChi, groupNode, p)
		if fresh {
			child.label = fmt.Sprintf("the %s(%q) block", display(call.Fun), p)
		}
		if f, ok := cb.(*fnVal); ok && fresh {
			in.invoke(f, []value{child}, nil)
		}
		return child, true
	case name == "Mount" && len(args) == 2:
		p := in.eval(args[0], fr)
		in.route(call, n, []string{"*"}, p, args[0], in.eval(args[1], fr), args[1], nil, mountPrefix(p))
	case (name == "Handle" || name == "HandleFunc") && len(args) == 2:
		in.route(call, n, []string{"*"}, in.eval(args[0], fr), args[0], in.eval(args[1], fr), args[1], nil, "")
	case (name == "Method" || name == "MethodFunc") && len(args) == 3:
		in.route(call, n, []string{in.methodOf(args[0], fr)}, in.eval(args[1], fr), args[1], in.eval(args[2], fr), args[2], nil, "")
	case httpMethods[lower] && len(args) == 2:
		in.route(call, n, []string{lower}, in.eval(args[0], fr), args[0], in.eval(args[1], fr), args[1], nil, "")
	default:
		in.evalArgs(args, fr)
	}
	return nil, true
}

// mountPrefix is the prefix a mount point gives the routes of the router mounted there.
func mountPrefix(p value) string {
	s, _ := p.(strVal)
	return strings.TrimSuffix(strings.TrimSuffix(string(s), "*"), "/")
}

func (in *interp) gorilla(call *ast.CallExpr, name, recv string, fr *frame) (value, bool) {
	args := call.Args
	switch recv {
	case "":
		if name == "NewRouter" {
			n, _ := in.nodeAt(call, nil, fwGorilla, rootNode, "")
			return n, true
		}
		return nil, false
	case "MiddlewareFunc":
		if name == "Middleware" && len(args) == 1 {
			sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			var mws []*mw
			if sel != nil {
				mws = in.mwsOf(sel.X, fr)
			}
			return in.wrap(in.eval(args[0], fr), args[0], mws, "", false), true
		}
		return nil, false
	case "Router":
		n := routerOf(in.recvValue(call, fr))
		if n == nil {
			in.evalArgs(args, fr)
			return nil, true
		}
		switch name {
		case "Handle", "HandleFunc":
			if len(args) == 2 {
				r := in.route(call, n, []string{"*"}, in.eval(args[0], fr), args[0], in.eval(args[1], fr), args[1], nil, "")
				return &routeRefVal{reg: r}, true
			}
		case "Use":
			in.use(n, in.mwList(args, fr))
			return nil, true
		case "StrictSlash", "SkipClean", "UseEncodedPath":
			return n, true
		}
		return in.build(&builderVal{n: n}, call, name, fr), true
	case "Route":
		switch b := in.recvValue(call, fr).(type) {
		case *builderVal:
			switch name {
			case "Handler", "HandlerFunc":
				if len(args) == 1 {
					methods := b.methods
					if len(methods) == 0 {
						methods = []string{"*"}
					}
					var p value = strVal(b.path)
					if !b.hasPath {
						p = strVal("")
					}
					r := in.route(call, b.n, methods, p, call, in.eval(args[0], fr), args[0], nil, "")
					return &routeRefVal{reg: r}, true
				}
			case "Subrouter":
				child, _ := in.nodeAt(call, b.n, fwGorilla, groupNode, b.path)
				return child, true
			}
			return in.build(b, call, name, fr), true
		case *routeRefVal:
			if name == "Methods" && b.reg != nil {
				if ms := in.methodArgs(args, fr); len(ms) > 0 {
					b.reg.methods = ms
				}
			} else {
				in.evalArgs(args, fr)
			}
			return b, true
		}
		in.evalArgs(args, fr)
		return nil, true
	}
	return nil, false
}

// build applies a route matcher method of gorilla/mux (Path, PathPrefix, Methods, Host, ...) to a
// route being built.
func (in *interp) build(b *builderVal, call *ast.CallExpr, name string, fr *frame) value {
	nb := *b
	switch name {
	case "Path", "PathPrefix":
		if len(call.Args) == 1 {
			p, ok := in.eval(call.Args[0], fr).(strVal)
			nb.path, nb.hasPath = string(p), true
			if !ok {
				nb.path = "<" + display(call.Args[0]) + ">"
			}
		}
	case "Methods":
		nb.methods = in.methodArgs(call.Args, fr)
	default:
		in.evalArgs(call.Args, fr)
	}
	return &nb
}

func (in *interp) alice(call *ast.CallExpr, name, recv string, fr *frame) (value, bool) {
	args := call.Args
	switch {
	case recv == "" && name == "New":
		return &chainVal{mws: in.mwList(args, fr)}, true
	case recv == "Chain":
		c, _ := in.recvValue(call, fr).(*chainVal)
		var base []*mw
		if c != nil {
			base = c.mws
		}
		switch name {
		case "Append":
			return &chainVal{mws: append(append([]*mw(nil), base...), in.mwList(args, fr)...)}, true
		case "Extend":
			if len(args) == 1 {
				if o, ok := in.eval(args[0], fr).(*chainVal); ok {
					return &chainVal{mws: append(append([]*mw(nil), base...), o.mws...)}, true
				}
			}
			return &chainVal{mws: base}, true
		case "Then", "ThenFunc":
			if len(args) == 1 {
				return in.wrap(in.eval(args[0], fr), args[0], base, "", false), true
			}
		}
	}
	return nil, false
}

// use attaches middleware to a router now.
func (in *interp) use(n *node, mws []*mw) {
	in.useAt(n, mws, in.event())
}

func (in *interp) useAt(n *node, mws []*mw, t int) {
	for _, m := range mws {
		n.mws = append(n.mws, mwUse{m: m, time: t})
	}
}

// mwList evaluates middleware arguments; a slice spread with ... is expanded.
func (in *interp) mwList(args []ast.Expr, fr *frame) []*mw {
	var out []*mw
	for _, a := range args {
		out = append(out, in.mwsOf(a, fr)...)
	}
	return out
}

func (in *interp) mwsOf(e ast.Expr, fr *frame) []*mw {
	return in.mwsOfValue(in.eval(e, fr), e)
}

// mwsOfValue names and classifies the middleware that the value v of expression e holds.
func (in *interp) mwsOfValue(v value, e ast.Expr) []*mw {
	switch x := v.(type) {
	case *listVal:
		var out []*mw
		for i, ev := range x.vals {
			var ee ast.Expr = e
			if i < len(x.exprs) && x.exprs[i] != nil {
				ee = x.exprs[i]
			}
			out = append(out, in.mwsOfValue(ev, ee)...)
		}
		return out
	case *chainVal:
		return x.mws
	case *fnVal:
		if e == nil {
			name := "func literal"
			if x.fn != nil {
				name = x.fn.Name()
			}
			return []*mw{{name: name, auth: in.guards.classify(x, nil)}}
		}
		return []*mw{{name: handlerText(in.info, e), pos: e.Pos(), auth: in.guards.classify(x, e)}}
	}
	if e == nil {
		return nil
	}
	return []*mw{{name: handlerText(in.info, e), pos: e.Pos(), auth: in.guards.classify(nil, e)}}
}

// pathOf evaluates a path prefix; unknown prefixes are shown as the expression.
func (in *interp) pathOf(e ast.Expr, fr *frame) string {
	if s, ok := in.eval(e, fr).(strVal); ok {
		return string(s)
	}
	return "<" + display(e) + ">"
}

// methodOf evaluates an HTTP method argument: "?" when unknown.
func (in *interp) methodOf(e ast.Expr, fr *frame) string {
	if s, ok := in.eval(e, fr).(strVal); ok {
		return strings.ToUpper(string(s))
	}
	return "?"
}

// methodList evaluates a []string of methods.
func (in *interp) methodList(e ast.Expr, fr *frame) []string {
	if l, ok := in.eval(e, fr).(*listVal); ok {
		var out []string
		for _, v := range l.vals {
			s, ok := v.(strVal)
			if !ok {
				return []string{"?"}
			}
			out = append(out, strings.ToUpper(string(s)))
		}
		if len(out) > 0 {
			return out
		}
	}
	return []string{"?"}
}

// methodArgs evaluates variadic method arguments (gorilla's Methods("GET", "POST")).
func (in *interp) methodArgs(args []ast.Expr, fr *frame) []string {
	var out []string
	for _, a := range args {
		v := in.eval(a, fr)
		if l, ok := v.(*listVal); ok {
			for _, x := range l.vals {
				if s, ok := x.(strVal); ok {
					out = append(out, strings.ToUpper(string(s)))
				} else {
					out = append(out, "?")
				}
			}
			continue
		}
		if s, ok := v.(strVal); ok {
			out = append(out, strings.ToUpper(string(s)))
		} else {
			out = append(out, "?")
		}
	}
	return out
}

// route registers a route on n, or mounts the router its handler is (chi's Mount, a sub-mux,
// gin.WrapH(router)) under n at mount.
func (in *interp) route(call *ast.CallExpr, n *node, methods []string, pathV value, pathExpr ast.Expr, h value, hExpr ast.Expr, mws []*mw, mount string) *registration {
	path, known := pathV.(strVal)
	p := string(path)
	if !known {
		p = "<" + display(pathExpr) + ">"
	}
	// Unwrap the handler: middleware around it guard this route; a router inside it is mounted.
	var wraps []*mw
	strip, hasStrip := "", false
	for range 16 {
		w, ok := h.(*wrapVal)
		if !ok {
			break
		}
		wraps = append(wraps, w.mws...)
		if w.hasStrip && !hasStrip {
			strip, hasStrip = w.strip, true
		}
		h, hExpr = w.inner, w.innerExpr
	}
	if sub, ok := h.(*node); ok {
		if hasStrip {
			mount = strings.TrimSuffix(strip, "/")
		}
		if sub != n && !n.isAncestor(sub) && sub.parent == nil && sub.kind != defaultMux {
			sub.parent, sub.prefix, sub.created = n, mount, in.event()
		}
		return nil
	}
	k := regKey{call, n, p}
	if r, ok := in.regIndex[k]; ok {
		return r
	}
	r := &registration{call: call, node: n, methods: methods, path: p, time: in.event(), mws: append(mws, wraps...)}
	in.describeHandler(r, h, hExpr)
	in.regIndex[k] = r
	in.regs = append(in.regs, r)
	return r
}

// describeHandler names a route's handler, finds where it is defined, and whether it checks
// credentials itself.
func (in *interp) describeHandler(r *registration, h value, e ast.Expr) {
	r.handler = handlerText(in.info, e)
	switch x := h.(type) {
	case *fnVal:
		switch {
		case x.lit != nil:
			r.handlerAt = x.lit.Pos()
		case x.fn != nil:
			r.handlerAt = x.fn.Pos()
			if x.fn.Pkg() != nil {
				r.handlerOwner = x.fn.Pkg().Name() + "." + recvName(x.fn)
			}
		}
		r.checks = in.guards.handlerChecks(x)
		r.function = !x.factory
	case *staticVal:
		r.handler, r.static = x.name, true
	default:
		// A handler type: its ServeHTTP method is the handler.
		if t := in.info.TypeOf(e); t != nil {
			if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP"); obj != nil {
				if fn, ok := obj.(*types.Func); ok && fn.Pkg() == in.pass.Pkg {
					r.handlerAt = fn.Pos()
					r.checks = in.guards.handlerChecks(&fnVal{fn: fn})
				}
			}
		}
	}
}

// handlerText renders a handler or middleware as written, without conversions and framework
// adapters: http.HandlerFunc(getUser) and gin.WrapF(getUser) are getUser,
// mux.MiddlewareFunc(staffOnly) is staffOnly.
func handlerText(info *types.Info, e ast.Expr) string {
	for range 8 {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			break
		}
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			e = call.Args[0]
			continue
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		if pkg, ok := info.Uses[sel.Sel].(*types.Func); ok && pkg.Pkg() != nil {
			switch unversioned(pkg.Pkg().Path()) + "." + pkg.Name() {
			case ginPath + ".WrapF", ginPath + ".WrapH", echoPath + ".WrapHandler", echoPath + ".WrapMiddleware":
				e = call.Args[0]
				continue
			}
		}
		break
	}
	return display(e)
}
