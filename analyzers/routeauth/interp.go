package routeauth

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// The interpreter follows router values through a package: it walks function bodies in source
// order, binding variables, struct fields and parameters to abstract values (routers, handlers,
// middleware, strings), inlining the package's own functions at their call sites and running
// chi's Group and Route callbacks with the router they receive. Router API calls are its effects:
// they create routers and groups, attach middleware (with an event time, for gin's ordering) and
// register routes. Everything is bounded: expression depth, inlining depth, and a step budget, so
// hostile or enormous code ends with a partial inventory rather than a hang.
type interp struct {
	pass   *analysis.Pass
	info   *types.Info
	guards *guardIndex

	files    []*ast.File // shipped files
	order    []*types.Func
	decls    map[*types.Func]*ast.FuncDecl
	relevant map[ast.Node]bool // function declarations and literals that can touch routers
	called   map[*types.Func]bool
	defs     *defIndex

	globals     map[types.Object]value
	fieldVals   map[*types.Var]value
	staticVals  map[types.Object]value
	staticBusy  map[types.Object]bool
	nodes       map[nodeKey]*node
	opaque      map[any]*node
	regIndex    map[regKey]*registration
	regs        []*registration
	inlineMemo  map[string][]value
	active      map[ast.Node]int
	visited     map[ast.Node]bool
	defaultNode *node

	time   int
	depth  int
	inline int
	steps  int
}

type nodeKey struct {
	at     ast.Node
	parent *node
}

type regKey struct {
	call *ast.CallExpr
	n    *node
	path string
}

const (
	maxEvalDepth   = 200
	maxInlineDepth = 12
	maxSteps       = 4_000_000
	maxRangeUnroll = 16
)

// frame holds the variables of one activation of a function; closures see their parent's.
type frame struct {
	parent *frame
	vars   map[types.Object]value
	ret    []value
}

func newFrame(parent *frame) *frame {
	return &frame{parent: parent, vars: map[types.Object]value{}}
}

func (f *frame) lookup(obj types.Object) (value, bool) {
	for ; f != nil; f = f.parent {
		if v, ok := f.vars[obj]; ok {
			return v, true
		}
	}
	return nil, false
}

func (f *frame) set(obj types.Object, v value) {
	for g := f; g != nil; g = g.parent {
		if _, ok := g.vars[obj]; ok {
			g.vars[obj] = v
			return
		}
	}
	f.vars[obj] = v
}

func (in *interp) tick() bool {
	in.steps++
	return in.steps < maxSteps
}

func (in *interp) event() int {
	in.time++
	return in.time
}

// walk interprets a statement.
func (in *interp) walk(s ast.Stmt, fr *frame) {
	if s == nil || !in.tick() {
		return
	}
	in.depth++
	defer func() { in.depth-- }()
	if in.depth > maxEvalDepth {
		return
	}
	switch s := s.(type) {
	case *ast.BlockStmt:
		in.walkList(s.List, fr)
	case *ast.ExprStmt:
		in.eval(s.X, fr)
	case *ast.AssignStmt:
		in.assign(s.Lhs, s.Rhs, s.Tok, fr)
	case *ast.DeclStmt:
		if gd, ok := s.Decl.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			for _, spec := range gd.Specs {
				if vs, ok := spec.(*ast.ValueSpec); ok && len(vs.Values) > 0 {
					lhs := make([]ast.Expr, len(vs.Names))
					for i, n := range vs.Names {
						lhs[i] = n
					}
					in.assign(lhs, vs.Values, token.DEFINE, fr)
				}
			}
		}
	case *ast.ReturnStmt:
		vals := make([]value, len(s.Results))
		for i, r := range s.Results {
			vals[i] = in.eval(r, fr)
		}
		if len(vals) == 1 {
			if t, ok := vals[0].(tupleVal); ok {
				vals = t
			}
		}
		if fr.ret == nil {
			fr.ret = make([]value, len(vals))
		}
		for i, v := range vals {
			if i < len(fr.ret) && v != nil && fr.ret[i] == nil {
				fr.ret[i] = v // keep the first value known: `return nil, err` does not erase `return r, nil`
			}
		}
	case *ast.IfStmt:
		in.walk(s.Init, fr)
		in.eval(s.Cond, fr)
		in.walk(s.Body, fr)
		in.walk(s.Else, fr)
	case *ast.ForStmt:
		in.walk(s.Init, fr)
		in.eval(s.Cond, fr)
		in.walk(s.Body, fr)
		in.walk(s.Post, fr)
	case *ast.RangeStmt:
		in.walkRange(s, fr)
	case *ast.SwitchStmt:
		in.walk(s.Init, fr)
		in.eval(s.Tag, fr)
		in.walk(s.Body, fr)
	case *ast.TypeSwitchStmt:
		in.walk(s.Init, fr)
		in.walk(s.Assign, fr)
		in.walk(s.Body, fr)
	case *ast.SelectStmt:
		in.walk(s.Body, fr)
	case *ast.CaseClause:
		for _, e := range s.List {
			in.eval(e, fr)
		}
		in.walkList(s.Body, fr)
	case *ast.CommClause:
		in.walk(s.Comm, fr)
		in.walkList(s.Body, fr)
	case *ast.LabeledStmt:
		in.walk(s.Stmt, fr)
	case *ast.GoStmt:
		in.eval(s.Call, fr)
	case *ast.DeferStmt:
		in.eval(s.Call, fr)
	case *ast.SendStmt:
		in.eval(s.Chan, fr)
		in.eval(s.Value, fr)
	}
}

func (in *interp) walkList(list []ast.Stmt, fr *frame) {
	for _, s := range list {
		in.walk(s, fr)
	}
}

// walkRange runs the body once per element of a slice literal we know (for _, m := range mws
// { r.Use(m) }), or once with the loop variables unknown.
func (in *interp) walkRange(s *ast.RangeStmt, fr *frame) {
	x := in.eval(s.X, fr)
	if l, ok := x.(*listVal); ok && len(l.vals) <= maxRangeUnroll && s.Tok == token.DEFINE {
		if id, ok := s.Value.(*ast.Ident); ok {
			if obj := in.info.Defs[id]; obj != nil {
				for _, v := range l.vals {
					fr.vars[obj] = v
					in.walk(s.Body, fr)
				}
				return
			}
		}
	}
	in.walk(s.Body, fr)
}

// assign binds the left-hand sides to the values of the right-hand sides.
func (in *interp) assign(lhs, rhs []ast.Expr, tok token.Token, fr *frame) {
	switch {
	case tok != token.ASSIGN && tok != token.DEFINE:
		for _, r := range rhs {
			in.eval(r, fr)
		}
		if len(lhs) == 1 && len(rhs) == 1 && tok == token.ADD_ASSIGN {
			a, _ := in.eval(lhs[0], fr).(strVal)
			b, ok := in.eval(rhs[0], fr).(strVal)
			if ok {
				in.setLHS(lhs[0], a+b, fr)
			}
		}
	case len(lhs) == len(rhs):
		vals := make([]value, len(rhs))
		for i, r := range rhs {
			vals[i] = in.eval(r, fr)
		}
		for i, l := range lhs {
			in.setLHS(l, vals[i], fr)
		}
	case len(rhs) == 1:
		v := in.eval(rhs[0], fr)
		t, _ := v.(tupleVal)
		for i, l := range lhs {
			var vi value
			if i < len(t) {
				vi = t[i]
			}
			in.setLHS(l, vi, fr)
		}
	}
}

// setLHS stores v in the variable or field that e denotes. A router takes the name of the first
// variable or field that holds it.
func (in *interp) setLHS(e ast.Expr, v value, fr *frame) {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if e.Name == "_" {
			return
		}
		obj := in.info.Defs[e]
		if obj == nil {
			obj = in.info.Uses[e]
		}
		v2, ok := obj.(*types.Var)
		if !ok {
			return
		}
		if n, ok := v.(*node); ok && n.name == "" {
			n.name = e.Name
		}
		if in.isGlobal(v2) {
			in.globals[v2] = v
			return
		}
		fr.set(v2, v)
	case *ast.SelectorExpr:
		sel, ok := in.info.Selections[e]
		if !ok {
			if obj, ok := in.info.Uses[e.Sel].(*types.Var); ok && in.isGlobal(obj) {
				in.globals[obj] = v
			}
			return
		}
		if sel.Kind() != types.FieldVal {
			return
		}
		field := sel.Obj().(*types.Var)
		if sv, ok := in.eval(e.X, fr).(*structVal); ok {
			sv.fields[field] = v
		}
		in.fieldVals[field] = v
		if n, ok := v.(*node); ok && n.name == "" {
			n.name = types.ExprString(e)
		}
	case *ast.StarExpr:
		in.setLHS(e.X, v, fr)
	case *ast.IndexExpr:
		in.eval(e.X, fr)
		in.eval(e.Index, fr)
	}
}

func (in *interp) isGlobal(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// eval interprets an expression and returns its abstract value.
func (in *interp) eval(e ast.Expr, fr *frame) value {
	if e == nil || !in.tick() {
		return nil
	}
	in.depth++
	defer func() { in.depth-- }()
	if in.depth > maxEvalDepth {
		return nil
	}
	if tv, ok := in.info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.String {
			return strVal(constant.StringVal(tv.Value))
		}
		return nil
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return in.eval(e.X, fr)
	case *ast.StarExpr:
		return in.eval(e.X, fr)
	case *ast.UnaryExpr:
		v := in.eval(e.X, fr)
		if e.Op == token.AND {
			return v
		}
		return nil
	case *ast.Ident:
		return in.ident(e, in.info.Uses[e], fr)
	case *ast.SelectorExpr:
		return in.selector(e, fr)
	case *ast.CallExpr:
		return in.call(e, fr)
	case *ast.FuncLit:
		return &fnVal{lit: e, fr: fr}
	case *ast.CompositeLit:
		return in.composite(e, fr)
	case *ast.BinaryExpr:
		x, y := in.eval(e.X, fr), in.eval(e.Y, fr)
		if e.Op == token.ADD {
			a, ok1 := x.(strVal)
			b, ok2 := y.(strVal)
			if ok1 && ok2 {
				return a + b
			}
		}
		return nil
	case *ast.TypeAssertExpr:
		return in.eval(e.X, fr)
	case *ast.IndexExpr:
		if tv, ok := in.info.Types[e.X]; ok && tv.IsValue() {
			if _, isSig := tv.Type.Underlying().(*types.Signature); isSig {
				return in.eval(e.X, fr) // an instantiated generic function
			}
		}
		in.eval(e.X, fr)
		in.eval(e.Index, fr)
		return nil
	case *ast.IndexListExpr:
		return in.eval(e.X, fr)
	case *ast.SliceExpr:
		in.eval(e.X, fr)
		return nil
	case *ast.KeyValueExpr:
		in.eval(e.Value, fr)
		return nil
	}
	return nil
}

// ident evaluates a name: a local variable from the frame, a package variable from its
// initializer or last assignment, a function as a function value.
func (in *interp) ident(id *ast.Ident, obj types.Object, fr *frame) value {
	switch obj := obj.(type) {
	case *types.Var:
		if v, ok := fr.lookup(obj); ok {
			return v
		}
		if obj.Pkg() != nil && obj.Pkg().Path() == httpPath && obj.Name() == "DefaultServeMux" {
			return in.defaultMuxNode()
		}
		if in.isGlobal(obj) {
			if v, ok := in.globals[obj]; ok {
				return v
			}
		}
		if obj.Pkg() == in.pass.Pkg {
			if v := in.staticValue(obj); v != nil {
				return v
			}
		}
		return in.opaqueFor(obj, obj.Type(), obj.Pos())
	case *types.Func:
		return &fnVal{fn: obj}
	}
	return nil
}

// staticValue evaluates the only value ever given to a variable or field of the package, when
// the walk has not reached it (a method walked before the constructor that fills its fields).
func (in *interp) staticValue(obj types.Object) value {
	if v, ok := in.staticVals[obj]; ok {
		return v
	}
	if in.staticBusy[obj] {
		return nil
	}
	ds := in.defs.vars[obj]
	if len(ds) != 1 || ds[0].expr == nil {
		return nil
	}
	in.staticBusy[obj] = true
	v := in.eval(ds[0].expr, newFrame(nil))
	if t, ok := v.(tupleVal); ok {
		v = nil
		if i := ds[0].index; i >= 0 && i < len(t) {
			v = t[i]
		}
	} else if ds[0].index > 0 {
		v = nil
	}
	delete(in.staticBusy, obj)
	in.staticVals[obj] = v
	return v
}

// opaqueFor returns the router we cannot trace that key holds, when typ is a router type, so that
// the routes registered on it still form one tree.
func (in *interp) opaqueFor(key any, typ types.Type, pos token.Pos) value {
	fw := routerFramework(typ)
	if fw == "" {
		return nil
	}
	if n, ok := in.opaque[key]; ok {
		return n
	}
	kind := opaqueNode
	if v, ok := key.(*types.Var); ok && !v.IsField() && !in.isGlobal(v) {
		kind = paramNode
	}
	n := in.newNode(fw, kind, pos, nil)
	in.opaque[key] = n
	return n
}

func (in *interp) newNode(fw string, kind nodeKind, pos token.Pos, parent *node) *node {
	n := &node{fw: fw, kind: kind, pos: pos, parent: parent, created: in.event()}
	return n
}

// nodeAt returns the router created by the call at, under parent, creating it on first use.
func (in *interp) nodeAt(at ast.Node, parent *node, fw string, kind nodeKind, prefix string) (*node, bool) {
	k := nodeKey{at, parent}
	if n, ok := in.nodes[k]; ok {
		return n, false
	}
	n := in.newNode(fw, kind, at.Pos(), parent)
	n.prefix = prefix
	in.nodes[k] = n
	return n, true
}

func (in *interp) defaultMuxNode() *node {
	if in.defaultNode == nil {
		in.defaultNode = in.newNode(fwNetHTTP, defaultMux, token.NoPos, nil)
		in.defaultNode.name = "http.DefaultServeMux"
	}
	return in.defaultNode
}

// selector evaluates x.f: a field of a struct we built or saw assigned, a method value, or a
// qualified name.
func (in *interp) selector(e *ast.SelectorExpr, fr *frame) value {
	sel, ok := in.info.Selections[e]
	if !ok {
		return in.ident(e.Sel, in.info.Uses[e.Sel], fr)
	}
	switch sel.Kind() {
	case types.FieldVal:
		field := sel.Obj().(*types.Var)
		if sv, ok := in.eval(e.X, fr).(*structVal); ok {
			if v, ok := sv.fields[field]; ok {
				return v
			}
		}
		if v, ok := in.fieldVals[field]; ok {
			return v
		}
		if v := in.staticValue(field); v != nil {
			return v
		}
		return in.opaqueFor(field, field.Type(), field.Pos())
	case types.MethodVal:
		fn, _ := sel.Obj().(*types.Func)
		return &fnVal{fn: fn, recv: in.eval(e.X, fr)}
	case types.MethodExpr:
		fn, _ := sel.Obj().(*types.Func)
		return &fnVal{fn: fn}
	}
	return nil
}

// composite evaluates a composite literal: a struct (whose fields we then follow), a slice of
// middleware or methods, or a ServeMux.
func (in *interp) composite(e *ast.CompositeLit, fr *frame) value {
	t := in.info.TypeOf(e)
	if t == nil {
		return nil
	}
	if routerFramework(t) == fwNetHTTP {
		n, _ := in.nodeAt(e, nil, fwNetHTTP, rootNode, "")
		return n
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		sv := &structVal{fields: map[*types.Var]value{}}
		for i, elt := range e.Elts {
			var field *types.Var
			val := elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					field, _ = in.info.Uses[id].(*types.Var)
				}
				val = kv.Value
			} else if i < u.NumFields() {
				field = u.Field(i)
			}
			v := in.eval(val, fr)
			if field != nil {
				sv.fields[field] = v
				in.fieldVals[field] = v
				if n, ok := v.(*node); ok && n.name == "" {
					n.name = field.Name()
				}
			}
		}
		return sv
	case *types.Slice, *types.Array:
		l := &listVal{}
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			l.vals = append(l.vals, in.eval(elt, fr))
			l.exprs = append(l.exprs, elt)
		}
		return l
	default:
		for _, elt := range e.Elts {
			in.eval(elt, fr)
		}
	}
	return nil
}

// call evaluates a call: a conversion, a router API call, a middleware applied to a handler, a
// function of the package (inlined), a closure, or anything else (its arguments evaluated for
// their effects).
func (in *interp) call(call *ast.CallExpr, fr *frame) value {
	if tv, ok := in.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) != 1 {
			return nil
		}
		return in.eval(call.Args[0], fr) // http.HandlerFunc(f), mux.MiddlewareFunc(f): the same function
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := in.info.Uses[id].(*types.Builtin); ok {
			return in.builtin(b.Name(), call, fr)
		}
	}
	fn, _ := typeutil.Callee(in.info, call).(*types.Func)
	if fn != nil {
		fn = fn.Origin()
		if v, ok := in.frameworkCall(call, fn, fr); ok {
			return v
		}
	}
	if v, ok := in.middlewareCall(call, fn, fr); ok {
		return v
	}
	if fn != nil {
		if decl := in.decls[fn]; decl != nil && in.relevant[decl] {
			var recv value
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if s, ok := in.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
					recv = in.eval(sel.X, fr)
				}
			}
			return in.inlineDecl(decl, recv, in.args(call, fr), call)
		}
	} else if f, ok := in.eval(call.Fun, fr).(*fnVal); ok {
		if r := in.invoke(f, in.args(call, fr), call); r != nil {
			return r
		}
		return in.result(call, nil)
	}
	for _, a := range call.Args {
		in.eval(a, fr)
	}
	return in.result(call, fn)
}

// args evaluates the arguments of a call.
func (in *interp) args(call *ast.CallExpr, fr *frame) []value {
	vals := make([]value, len(call.Args))
	for i, a := range call.Args {
		vals[i] = in.eval(a, fr)
	}
	return vals
}

// result is the value of a call we do not interpret: a router we cannot trace, or a function
// value made by fn (a middleware or handler factory).
func (in *interp) result(call *ast.CallExpr, fn *types.Func) value {
	t := in.info.TypeOf(call)
	if t == nil {
		return nil
	}
	if tup, ok := t.(*types.Tuple); ok {
		if tup.Len() == 0 {
			return nil
		}
		out := make(tupleVal, tup.Len())
		out[0] = in.opaqueFor(call, tup.At(0).Type(), call.Pos())
		return out
	}
	if v := in.opaqueFor(call, t, call.Pos()); v != nil {
		return v
	}
	if fn != nil {
		if _, ok := t.Underlying().(*types.Signature); ok || isHandlerType(t) {
			return &fnVal{fn: fn, factory: true}
		}
	}
	return nil
}

func (in *interp) builtin(name string, call *ast.CallExpr, fr *frame) value {
	switch name {
	case "new":
		if len(call.Args) == 1 && routerFramework(in.info.TypeOf(call.Args[0])) == fwNetHTTP {
			n, _ := in.nodeAt(call, nil, fwNetHTTP, rootNode, "")
			return n
		}
	case "append":
		out := &listVal{}
		for i, a := range call.Args {
			v := in.eval(a, fr)
			if l, ok := v.(*listVal); ok && (i == 0 || call.Ellipsis.IsValid()) {
				out.vals = append(out.vals, l.vals...)
				out.exprs = append(out.exprs, l.exprs...)
				continue
			}
			out.vals = append(out.vals, v)
			out.exprs = append(out.exprs, a)
		}
		return out
	default:
		for _, a := range call.Args {
			in.eval(a, fr)
		}
	}
	return nil
}

// inlineDecl interprets a function of the package at a call site, with its receiver and
// arguments bound, and returns its results. Calls with the same arguments are interpreted once.
func (in *interp) inlineDecl(decl *ast.FuncDecl, recv value, args []value, call *ast.CallExpr) value {
	if decl.Body == nil || in.inline >= maxInlineDepth || in.active[decl] > 0 {
		return nil
	}
	var key strings.Builder
	key.WriteString(valueKey(recv))
	for _, a := range args {
		key.WriteByte('|')
		key.WriteString(valueKey(a))
	}
	k := strconv.Itoa(int(decl.Pos())) + key.String()
	if r, ok := in.inlineMemo[k]; ok {
		return results(r)
	}
	in.visited[decl] = true
	fr := newFrame(nil)
	if decl.Recv != nil && len(decl.Recv.List) > 0 && len(decl.Recv.List[0].Names) > 0 {
		if obj := in.info.Defs[decl.Recv.List[0].Names[0]]; obj != nil {
			fr.vars[obj] = recv
		}
	}
	in.bindParams(decl.Type, args, call, fr)
	in.inlineMemo[k] = nil
	in.active[decl]++
	in.inline++
	in.walk(decl.Body, fr)
	in.inline--
	in.active[decl]--
	in.inlineMemo[k] = fr.ret
	return results(fr.ret)
}

func results(r []value) value {
	switch len(r) {
	case 0:
		return nil
	case 1:
		return r[0]
	}
	return tupleVal(r)
}

// bindParams binds a function's parameters to argument values; a variadic parameter gets the
// remaining ones as a list.
func (in *interp) bindParams(ft *ast.FuncType, args []value, call *ast.CallExpr, fr *frame) {
	if ft.Params == nil {
		return
	}
	i := 0
	variadic := call != nil && !call.Ellipsis.IsValid()
	for fi, field := range ft.Params.List {
		_, isVariadic := field.Type.(*ast.Ellipsis)
		for _, name := range field.Names {
			obj := in.info.Defs[name]
			if obj == nil {
				i++
				continue
			}
			if isVariadic && fi == len(ft.Params.List)-1 && variadic {
				l := &listVal{}
				for j := i; j < len(args); j++ {
					l.vals = append(l.vals, args[j])
					if call != nil && j < len(call.Args) {
						l.exprs = append(l.exprs, call.Args[j])
					} else {
						l.exprs = append(l.exprs, nil)
					}
				}
				fr.vars[obj] = l
				i = len(args)
				continue
			}
			if i < len(args) {
				fr.vars[obj] = args[i]
			}
			i++
		}
	}
}

// invoke calls a function value: a function literal in its frame, or a function of the package.
func (in *interp) invoke(f *fnVal, args []value, call *ast.CallExpr) value {
	switch {
	case f.lit != nil:
		if in.inline >= maxInlineDepth || in.active[f.lit] > 0 {
			return nil
		}
		in.visited[f.lit] = true
		fr := newFrame(f.fr)
		in.bindParams(f.lit.Type, args, call, fr)
		in.active[f.lit]++
		in.inline++
		in.walk(f.lit.Body, fr)
		in.inline--
		in.active[f.lit]--
		return results(fr.ret)
	case f.fn != nil && !f.factory:
		if decl := in.decls[f.fn]; decl != nil {
			return in.inlineDecl(decl, f.recv, args, call)
		}
	}
	return nil
}

// middlewareCall recognises middleware applied to a handler, net/http style: requireAuth(h),
// auth.Require("admin")(h), handlers.LoggingHandler(os.Stdout, h): a call returning a handler
// with a handler argument. Applied to a router, the middleware guards all of its routes.
func (in *interp) middlewareCall(call *ast.CallExpr, fn *types.Func, fr *frame) (value, bool) {
	t := in.info.TypeOf(call)
	if t == nil || !isHandlerType(t) {
		return nil, false
	}
	ft := in.info.TypeOf(call.Fun)
	if ft == nil {
		return nil, false
	}
	sig, ok := ft.Underlying().(*types.Signature)
	if !ok {
		return nil, false
	}
	hi := -1
	for i := range min(sig.Params().Len(), len(call.Args)) {
		if isHandlerType(sig.Params().At(i).Type()) {
			hi = i
			break
		}
	}
	if hi < 0 {
		return nil, false
	}
	if fn != nil && in.decls[fn] != nil && !isMiddlewareSig(fn.Type()) && in.relevant[in.decls[fn]] {
		return nil, false // a helper of ours that builds routes with what it is given
	}
	var f *fnVal
	if fn != nil {
		f = &fnVal{fn: fn}
	} else if v, ok := in.eval(call.Fun, fr).(*fnVal); ok {
		f = v
	}
	for i, a := range call.Args {
		if i != hi {
			in.eval(a, fr)
		}
	}
	m := &mw{name: display(call.Fun), pos: call.Fun.Pos(), auth: in.guards.classify(f, call.Fun)}
	return in.wrap(in.eval(call.Args[hi], fr), call.Args[hi], []*mw{m}, "", false), true
}

// wrap wraps a handler in middleware. A router wrapped so is guarded as a whole.
func (in *interp) wrap(inner value, innerExpr ast.Expr, mws []*mw, strip string, hasStrip bool) value {
	if n := routerOf(inner); n != nil {
		for _, m := range mws {
			if !hasMW(n.wrappers, m) {
				n.wrappers = append(n.wrappers, m)
			}
		}
	}
	return &wrapVal{inner: inner, innerExpr: innerExpr, mws: mws, strip: strip, hasStrip: hasStrip}
}

func hasMW(list []*mw, m *mw) bool {
	for _, x := range list {
		if x.pos == m.pos && x.name == m.name {
			return true
		}
	}
	return false
}

// routerOf returns the router a handler value is, through wrappers.
func routerOf(v value) *node {
	for range 16 {
		switch x := v.(type) {
		case *node:
			return x
		case *wrapVal:
			v = x.inner
		default:
			return nil
		}
	}
	return nil
}

// isHandlerType reports whether t is http.Handler, http.HandlerFunc or func(http.ResponseWriter,
// *http.Request).
func isHandlerType(t types.Type) bool {
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == httpPath {
		switch n.Obj().Name() {
		case "Handler", "HandlerFunc":
			return true
		}
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 2 || sig.Results().Len() != 0 {
		return false
	}
	return isNamedType(sig.Params().At(0).Type(), httpPath, "ResponseWriter") && isNamedType(sig.Params().At(1).Type(), httpPath, "Request")
}

// isMiddlewareSig reports whether t is a net/http middleware signature: it takes a handler and
// returns one (func(http.Handler) http.Handler, func(http.HandlerFunc) http.HandlerFunc, or with
// more parameters).
func isMiddlewareSig(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Results().Len() != 1 || !isHandlerType(sig.Results().At(0).Type()) {
		return false
	}
	for i := range sig.Params().Len() {
		if isHandlerType(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

func isNamedType(t types.Type, pkg, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && unversioned(n.Obj().Pkg().Path()) == pkg && n.Obj().Name() == name
}
