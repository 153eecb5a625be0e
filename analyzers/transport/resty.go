package transport

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/defs"
	"github.com/apivet/apivet/internal/httpknow"
)

// restyPath is go-resty, whose Client and Request are configured by chained setters: credentials
// and the base URL set on a Client apply to every Request made from it with R().
const restyPath = "github.com/go-resty/resty/v2"

// restyMethod returns the name of the resty Client or Request method call calls, the receiver
// type's name and the receiver expression.
func restyMethod(info *types.Info, call *ast.CallExpr) (recv, name string, x ast.Expr, ok bool) {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != restyPath || fn.Signature().Recv() == nil {
		return "", "", nil, false
	}
	sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !isSel {
		return "", "", nil, false
	}
	t := fn.Signature().Recv().Type()
	if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		t = p.Elem()
	}
	n, isNamed := types.Unalias(t).(*types.Named)
	if !isNamed {
		return "", "", nil, false
	}
	return n.Obj().Name(), fn.Name(), sel.X, true
}

// restyHeaderWrites recognises resty's SetHeader, SetHeaderVerbatim and SetHeaders (of a map
// literal) on a Client or a Request as header writes.
func restyHeaderWrites(info *types.Info, call *ast.CallExpr) []headerWrite {
	_, name, _, ok := restyMethod(info, call)
	if !ok || len(call.Args) == 0 {
		return nil
	}
	switch name {
	case "SetHeader", "SetHeaderVerbatim":
		if key, isConst := analysisutil.ConstString(info, call.Args[0]); isConst && len(call.Args) == 2 {
			return []headerWrite{{node: call, key: key, values: call.Args[1:], call: call}}
		}
	case "SetHeaders":
		lit, isLit := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
		if !isLit {
			return nil
		}
		var out []headerWrite
		for _, elt := range lit.Elts {
			if kv, isKV := elt.(*ast.KeyValueExpr); isKV {
				if key, isConst := analysisutil.ConstString(info, kv.Key); isConst {
					out = append(out, headerWrite{node: kv, key: key, values: []ast.Expr{kv.Value}})
				}
			}
		}
		return out
	}
	return nil
}

// restySetBasicAuthFix rewrites SetHeader("Authorization", "Basic "+u+":"+p) on a resty Client
// or Request into SetBasicAuth(u, p), which both have and which returns the same type.
func restySetBasicAuthFix(w headerWrite, user, secret ast.Expr) (analysis.SuggestedFix, bool) {
	sel := ast.Unparen(w.call.Fun).(*ast.SelectorExpr)
	text := "SetBasicAuth(" + types.ExprString(user) + ", " + types.ExprString(secret) + ")"
	return analysis.SuggestedFix{
		Message:   "Use SetBasicAuth, which base64-encodes the credentials",
		TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: w.call.End(), NewText: []byte(text)}},
	}, true
}

// A restyCred is credentials given to a resty Client or Request.
type restyCred struct {
	node ast.Node
	what string // for plainMsg: "Basic credentials are"
}

// restyCreds returns the credentials call gives: SetBasicAuth, SetAuthToken, SetCookie(s), and
// credential headers. Digest authentication never sends the password and is left out.
func restyCreds(info *types.Info, call *ast.CallExpr, name string) []restyCred {
	switch name {
	case "SetBasicAuth":
		return []restyCred{{call, "Basic credentials are"}}
	case "SetAuthToken":
		return []restyCred{{call, "the bearer token is"}}
	case "SetCookie", "SetCookies":
		return []restyCred{{call, "cookies are"}}
	}
	var out []restyCred
	for _, w := range restyHeaderWrites(info, call) {
		if httpknow.CredentialHeader(w.key) {
			out = append(out, restyCred{w.node, "the " + w.key + " header is"})
		}
	}
	return out
}

// restySends are the Request methods that send it, with the index of their URL argument.
var restySends = map[string]int{
	"Get": 0, "Head": 0, "Post": 0, "Put": 0, "Delete": 0, "Options": 0, "Patch": 0, "Execute": 1,
}

// unionFind groups the expressions that denote one resty Client, or one Request: a chain of
// setters, the variables, fields and functions it is given to.
type unionFind map[any]any

func (u unionFind) find(k any) any {
	for {
		p, ok := u[k]
		if !ok || p == k {
			return k
		}
		if pp, ok := u[p]; ok {
			u[k] = pp // path halving
		}
		k = p
	}
}

func (u unionFind) union(a, b any) {
	if a == nil || b == nil {
		return
	}
	if ra, rb := u.find(a), u.find(b); ra != rb {
		u[ra] = rb
	}
}

// A restyGroup is what the code does to one Client or one Request.
type restyGroup struct {
	bases   []ast.Expr // Client.SetBaseURL and SetHostURL arguments
	creds   []restyCred
	sends   []ast.Expr // a Request's URL arguments
	clients []any      // the Clients a Request was made from (keys of the clients' union-find)
}

// restyChecker finds credentials that resty sends to plain http:// URLs (AV502).
type restyChecker struct {
	pass              *analysis.Pass
	info              *types.Info
	defs              *defs.Index
	clients, requests unionFind
}

// key returns what identifies the Client or Request e denotes: the variable or field it is held
// in, the function of this package that returns it, or the expression itself.
func (r *restyChecker) key(e ast.Expr) any {
	e = ast.Unparen(e)
	if obj := r.defs.ObjOf(e); obj != nil {
		return obj
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if _, _, _, isResty := restyMethod(r.info, call); !isResty {
			if fn, ok := typeutil.Callee(r.info, call).(*types.Func); ok && fn.Pkg() == r.pass.Pkg {
				return fn.Origin()
			}
		}
	}
	return e
}

// uf returns the union-find for values of type t: *resty.Client, *resty.Request, or nil.
func (r *restyChecker) uf(t types.Type) unionFind {
	switch {
	case t == nil:
		return nil
	case analysisutil.IsNamed(t, restyPath, "Client"):
		return r.clients
	case analysisutil.IsNamed(t, restyPath, "Request"):
		return r.requests
	}
	return nil
}

// link records that lhs is given the Client or Request rhs.
func (r *restyChecker) link(lhs, rhs ast.Expr) {
	if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && id.Name == "_" {
		return
	}
	if u := r.uf(r.info.TypeOf(rhs)); u != nil {
		u.union(r.key(lhs), r.key(rhs))
	}
}

func (r *restyChecker) run(files []inspector.Cursor) {
	// Group members are recorded as closures run once every link is known.
	var ops []func()
	group := func(m map[any]*restyGroup, u unionFind, k any) *restyGroup {
		root := u.find(k)
		g := m[root]
		if g == nil {
			g = &restyGroup{}
			m[root] = g
		}
		return g
	}
	clientGroups, requestGroups := map[any]*restyGroup{}, map[any]*restyGroup{}
	for _, f := range files {
		for c := range f.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
			(*ast.KeyValueExpr)(nil), (*ast.ReturnStmt)(nil)) {
			switch n := c.Node().(type) {
			case *ast.CallExpr:
				recv, name, x, ok := restyMethod(r.info, n)
				if !ok {
					continue
				}
				switch recv {
				case "Client":
					r.clients.union(n, r.key(x))
					creds := restyCreds(r.info, n, name)
					switch {
					case (name == "SetBaseURL" || name == "SetHostURL") && len(n.Args) == 1:
						ops = append(ops, func() {
							g := group(clientGroups, r.clients, n)
							g.bases = append(g.bases, n.Args[0])
						})
					case name == "R" || name == "NewRequest":
						ops = append(ops, func() {
							g := group(requestGroups, r.requests, n)
							g.clients = append(g.clients, n)
						})
					case len(creds) > 0:
						ops = append(ops, func() {
							g := group(clientGroups, r.clients, n)
							g.creds = append(g.creds, creds...)
						})
					}
				case "Request":
					r.requests.union(n, r.key(x))
					creds := restyCreds(r.info, n, name)
					if i, send := restySends[name]; send && i < len(n.Args) {
						ops = append(ops, func() {
							g := group(requestGroups, r.requests, n)
							g.sends = append(g.sends, n.Args[i])
						})
					} else if len(creds) > 0 {
						ops = append(ops, func() {
							g := group(requestGroups, r.requests, n)
							g.creds = append(g.creds, creds...)
						})
					}
				}
			case *ast.AssignStmt:
				if (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						r.link(n.Lhs[i], n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						r.link(n.Names[i], n.Values[i])
					}
				}
			case *ast.KeyValueExpr:
				// &api{client: resty.New()...}: the field holds the client.
				if id, ok := n.Key.(*ast.Ident); ok {
					if v, ok := r.info.Uses[id].(*types.Var); ok && v.IsField() {
						if u := r.uf(r.info.TypeOf(n.Value)); u != nil {
							u.union(v, r.key(n.Value))
						}
					}
				}
			case *ast.ReturnStmt:
				// func newClient() *resty.Client { return resty.New().SetBaseURL(...) }
				for fc := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
					if fd, ok := fc.Node().(*ast.FuncDecl); ok {
						if fn, ok := r.info.Defs[fd.Name].(*types.Func); ok {
							for _, res := range n.Results {
								if u := r.uf(r.info.TypeOf(res)); u != nil {
									u.union(fn, r.key(res))
								}
							}
						}
					}
					break
				}
			}
		}
	}
	for _, op := range ops {
		op()
	}
	reported := map[token.Pos]bool{}
	report := func(creds []restyCred, tg target) {
		for _, cr := range creds {
			if !reported[cr.node.Pos()] {
				reported[cr.node.Pos()] = true
				analysisutil.Report(r.pass, cr.node, plainMsg, cr.what, tg.origin())
			}
		}
	}
	for _, g := range clientGroups {
		if tg, ok := r.baseTarget(g); ok && tg.exposed() {
			report(g.creds, tg)
		}
	}
	// In source order, so that a client's credentials reached from several requests are
	// reported with the first request's destination, whatever the map order.
	var reqs []*restyGroup
	for _, g := range requestGroups {
		if len(g.sends) > 0 {
			reqs = append(reqs, g)
		}
	}
	slices.SortFunc(reqs, func(a, b *restyGroup) int { return cmp.Compare(a.sends[0].Pos(), b.sends[0].Pos()) })
	for _, g := range reqs {
		for _, u := range g.sends {
			tg, ok := r.sendTarget(g, clientGroups, u)
			if !ok || !tg.exposed() {
				continue
			}
			report(g.creds, tg)
			for _, c := range g.clients {
				if cg := clientGroups[r.clients.find(c)]; cg != nil {
					report(cg.creds, tg)
				}
			}
		}
	}
}

// baseTarget reads the base URL of a Client: known when it is given one, and exposed only when
// every base URL it is given is (a Client also given an https:// one is given the benefit of the
// doubt).
func (r *restyChecker) baseTarget(g *restyGroup) (target, bool) {
	var out target
	for i, b := range g.bases {
		tg := urlTarget(eval(r.info, r.defs, b))
		if !tg.exposed() {
			return target{}, false
		}
		if i == 0 {
			out = tg
		}
	}
	return out, len(g.bases) > 0
}

// sendTarget reads where a Request sent to url goes: the URL itself when it is absolute, else
// the base URL of the Client the request was made from, as resty joins them.
func (r *restyChecker) sendTarget(g *restyGroup, clientGroups map[any]*restyGroup, url ast.Expr) (target, bool) {
	t := eval(r.info, r.defs, url)
	text := strings.ToLower(t.text())
	switch {
	case strings.HasPrefix(text, "\x00"):
		return target{}, false // the whole URL may come from configuration
	case strings.Contains(strings.SplitN(text, "\x00", 2)[0], "://"):
		return urlTarget(t), true
	}
	if len(g.clients) == 0 {
		return target{}, false
	}
	var out target
	for i, c := range g.clients {
		cg := clientGroups[r.clients.find(c)]
		if cg == nil {
			return target{}, false
		}
		tg, ok := r.baseTarget(cg)
		if !ok {
			return target{}, false
		}
		if i == 0 {
			out = tg
		}
	}
	return out, true
}
