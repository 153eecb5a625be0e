package routeauth

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/jwtlib"
	"github.com/apivet/apivet/internal/routes"
)

// authBasis says how a middleware or handler was recognised as an authentication guard.
type authBasis uint8

const (
	notAuth   authBasis = iota
	byName              // its name says so and apivet cannot see what it does: lower confidence
	byLibrary           // a known authentication middleware of a library
	byBody              // its body reads credentials and rejects with 401 or 403
	byFact              // the same, established in the package that defines it
)

// authFact is exported for the functions of a package that read credentials (an Authorization or
// API-key header, Basic auth, a cookie, a token), that reject requests with 401 or 403, or both
// (Guard), so that middleware defined in one package is recognised where another one uses it.
type authFact struct {
	Reads, Rejects, Guard bool
}

func (*authFact) AFact() {}

func (f *authFact) String() string {
	switch {
	case f.Guard:
		return "authGuard"
	case f.Reads && f.Rejects:
		return "readsCredentials rejects"
	case f.Reads:
		return "readsCredentials"
	default:
		return "rejects"
	}
}

// libraryGuards are the authentication middleware of the libraries apivet knows, by import path
// without its major-version suffix, and by name (Type.Method for methods).
var libraryGuards = map[string][]string{
	"github.com/go-chi/chi/middleware":    {"BasicAuth"},
	"github.com/go-chi/jwtauth":           {"Verifier", "Verify", "Authenticator"},
	"github.com/labstack/echo/middleware": {"BasicAuth", "BasicAuthWithConfig", "KeyAuth", "KeyAuthWithConfig", "JWT", "JWTWithConfig", "CasbinAuth"},
	"github.com/labstack/echo-jwt":        {"JWT", "WithConfig"},
	"github.com/gin-gonic/gin":            {"BasicAuth", "BasicAuthForRealm"},
	"github.com/appleboy/gin-jwt":         {"GinJWTMiddleware.MiddlewareFunc"},
	"github.com/auth0/go-jwt-middleware":  {"JWTMiddleware.CheckJWT", "JWTMiddleware.Handler"},
	"github.com/gin-contrib/authz":        {"NewAuthorizer"},
}

// knownPackages export middleware apivet knows: what they export is an authentication guard only
// when libraryGuards lists it, whatever its name (gin-contrib/sessions.Sessions loads a session,
// it does not require one).
var knownPackages = map[string]bool{
	httpPath: true, ginPath: true, echoPath: true, echoMiddleware: true, chiPath: true,
	chiMiddleware: true, gorillaPath: true, alicePath: true,
	"github.com/gorilla/handlers": true, "github.com/gorilla/sessions": true, "github.com/rs/cors": true,
	"github.com/gin-contrib/cors": true, "github.com/gin-contrib/sessions": true,
	"github.com/gin-contrib/gzip": true, "github.com/gin-contrib/pprof": true,
}

func init() {
	for pkg := range libraryGuards {
		knownPackages[pkg] = true
	}
}

// Words of middleware names that say they authenticate or authorize, for middleware apivet cannot
// see into (an interface method, a function field, a package without facts). A name matches when
// one of its words is an authWord, or when it pairs a requireWord with a requiredWord
// (RequireLogin, loginRequired, mustBeAdmin).
var (
	authWords = map[string]bool{
		"auth": true, "authn": true, "authz": true, "authenticate": true, "authenticated": true,
		"authentication": true, "authenticator": true, "authorize": true, "authorized": true,
		"authorization": true, "authorizer": true, "jwt": true, "oauth": true, "oidc": true,
		"protected": true, "protect": true, "rbac": true, "acl": true, "basicauth": true, "keyauth": true,
		"apikey": true, "bearer": true,
	}
	requireWords = map[string]bool{
		"require": true, "requires": true, "required": true, "must": true, "ensure": true, "enforce": true,
		"only": true, // adminOnly, staffOnly
	}
	requiredWords = map[string]bool{
		"login": true, "user": true, "role": true, "roles": true, "admin": true, "session": true, "scope": true,
		"scopes": true, "permission": true, "permissions": true, "token": true, "signin": true, "account": true,
		"logged": true, "staff": true,
	}
)

// nameAuth reports whether a name, as written, names an authentication or authorization guard.
func nameAuth(name string) bool {
	words := splitWords(name)
	require, required := false, false
	for i, w := range words {
		w = strings.TrimRight(w, "0123456789")
		if authWords[w] {
			return true
		}
		// APIKey and BasicAuth split into two words.
		if i+1 < len(words) && authWords[w+words[i+1]] {
			return true
		}
		require = require || requireWords[w]
		required = required || requiredWords[w]
	}
	return require && required
}

// splitWords splits an identifier or expression into lower-case words (routes.Words).
func splitWords(s string) []string { return routes.Words(s) }

// credentialKey reports whether a header, cookie or query parameter name carries a credential.
func credentialKey(key string) bool {
	k := strings.ToLower(key)
	if strings.HasSuffix(k, "key") { // X-Api-Key, X-Admin-Key, api_key
		return true
	}
	// A webhook handler that checks X-Hub-Signature-256 or Stripe-Signature authenticates the sender.
	for _, w := range []string{"authorization", "auth", "token", "api-key", "apikey", "api_key", "x-api", "session", "jwt", "bearer", "signature"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// summary is what the body of a function (with the function literals inside it) does with
// credentials.
type summary struct {
	reads, rejects, guard bool
	callees               []*types.Func // functions of this package it calls
	delegates             []*types.Func // functions whose result it returns: a factory of a guard is a guard
}

// guardIndex recognises authentication guards: it summarises the functions of the package,
// exports facts for them, and classifies middleware and handlers wherever they come from.
type guardIndex struct {
	pass    *analysis.Pass
	info    *types.Info
	decls   map[*types.Func]*ast.FuncDecl
	sums    map[*types.Func]*summary
	litSums map[*ast.FuncLit]*summary
}

func newGuardIndex(pass *analysis.Pass, decls map[*types.Func]*ast.FuncDecl, order []*types.Func) *guardIndex {
	g := &guardIndex{pass: pass, info: pass.TypesInfo, decls: decls,
		sums: map[*types.Func]*summary{}, litSums: map[*ast.FuncLit]*summary{}}
	for _, fn := range order {
		g.sums[fn] = g.scan(decls[fn].Body)
	}
	// Propagate along calls until nothing changes: a middleware that calls s.authenticate(r),
	// which reads the header, and then writes 401 itself, is a guard.
	for changed := true; changed; {
		changed = false
		for _, fn := range order {
			s := g.sums[fn]
			reads, rejects, guard := s.reads, s.rejects, s.guard
			for _, c := range s.callees {
				if cs := g.sums[c]; cs != nil {
					s.reads = s.reads || cs.reads
					s.rejects = s.rejects || cs.rejects
				}
			}
			s.guard = s.guard || (s.reads && s.rejects)
			for _, d := range s.delegates {
				s.guard = s.guard || g.isGuardFunc(d)
			}
			if s.reads != reads || s.rejects != rejects || s.guard != guard {
				changed = true
			}
		}
	}
	for _, fn := range order {
		if s := g.sums[fn]; s.reads || s.rejects || s.guard {
			pass.ExportObjectFact(fn, &authFact{Reads: s.reads, Rejects: s.rejects, Guard: s.guard})
		}
	}
	return g
}

// scan summarises a function body, function literals included.
func (g *guardIndex) scan(body ast.Node) *summary {
	s := &summary{}
	if body == nil {
		return s
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok {
			if tv, ok := g.info.Types[e]; ok && tv.Value != nil {
				if isRejectStatus(tv) {
					s.rejects = true
				}
				return false
			}
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(g.info, n).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				return true
			}
			fn = fn.Origin()
			if g.decls[fn] != nil {
				s.callees = append(s.callees, fn)
			} else if fn.Pkg() != g.pass.Pkg {
				var f authFact
				if g.pass.ImportObjectFact(fn, &f) {
					s.reads = s.reads || f.Reads
					s.rejects = s.rejects || f.Rejects
				}
			}
			if g.readsCredentials(n, fn) {
				s.reads = true
			}
			if g.redirectsToLogin(n, fn) {
				s.rejects = true
			}
		case *ast.IndexExpr: // r.Header["Authorization"]
			if analysisutil.IsNamed(g.info.TypeOf(n.X), httpPath, "Header") {
				if k, ok := analysisutil.ConstString(g.info, n.Index); ok && credentialKey(k) {
					s.reads = true
				}
			}
		case *ast.Ident:
			if v, ok := g.info.Uses[n].(*types.Var); ok && v.Pkg() != nil && unversioned(v.Pkg().Path()) == echoPath &&
				(v.Name() == "ErrUnauthorized" || v.Name() == "ErrForbidden") {
				s.rejects = true
			}
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if fn := g.funcOf(r); fn != nil {
					s.delegates = append(s.delegates, fn)
				}
			}
		}
		return true
	})
	return s
}

// isRejectStatus reports whether a constant is the status 401 or 403.
func isRejectStatus(tv types.TypeAndValue) bool {
	if tv.Value.Kind() != constant.Int {
		return false
	}
	v, ok := constant.Int64Val(tv.Value)
	return ok && (v == 401 || v == 403)
}

// funcOf returns the function that e names or calls: authMiddleware, auth.Require, jwt(), or nil.
func (g *guardIndex) funcOf(e ast.Expr) *types.Func {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(g.info, e).(*types.Func); ok {
			return fn.Origin()
		}
	case *ast.Ident:
		if fn, ok := g.info.Uses[e].(*types.Func); ok {
			return fn.Origin()
		}
	case *ast.SelectorExpr:
		if fn, ok := g.info.Uses[e.Sel].(*types.Func); ok {
			return fn.Origin()
		}
	}
	return nil
}

// readsCredentials reports whether call reads a credential from the request: the Authorization
// (or an API-key, token or session) header, Basic auth, a cookie, a token query parameter, or a
// JWT it parses.
func (g *guardIndex) readsCredentials(call *ast.CallExpr, fn *types.Func) bool {
	pkg := unversioned(fn.Pkg().Path())
	key := func() bool {
		if len(call.Args) == 0 {
			return false
		}
		k, ok := analysisutil.ConstString(g.info, call.Args[0])
		return ok && credentialKey(k)
	}
	name := fn.Name()
	if r := recvName(fn); r != "" {
		name = r + "." + name
	}
	switch pkg {
	case httpPath:
		switch name {
		case "Request.BasicAuth", "Request.Cookie", "Request.Cookies":
			return true
		case "Header.Get", "Header.Values", "Request.FormValue", "Request.PostFormValue":
			return key()
		}
	case "net/url":
		return name == "Values.Get" && key()
	case ginPath:
		switch name {
		case "Context.Cookie":
			return true
		case "Context.GetHeader", "Context.Query", "Context.DefaultQuery", "Context.GetQuery", "Context.PostForm":
			return key()
		}
	case echoPath:
		switch name {
		case "Context.Cookie", "Context.Cookies":
			return true
		case "Context.QueryParam", "Context.FormValue":
			return key()
		}
	default:
		// JWT libraries verify tokens: calling their Parse functions reads a credential.
		return jwtlib.Is(fn.Pkg().Path()) && strings.HasPrefix(fn.Name(), "Parse")
	}
	return false
}

// redirectsToLogin reports whether call redirects to a login page, which is how web
// applications turn away a caller without a session: http.Redirect(w, r, "/login", 302).
func (g *guardIndex) redirectsToLogin(call *ast.CallExpr, fn *types.Func) bool {
	if fn.Name() != "Redirect" {
		return false
	}
	switch unversioned(fn.Pkg().Path()) {
	case httpPath, ginPath, echoPath:
	default:
		return false
	}
	for _, a := range call.Args {
		if u, ok := analysisutil.ConstString(g.info, a); ok {
			for _, w := range routes.Segments(u) {
				if w == "login" || w == "signin" || w == "sign-in" || w == "auth" || w == "oauth" {
					return true
				}
			}
		}
	}
	return false
}

// recvName returns the name of the type of fn's receiver, or "" for a function.
func recvName(fn *types.Func) string {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return ""
	}
	t := sig.Recv().Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// isLibraryGuard reports whether fn is a known authentication middleware of a library.
func isLibraryGuard(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	name := fn.Name()
	if r := recvName(fn); r != "" {
		name = r + "." + name
	}
	for _, n := range libraryGuards[unversioned(fn.Pkg().Path())] {
		if n == name {
			return true
		}
	}
	return false
}

// isGuardFunc reports whether fn is, or builds, an authentication guard (by body, fact or table).
func (g *guardIndex) isGuardFunc(fn *types.Func) bool {
	if isLibraryGuard(fn) {
		return true
	}
	if s := g.sums[fn]; s != nil {
		return s.guard
	}
	if fn.Pkg() != nil && fn.Pkg() != g.pass.Pkg {
		var f authFact
		return g.pass.ImportObjectFact(fn, &f) && f.Guard
	}
	return false
}

// litSummary summarises a function literal, with what the functions it calls do.
func (g *guardIndex) litSummary(lit *ast.FuncLit) *summary {
	if s, ok := g.litSums[lit]; ok {
		return s
	}
	s := g.scan(lit.Body)
	for _, c := range s.callees {
		if cs := g.sums[c]; cs != nil {
			s.reads = s.reads || cs.reads
			s.rejects = s.rejects || cs.rejects
		}
	}
	s.guard = s.reads && s.rejects
	for _, d := range s.delegates {
		s.guard = s.guard || g.isGuardFunc(d)
	}
	g.litSums[lit] = s
	return s
}

// classify says whether the function value v, used as middleware and written as e, is an
// authentication guard, and how we know. Names count only where we cannot see what the
// middleware does (a function literal we cannot read, an interface method, a value we do not
// follow), and package qualifiers are no part of a name: auth.Trace is a tracer.
func (g *guardIndex) classify(v *fnVal, e ast.Expr) authBasis {
	text := nameText(g.info, e)
	switch {
	case v == nil:
	case v.lit != nil:
		if g.litSummary(v.lit).guard {
			return byBody
		}
	case v.fn != nil && v.fn.Pkg() != nil:
		fn := v.fn.Origin()
		pkg := unversioned(fn.Pkg().Path())
		switch {
		case isLibraryGuard(fn):
			return byLibrary
		case knownPackages[pkg]:
			return notAuth
		case fn.Pkg() == g.pass.Pkg:
			if s := g.sums[fn]; s != nil && s.guard {
				return byBody
			}
		default:
			var f authFact
			if g.pass.ImportObjectFact(fn, &f) && f.Guard {
				return byFact
			}
		}
		if nameAuth(fn.Name()) || nameAuth(recvName(fn)) || configuredGuards.has(fn.Name()) {
			return byName
		}
		if !isInterfaceMethod(fn) {
			return notAuth
		}
	}
	if nameAuth(text) || configuredGuards.has(text) {
		return byName
	}
	return notAuth
}

// isInterfaceMethod reports whether fn is an abstract method of an interface.
func isInterfaceMethod(fn *types.Func) bool {
	sig := fn.Signature()
	return sig.Recv() != nil && types.IsInterface(sig.Recv().Type())
}

// nameText renders the names in an expression that can say what it does, without package
// qualifiers and arguments: s.auth.Middleware for s.auth.Middleware, Require for
// auth.Require("admin").
func nameText(info *types.Info, e ast.Expr) string {
	var parts []string
	for range 16 {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if _, isPkg := info.Uses[x].(*types.PkgName); !isPkg {
				parts = append(parts, x.Name)
			}
			e = nil
		case *ast.SelectorExpr:
			parts = append(parts, x.Sel.Name)
			e = x.X
		case *ast.CallExpr:
			e = x.Fun
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			e = x.X
		default:
			e = nil
		}
		if e == nil {
			break
		}
	}
	slices.Reverse(parts)
	return strings.Join(parts, ".")
}

// handlerChecks reports whether a handler authenticates the caller itself: its body (or what it
// calls) reads credentials and rejects with 401 or 403. Names do not count here.
func (g *guardIndex) handlerChecks(v *fnVal) bool {
	switch {
	case v == nil:
		return false
	case v.lit != nil:
		return g.litSummary(v.lit).guard
	case v.fn == nil || v.fn.Pkg() == nil:
		return false
	case v.fn.Pkg() == g.pass.Pkg:
		s := g.sums[v.fn.Origin()]
		return s != nil && s.guard
	default:
		var f authFact
		return g.pass.ImportObjectFact(v.fn.Origin(), &f) && f.Guard
	}
}
