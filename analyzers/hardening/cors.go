package hardening

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
)

// CORSAnalyzer reports CORS that lets any origin make credentialed requests (AV701).
var CORSAnalyzer = analysisutil.New("AV701", runCORS, inspect.Analyzer)

const (
	// libMsg takes the library, what makes it accept any origin, and the fix.
	libMsg = "%s accepts every origin (%s) with AllowCredentials: it answers any web site with " +
		"that site's own origin, so a page the user visits can call the API with their cookies " +
		"and read the responses; %s"
	// reflectMsg takes the line of the credentials header.
	reflectMsg = "Access-Control-Allow-Origin echoes the request's Origin while " +
		"Access-Control-Allow-Credentials is true (%s): any web site the user visits can call " +
		"the API with their cookies and read the responses; compare the Origin with an allowlist " +
		"before echoing it"
	// wildcardMsg takes the line of the credentials header.
	wildcardMsg = "Access-Control-Allow-Origin is * while Access-Control-Allow-Credentials is true " +
		"(%s): browsers refuse this pair, and echoing the request's Origin to make it work opens " +
		"the API to every web site; answer with an allowlisted origin"
)

// corsLib describes the configuration struct of a CORS middleware.
type corsLib struct {
	pkg, typ string
	name     string   // for messages
	origins  string   // the field listing allowed origins
	all      string   // the field allowing every origin, if any
	funcs    []string // origin callbacks
	// emptyIsAll: with no origins and no callback, the middleware allows every origin.
	emptyIsAll bool
	consumer   string // the function taking the configuration
	advice     string
}

var corsLibs = []*corsLib{
	{
		pkg: rsCORSPath, typ: "Options", name: "rs/cors", origins: "AllowedOrigins",
		funcs:      []string{"AllowOriginFunc", "AllowOriginRequestFunc", "AllowOriginVaryRequestFunc"},
		emptyIsAll: true, consumer: "New", advice: "list the trusted origins in AllowedOrigins",
	},
	{
		pkg: ginCORSPath, typ: "Config", name: "gin-contrib/cors", origins: "AllowOrigins",
		all: "AllowAllOrigins", funcs: []string{"AllowOriginFunc", "AllowOriginWithContextFunc"},
		consumer: "New", advice: "list the trusted origins in AllowOrigins",
	},
	{
		pkg: echoMidPath, typ: "CORSConfig", name: "echo's CORS middleware", origins: "AllowOrigins",
		emptyIsAll: true, consumer: "CORSWithConfig", advice: "list the trusted origins in AllowOrigins",
	},
}

// corsPass is what the CORS checks share over one package.
type corsPass struct {
	pass  *analysis.Pass
	info  *types.Info
	root  inspector.Cursor
	decls map[*types.Func]*ast.FuncDecl // the package's function declarations
}

func runCORS(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, httpPath, ginPath, echoPath, rsCORSPath, ginCORSPath, echoMidPath) {
		return nil, nil
	}
	info := pass.TypesInfo
	cp := &corsPass{
		pass: pass, info: info, decls: map[*types.Func]*ast.FuncDecl{},
		root: pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root(),
	}
	files := shippedFiles(pass)
	for _, f := range files {
		for _, d := range f.Node().(*ast.File).Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
					cp.decls[fn] = fd
				}
			}
		}
	}
	headers := map[ast.Node]*fnHeaders{} // by function
	var order []*fnHeaders
	for _, f := range files {
		for c := range f.Preorder((*ast.CompositeLit)(nil), (*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil), (*ast.AssignStmt)(nil)) {
			if lib, start := corsSource(info, c.Node()); lib != nil {
				cp.checkConfig(lib, c, start)
			}
			if h, ok := headerSet(info, c); ok {
				fn, ok := enclosingFunc(c)
				if !ok {
					continue
				}
				fh := headers[fn.Node()]
				if fh == nil {
					fh = &fnHeaders{fn: fn}
					headers[fn.Node()] = fh
					order = append(order, fh)
				}
				fh.sets = append(fh.sets, h)
			}
		}
	}
	for _, fh := range order {
		fh.check(pass)
	}
	return nil, nil
}

// corsSource tells whether n starts a CORS configuration: a literal of a known configuration
// type, gin-contrib's cors.DefaultConfig() or echo's middleware.DefaultCORSConfig, and the state
// it starts from.
func corsSource(info *types.Info, n ast.Node) (*corsLib, corsState) {
	switch n := n.(type) {
	case *ast.CompositeLit:
		for _, lib := range corsLibs {
			if analysisutil.IsNamed(info.TypeOf(n), lib.pkg, lib.typ) {
				return lib, corsState{fields: map[string]int{}}
			}
		}
	case *ast.CallExpr:
		if analysisutil.IsPkgFunc(info, n, ginCORSPath, "DefaultConfig") {
			return corsLibs[1], corsState{fields: map[string]int{}}
		}
	case *ast.SelectorExpr:
		if v, ok := info.Uses[n.Sel].(*types.Var); ok && v.Pkg() != nil && v.Pkg().Path() == echoMidPath && v.Name() == "DefaultCORSConfig" {
			return corsLibs[2], corsState{fields: map[string]int{"AllowOrigins": originsAny}}
		}
	}
	return nil, corsState{}
}

// Values of the fields of a corsState.
const (
	// boolean fields
	valFalse = iota
	valTrue
	valUnknown
)

const (
	// origins
	originsEmpty = iota
	originsAny
	originsSome
	originsUnknown
)

const (
	// callbacks
	funcNone = iota
	funcAlways
	funcChecks
)

// corsState holds what is known of a configuration's fields; an absent field has its zero
// value (false, no origins, no callback).
type corsState struct {
	fields map[string]int
}

// set records the value e given to field of lib's configuration; conditional assignments make
// it unknown.
func (s corsState) set(cp *corsPass, lib *corsLib, field string, e ast.Expr, conditional bool) {
	info := cp.info
	switch {
	case field == lib.origins:
		s.fields[field] = originsOf(info, lib, e)
		if conditional {
			s.fields[field] = originsUnknown
		}
	case field == lib.all || field == "AllowCredentials":
		switch {
		case conditional:
			s.fields[field] = valUnknown
		case isTrue(info, e):
			s.fields[field] = valTrue
		case isFalse(info, e):
			s.fields[field] = valFalse
		default:
			s.fields[field] = valUnknown
		}
	default:
		for _, f := range lib.funcs {
			if f == field {
				s.fields[field] = funcChecks
				if !conditional && cp.alwaysTrue(e) {
					s.fields[field] = funcAlways
				}
			}
		}
	}
}

// anyOrigin says why the configuration accepts every origin with credentials, or "".
func (s corsState) anyOrigin(lib *corsLib) string {
	if s.fields["AllowCredentials"] != valTrue {
		return ""
	}
	callback := funcNone
	for _, f := range lib.funcs {
		switch s.fields[f] {
		case funcAlways:
			return f + " returns true for every origin"
		case funcChecks:
			callback = funcChecks
		}
	}
	if lib.all != "" && s.fields[lib.all] == valTrue {
		return lib.all + ": true"
	}
	switch s.fields[lib.origins] {
	case originsAny:
		return lib.origins + ` holds "*"`
	case originsEmpty:
		if lib.emptyIsAll && callback == funcNone {
			return "no " + lib.origins + `, which means "*"`
		}
	}
	return ""
}

// originsOf classifies the value of an origins list: a literal slice of constants, nil, or
// something decided at run time.
func originsOf(info *types.Info, lib *corsLib, e ast.Expr) int {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok && info.Uses[id] == types.Universe.Lookup("nil") {
		return originsEmpty
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return originsUnknown
	}
	if len(lit.Elts) == 0 {
		return originsEmpty
	}
	for _, elt := range lit.Elts {
		s, ok := analysisutil.ConstString(info, elt)
		if !ok {
			return originsUnknown
		}
		// rs/cors also takes "https://*" (one wildcard) as any origin of the scheme.
		if s == "*" || lib.pkg == rsCORSPath && (s == "http://*" || s == "https://*") {
			return originsAny
		}
	}
	return originsSome
}

// alwaysTrue reports whether e is a function literal (or a function declared in the package)
// all of whose returns return the constant true.
func (cp *corsPass) alwaysTrue(e ast.Expr) bool {
	var fn ast.Node
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		fn = e
	case *ast.Ident:
		if f, ok := cp.info.Uses[e].(*types.Func); ok && cp.decls[f] != nil {
			fn = cp.decls[f]
		}
	}
	if fn == nil {
		return false
	}
	c, ok := cp.root.FindNode(fn)
	if !ok {
		return false
	}
	returns := 0
	for r := range c.Preorder((*ast.ReturnStmt)(nil)) {
		if owner, ok := enclosingFunc(r); !ok || owner.Node() != fn {
			continue // a return of a nested function literal
		}
		ret := r.Node().(*ast.ReturnStmt)
		if len(ret.Results) != 1 || !isTrue(cp.info, ret.Results[0]) {
			return false
		}
		returns++
	}
	return returns > 0
}

// checkConfig evaluates the configuration started at c: its literal fields, then, when it is
// stored in a local variable, the assignments to that variable's fields in the function.
func (cp *corsPass) checkConfig(lib *corsLib, c inspector.Cursor, s corsState) {
	info := cp.info
	if lit, ok := c.Node().(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					s.set(cp, lib, id.Name, kv.Value, false)
				}
			}
		}
	}
	var at ast.Node = c.Node()
	if v := bindingVar(info, c); v != nil {
		fn, ok := enclosingFunc(c)
		if !ok {
			return
		}
		for a := range fn.Preorder((*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)) {
			switch n := a.Node().(type) {
			case *ast.AssignStmt:
				if n.Pos() < c.Node().Pos() || len(n.Lhs) != len(n.Rhs) {
					continue
				}
				for i, lhs := range n.Lhs {
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if ok && localVar(info, sel.X) == v && fieldOf(info, sel) != nil {
						s.set(cp, lib, sel.Sel.Name, n.Rhs[i], conditional(a, fn))
					}
				}
			case *ast.CallExpr:
				if at == c.Node() && analysisutil.IsPkgFunc(info, n, lib.pkg, lib.consumer) && len(n.Args) == 1 && usesVar(info, n.Args[0], v) {
					at = n
				}
			}
		}
	} else if _, ok := c.Node().(*ast.CompositeLit); !ok {
		return // DefaultConfig() used as it is: no credentials
	}
	if why := s.anyOrigin(lib); why != "" {
		analysisutil.Report(cp.pass, at, libMsg, lib.name, why, lib.advice)
	}
}

// A headerSetting is one response header set in a function.
type headerSetting struct {
	c     inspector.Cursor // the call or assignment
	key   string
	value ast.Expr
}

// headerSet tells whether the node at c sets a response header: h.Set(k, v), h.Add(k, v) on an
// http.Header, h[k] = []string{v}, or gin's c.Header(k, v).
func headerSet(info *types.Info, c inspector.Cursor) (headerSetting, bool) {
	switch n := c.Node().(type) {
	case *ast.CallExpr:
		if len(n.Args) != 2 || !(analysisutil.IsMethod(info, n, httpPath, "Header", "Set", "Add") ||
			analysisutil.IsMethod(info, n, ginPath, "Context", "Header")) {
			return headerSetting{}, false
		}
		if k, ok := analysisutil.ConstString(info, n.Args[0]); ok {
			return headerSetting{c, k, n.Args[1]}, true
		}
	case *ast.AssignStmt:
		if len(n.Lhs) != 1 || len(n.Rhs) != 1 {
			return headerSetting{}, false
		}
		ix, ok := ast.Unparen(n.Lhs[0]).(*ast.IndexExpr)
		if !ok || !analysisutil.IsNamed(info.TypeOf(ix.X), httpPath, "Header") {
			return headerSetting{}, false
		}
		k, ok := analysisutil.ConstString(info, ix.Index)
		lit, isLit := ast.Unparen(n.Rhs[0]).(*ast.CompositeLit)
		if ok && isLit && len(lit.Elts) == 1 {
			return headerSetting{c, k, lit.Elts[0]}, true
		}
	}
	return headerSetting{}, false
}

// fnHeaders are the headers one function sets.
type fnHeaders struct {
	fn   inspector.Cursor
	sets []headerSetting
}

// check reports Access-Control-Allow-Origin set to * or to the request's unchecked Origin in a
// function that also sets Access-Control-Allow-Credentials: true.
func (fh *fnHeaders) check(pass *analysis.Pass) {
	info := pass.TypesInfo
	var cred *headerSetting
	for i, h := range fh.sets {
		if strings.EqualFold(h.key, "Access-Control-Allow-Credentials") {
			if v, ok := analysisutil.ConstString(info, h.value); ok && strings.EqualFold(v, "true") {
				cred = &fh.sets[i]
			}
		}
	}
	if cred == nil {
		return
	}
	credLine := fmt.Sprintf("line %d", pass.Fset.Position(cred.c.Node().Pos()).Line)
	for _, h := range fh.sets {
		if !strings.EqualFold(h.key, "Access-Control-Allow-Origin") {
			continue
		}
		if v, ok := analysisutil.ConstString(info, h.value); ok {
			if v == "*" {
				analysisutil.Report(pass, h.c.Node(), wildcardMsg, credLine)
			}
			continue
		}
		if fh.reflected(info, h.value) {
			analysisutil.Report(pass, h.c.Node(), reflectMsg, credLine)
		}
	}
}

// reflected reports whether value is the request's Origin header, read in place or through a
// local variable, and the function never looks at it otherwise (an allowlist lookup, a
// comparison with a trusted origin). Checking that it is not empty does not count.
func (fh *fnHeaders) reflected(info *types.Info, value ast.Expr) bool {
	v := localVar(info, value)
	if v == nil && !originRead(info, value) {
		return false
	}
	defs := map[ast.Node]bool{} // the reads that define v
	isOrigin := v == nil
	for a := range fh.fn.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		switch n := a.Node().(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if v != nil && localVar(info, lhs) == v && len(n.Lhs) == len(n.Rhs) && originRead(info, n.Rhs[i]) {
					isOrigin, defs[ast.Unparen(n.Rhs[i])] = true, true
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if v != nil && localVar(info, name) == v && len(n.Names) == len(n.Values) && originRead(info, n.Values[i]) {
					isOrigin, defs[ast.Unparen(n.Values[i])] = true, true
				}
			}
		}
	}
	if !isOrigin {
		return false
	}
	// Look for other uses of the origin.
	for u := range fh.fn.Preorder((*ast.Ident)(nil), (*ast.CallExpr)(nil), (*ast.IndexExpr)(nil)) {
		n := u.Node()
		if n == ast.Unparen(value) || defs[n] || within(n, value) {
			continue
		}
		switch n := n.(type) {
		case *ast.Ident:
			if v == nil || info.Uses[n] != v {
				continue
			}
			if a, ok := u.Parent().Node().(*ast.AssignStmt); ok && u.ParentEdgeKind() == edge.AssignStmt_Lhs && a.Tok == token.ASSIGN {
				continue // origin = r.Header.Get("Origin")
			}
		case *ast.CallExpr, *ast.IndexExpr:
			if !originRead(info, n.(ast.Expr)) {
				continue
			}
		}
		if !emptinessCheck(info, u) && !logged(info, u) {
			return false
		}
	}
	return true
}

// within reports whether n lies inside e.
func within(n ast.Node, e ast.Expr) bool { return e.Pos() <= n.Pos() && n.End() <= e.End() }

// originRead reports whether e reads the request's Origin header: r.Header.Get("Origin"),
// r.Header["Origin"][0], gin's c.GetHeader("Origin").
func originRead(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if len(e.Args) == 1 && (analysisutil.IsMethod(info, e, httpPath, "Header", "Get") ||
			analysisutil.IsMethod(info, e, ginPath, "Context", "GetHeader")) {
			k, ok := analysisutil.ConstString(info, e.Args[0])
			return ok && strings.EqualFold(k, "Origin")
		}
	case *ast.IndexExpr:
		inner, ok := ast.Unparen(e.X).(*ast.IndexExpr)
		if ok && analysisutil.IsNamed(info.TypeOf(inner.X), httpPath, "Header") {
			k, ok := analysisutil.ConstString(info, inner.Index)
			return ok && strings.EqualFold(k, "Origin")
		}
	}
	return false
}

// emptinessCheck reports whether the origin at c is only compared with "" (or its length with
// 0): origin != "" decides whether to answer with CORS headers, not which origins to trust.
func emptinessCheck(info *types.Info, c inspector.Cursor) bool {
	p := c.Parent().Node()
	if call, ok := p.(*ast.CallExpr); ok {
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && info.Uses[id] == types.Universe.Lookup("len") {
			c = c.Parent()
			p = c.Parent().Node()
		}
	}
	b, ok := p.(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL && b.Op != token.NEQ && b.Op != token.GTR && b.Op != token.LSS {
		return false
	}
	other := b.X
	if other == c.Node() {
		other = b.Y
	}
	if s, ok := analysisutil.ConstString(info, other); ok {
		return s == ""
	}
	n, ok := constInt(info, other)
	return ok && n == 0
}

// logged reports whether the origin at c is an argument of a log, fmt or slog call.
func logged(info *types.Info, c inspector.Cursor) bool {
	call, ok := c.Parent().Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := calleeFunc(info, call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "log", "log/slog", fmtPath:
		return true
	}
	return false
}
