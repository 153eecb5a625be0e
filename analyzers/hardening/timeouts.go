package hardening

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
)

// TimeoutsAnalyzer reports HTTP servers started without read timeouts (AV703).
var TimeoutsAnalyzer = analysisutil.New("AV703", runTimeouts, inspect.Analyzer)

const (
	slowloris = "a client that sends its request slowly (Slowloris) holds a connection and a " +
		"goroutine open indefinitely, and a few thousand such clients exhaust the server"
	// helperMsg takes the helper's name.
	helperMsg = "%s serves with an http.Server that has no timeouts: " + slowloris +
		"; use an http.Server with ReadHeaderTimeout (and ReadTimeout) set"
	// serverMsg takes the serving call and its line.
	serverMsg = "this http.Server sets neither ReadHeaderTimeout nor ReadTimeout and is served " +
		"(%s, %s): " + slowloris + "; set ReadHeaderTimeout (e.g. 5 * time.Second)"
	// frameworkMsg takes the call and the framework's advice.
	frameworkMsg = "%s serves with an http.Server that has no timeouts: " + slowloris + "; %s"
	ginAdvice    = "serve r.Handler() through an http.Server with ReadHeaderTimeout set"
	echoAdvice   = "set e.Server.ReadHeaderTimeout (or start e with e.StartServer and an " +
		"http.Server with timeouts)"
)

// serveMethods are the methods of http.Server that accept connections.
var serveMethods = []string{"ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS"}

func runTimeouts(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, httpPath, ginPath, echoPath) {
		return nil, nil
	}
	t := &timeouts{
		pass: pass, info: pass.TypesInfo,
		served: map[types.Object]*ast.CallExpr{}, timed: map[types.Object]bool{},
		echoTimed: map[string]map[types.Object]bool{"Server": {}, "TLSServer": {}},
		defs:      map[*types.Var][]ast.Expr{},
	}
	files := shippedFiles(pass)
	t.files = files
	t.index(files)
	var literals []inspector.Cursor
	for _, f := range files {
		for c := range f.Preorder((*ast.CompositeLit)(nil), (*ast.CallExpr)(nil)) {
			switch n := c.Node().(type) {
			case *ast.CompositeLit:
				if analysisutil.IsNamed(t.info.TypeOf(n), httpPath, "Server") {
					literals = append(literals, c)
				}
			case *ast.CallExpr:
				t.checkCall(n)
			}
		}
	}
	// A literal with timeouts marks what it is bound to (echo's e.Server = &http.Server{...}).
	for _, c := range literals {
		if hasReadTimeout(t.info, c.Node().(*ast.CompositeLit)) {
			for _, k := range t.bindings(c) {
				t.timed[k] = true
			}
		}
	}
	for _, c := range literals {
		t.checkLiteral(c)
	}
	return nil, nil
}

type timeouts struct {
	pass *analysis.Pass
	info *types.Info
	// served maps what a served *http.Server is held in (a variable, a field, the function
	// returning it) to the serving call.
	served map[types.Object]*ast.CallExpr
	// timed holds what is given a read timeout by assignment (srv.ReadHeaderTimeout = d).
	timed map[types.Object]bool
	// echoTimed holds, by field (Server, TLSServer), the echo instances whose server gets a
	// read timeout: e.Server.ReadTimeout = d, or e.Server = &http.Server{ReadTimeout: d}.
	echoTimed map[string]map[types.Object]bool
	defs      map[*types.Var][]ast.Expr // values assigned to local variables
	files     []inspector.Cursor
}

// index records the serving calls, the timeouts set by assignment and the local variables'
// values.
func (t *timeouts) index(files []inspector.Cursor) {
	for _, f := range files {
		for c := range f.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil)) {
			switch n := c.Node().(type) {
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					if len(n.Lhs) == len(n.Rhs) {
						if v := localVar(t.info, lhs); v != nil {
							t.defs[v] = append(t.defs[v], n.Rhs[i])
						}
					}
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if !ok {
						continue
					}
					if f := fieldOf(t.info, sel); isFieldOf(f, httpPath, "ReadHeaderTimeout") || isFieldOf(f, httpPath, "ReadTimeout") {
						if len(n.Lhs) == len(n.Rhs) {
							if v, ok := constInt(t.info, n.Rhs[i]); ok && v <= 0 {
								continue // srv.ReadTimeout = 0 switches the timeout off
							}
						}
						if !t.echoServer(sel.X) {
							for _, k := range t.keys(sel.X) {
								t.timed[k] = true
							}
						}
					} else if len(n.Lhs) == len(n.Rhs) {
						// e.Server = &http.Server{ReadHeaderTimeout: d}
						if lit, ok := stripAddr(n.Rhs[i]).(*ast.CompositeLit); ok && hasReadTimeout(t.info, lit) {
							t.echoServer(sel)
						}
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if len(n.Values) == len(n.Names) {
						if v := localVar(t.info, name); v != nil {
							t.defs[v] = append(t.defs[v], n.Values[i])
						}
					}
				}
			case *ast.CallExpr:
				var srv ast.Expr
				switch {
				case analysisutil.IsMethod(t.info, n, httpPath, "Server", serveMethods...):
					if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
						srv = sel.X
					}
				case analysisutil.IsMethod(t.info, n, echoPath, "Echo", "StartServer") && len(n.Args) == 1:
					srv = n.Args[0]
				}
				if srv == nil {
					continue
				}
				for _, k := range t.keys(srv) {
					if t.served[k] == nil {
						t.served[k] = n
					}
				}
			}
		}
	}
}

// echoServer records the echo instance when x is its Server or TLSServer field (e.Server), and
// reports whether it is.
func (t *timeouts) echoServer(x ast.Expr) bool {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	f := fieldOf(t.info, sel)
	if !isFieldOf(f, echoPath, "Server") && !isFieldOf(f, echoPath, "TLSServer") {
		return false
	}
	if v := localVar(t.info, sel.X); v != nil {
		t.echoTimed[f.Name()][v] = true
		// e := echo.New(); e.Server.ReadTimeout = d; return e: the factory's result has it.
		if fn := t.returning(v); fn != nil {
			t.echoTimed[f.Name()][fn] = true
		}
	} else if fs, ok := ast.Unparen(sel.X).(*ast.SelectorExpr); ok {
		if fo := fieldOf(t.info, fs); fo != nil {
			t.echoTimed[f.Name()][fo] = true
		}
	}
	return true
}

// returning returns the function declared in the package that returns the local variable v.
func (t *timeouts) returning(v *types.Var) types.Object {
	for _, f := range t.files {
		for _, d := range f.Node().(*ast.File).Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || v.Pos() < fd.Body.Pos() || v.Pos() > fd.Body.End() {
				continue
			}
			c, ok := f.FindNode(fd)
			if !ok {
				return nil
			}
			for r := range c.Preorder((*ast.ReturnStmt)(nil)) {
				for _, res := range r.Node().(*ast.ReturnStmt).Results {
					if localVar(t.info, res) == v {
						return t.info.Defs[fd.Name]
					}
				}
			}
		}
	}
	return nil
}

// keys returns what the server expression e is held in: the variable or field it names, and the
// function whose result it was assigned from.
func (t *timeouts) keys(e ast.Expr) []types.Object {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X)
	}
	if s, ok := e.(*ast.StarExpr); ok {
		e = ast.Unparen(s.X)
	}
	switch e := e.(type) {
	case *ast.Ident:
		obj, ok := t.info.ObjectOf(e).(*types.Var)
		if !ok {
			return nil
		}
		keys := []types.Object{obj}
		for _, d := range t.defs[obj] {
			if call, ok := ast.Unparen(d).(*ast.CallExpr); ok {
				if fn := typeutil.StaticCallee(t.info, call); fn != nil {
					keys = append(keys, fn)
				}
			}
		}
		return keys
	case *ast.SelectorExpr:
		if f := fieldOf(t.info, e); f != nil {
			return []types.Object{f}
		}
		if v, ok := t.info.Uses[e.Sel].(*types.Var); ok {
			return []types.Object{v}
		}
	case *ast.CallExpr:
		if fn := typeutil.StaticCallee(t.info, e); fn != nil {
			return []types.Object{fn}
		}
	}
	return nil
}

// bindings returns what the http.Server literal at c is stored in: the variable it is assigned
// to or declared with, the field it is given in a struct literal, or the function that returns it.
func (t *timeouts) bindings(c inspector.Cursor) []types.Object {
	for {
		p := c.Parent()
		switch pn := p.Node().(type) {
		case *ast.ParenExpr, *ast.UnaryExpr:
			c = p
			continue
		case *ast.AssignStmt:
			if len(pn.Lhs) == len(pn.Rhs) {
				for i, r := range pn.Rhs {
					if r == c.Node() {
						return t.keys(pn.Lhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			for i, v := range pn.Values {
				if v == c.Node() && i < len(pn.Names) {
					if obj := t.info.Defs[pn.Names[i]]; obj != nil {
						return []types.Object{obj}
					}
				}
			}
		case *ast.KeyValueExpr:
			if id, ok := pn.Key.(*ast.Ident); ok && pn.Value == c.Node() {
				if v, ok := t.info.Uses[id].(*types.Var); ok && v.IsField() {
					return []types.Object{v}
				}
			}
		case *ast.ReturnStmt:
			if fn, ok := enclosingFunc(p); ok {
				if d, ok := fn.Node().(*ast.FuncDecl); ok {
					if obj := t.info.Defs[d.Name]; obj != nil {
						return []types.Object{obj}
					}
				}
			}
		}
		return nil
	}
}

// directServe returns the serving call when the literal at c is served on the spot:
// (&http.Server{...}).ListenAndServe().
func (t *timeouts) directServe(c inspector.Cursor) *ast.CallExpr {
	for {
		p := c.Parent()
		switch pn := p.Node().(type) {
		case *ast.ParenExpr, *ast.UnaryExpr:
			c = p
			continue
		case *ast.SelectorExpr:
			if call, ok := p.Parent().Node().(*ast.CallExpr); ok && call.Fun == pn &&
				analysisutil.IsMethod(t.info, call, httpPath, "Server", serveMethods...) {
				return call
			}
		}
		return nil
	}
}

// hasReadTimeout reports whether an http.Server literal sets ReadHeaderTimeout or ReadTimeout to
// something other than a constant zero.
func hasReadTimeout(info *types.Info, lit *ast.CompositeLit) bool {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok || id.Name != "ReadHeaderTimeout" && id.Name != "ReadTimeout" {
			continue
		}
		if v, ok := constInt(info, kv.Value); !ok || v > 0 {
			return true
		}
	}
	return false
}

// checkLiteral reports an http.Server literal without read timeouts that the package serves.
func (t *timeouts) checkLiteral(c inspector.Cursor) {
	lit := c.Node().(*ast.CompositeLit)
	if hasReadTimeout(t.info, lit) {
		return
	}
	call := t.directServe(c)
	for _, k := range t.bindings(c) {
		if t.timed[k] {
			return
		}
		if call == nil {
			call = t.served[k]
		}
	}
	if call == nil {
		return // not served here, or served where we cannot follow it
	}
	at := t.pass.Fset.Position(call.Pos())
	where := fmt.Sprintf("line %d", at.Line)
	if at.Filename != t.pass.Fset.Position(lit.Pos()).Filename {
		where = fmt.Sprintf("%s:%d", filepath.Base(at.Filename), at.Line)
	}
	analysisutil.Report(t.pass, lit, serverMsg, types.ExprString(call.Fun), where)
}

// checkCall reports the package-level serving helpers of net/http and the framework shortcuts
// that use them.
func (t *timeouts) checkCall(call *ast.CallExpr) {
	switch {
	case analysisutil.IsPkgFunc(t.info, call, httpPath, "ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS"):
		analysisutil.Report(t.pass, call, helperMsg, types.ExprString(call.Fun))
	case analysisutil.IsMethod(t.info, call, ginPath, "Engine", "Run", "RunTLS", "RunListener"):
		analysisutil.Report(t.pass, call, frameworkMsg, types.ExprString(call.Fun), ginAdvice)
	case analysisutil.IsMethod(t.info, call, echoPath, "Echo", "Start", "StartTLS", "StartAutoTLS"):
		field := "Server"
		if fn := calleeFunc(t.info, call); fn != nil && fn.Name() != "Start" {
			field = "TLSServer"
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			for _, k := range t.keys(sel.X) {
				if t.echoTimed[field][k] {
					return
				}
			}
		}
		analysisutil.Report(t.pass, call, frameworkMsg, types.ExprString(call.Fun), echoAdvice)
	}
}
