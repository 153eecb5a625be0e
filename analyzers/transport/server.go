package transport

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net/netip"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/defs"
	"github.com/apivet/apivet/internal/httpknow"
)

// PlainServerAnalyzer reports a plain-HTTP listener on a non-loopback address started by a
// package that also receives credentials, when nothing in the package shows TLS terminated
// elsewhere (AV506).
var PlainServerAnalyzer = analysisutil.New("AV506", runPlainServer, inspect.Analyzer)

const serverMsg = "this server receives credentials (%s, %s) and listens on %s without TLS: passwords and tokens cross the network " +
	"in clear text; serve with ListenAndServeTLS (or autocert), or bind to 127.0.0.1 behind a TLS-terminating proxy"

func runPlainServer(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, httpPath, ginPath, echoPath) {
		return nil, nil
	}
	if analysisutil.Imports(pass.Pkg, "golang.org/x/crypto/acme/autocert") {
		return nil, nil // certificates from Let's Encrypt: TLS is served
	}
	info := pass.TypesInfo
	files := shipped(pass)
	s := &serverChecker{pass: pass, info: info, defs: defs.New(info, files)}
	var source ast.Node
	var what string
	var listeners []plainListener
	for _, file := range files {
		for c := range file.Preorder((*ast.CallExpr)(nil), (*ast.BasicLit)(nil), (*ast.SelectorExpr)(nil)) {
			switch n := c.Node().(type) {
			case *ast.BasicLit:
				// X-Forwarded-Proto handling: a proxy in front terminates TLS.
				if v, err := strconv.Unquote(n.Value); err == nil && n.Kind == token.STRING && strings.EqualFold(v, "X-Forwarded-Proto") {
					return nil, nil
				}
			case *ast.SelectorExpr:
				if fn, ok := info.Uses[n.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == chiMiddleware && fn.Name() == "RealIP" {
					return nil, nil // behind a proxy
				}
			case *ast.CallExpr:
				if w := credentialSource(info, n); w != "" && source == nil {
					source, what = n, w
				}
				switch l, kind := s.listener(n); kind {
				case listenTLS:
					return nil, nil // a TLS listener: a plain one beside it redirects
				case listenPlain:
					listeners = append(listeners, l)
				}
				if analysisutil.IsMethod(info, n, ginPath, "Engine", "SetTrustedProxies") && len(n.Args) == 1 && !info.Types[n.Args[0]].IsNil() {
					return nil, nil // behind a proxy
				}
			}
		}
	}
	if source == nil {
		return nil, nil
	}
	for _, l := range listeners {
		addr, ok := s.exposedAddr(l)
		if ok {
			analysisutil.Report(pass, l.call, serverMsg, what, s.line(l.call, source), addr)
		}
	}
	return nil, nil
}

// isSecretField reports whether a form field name carries a secret.
func isSecretField(name string) bool {
	_, ok := httpknow.SecretField(name)
	return ok
}

// credentialSource names what call reads when it receives credentials: Basic auth (net/http,
// gin, echo and chi middleware) or a password-like form field; "" otherwise.
func credentialSource(info *types.Info, call *ast.CallExpr) string {
	field := func() string {
		if len(call.Args) > 0 {
			if v, ok := analysisutil.ConstString(info, call.Args[0]); ok && isSecretField(v) {
				return fmt.Sprintf("the %s form field", v)
			}
		}
		return ""
	}
	switch {
	case analysisutil.IsMethod(info, call, httpPath, "Request", "BasicAuth"):
		return "Basic credentials read by r.BasicAuth()"
	case analysisutil.IsMethod(info, call, httpPath, "Request", "FormValue", "PostFormValue"),
		analysisutil.IsMethod(info, call, ginPath, "Context", "PostForm", "DefaultPostForm"),
		analysisutil.IsMethod(info, call, echoPath, "Context", "FormValue"):
		return field()
	case analysisutil.IsPkgFunc(info, call, ginPath, "BasicAuth", "BasicAuthForRealm"),
		analysisutil.IsPkgFunc(info, call, echoMW, "BasicAuth", "BasicAuthWithConfig"),
		analysisutil.IsPkgFunc(info, call, chiMiddleware, "BasicAuth"):
		return "Basic credentials checked by " + types.ExprString(call.Fun)
	}
	return ""
}

type listenKind int

const (
	notListener listenKind = iota
	listenPlain
	listenTLS
)

// A plainListener is a call that serves plain HTTP.
type plainListener struct {
	call     *ast.CallExpr
	addr     ast.Expr // nil: fallback
	fallback string   // the address when addr is nil; "" when unknown
}

type serverChecker struct {
	pass *analysis.Pass
	info *types.Info
	defs *defs.Index
}

// listener recognises the calls that start a server and tells whether they serve TLS.
func (s *serverChecker) listener(call *ast.CallExpr) (plainListener, listenKind) {
	info, args := s.info, call.Args
	l := plainListener{call: call}
	switch {
	case analysisutil.IsPkgFunc(info, call, httpPath, "ListenAndServeTLS", "ServeTLS"),
		analysisutil.IsMethod(info, call, httpPath, "Server", "ListenAndServeTLS", "ServeTLS"),
		analysisutil.IsMethod(info, call, ginPath, "Engine", "RunTLS"),
		analysisutil.IsMethod(info, call, echoPath, "Echo", "StartTLS", "StartAutoTLS"),
		analysisutil.IsPkgFunc(info, call, tlsPath, "Listen", "NewListener"):
		return l, listenTLS
	case analysisutil.IsPkgFunc(info, call, httpPath, "ListenAndServe") && len(args) == 2:
		l.addr = args[0]
	case analysisutil.IsPkgFunc(info, call, httpPath, "Serve") && len(args) == 2:
		l.addr = s.listenerAddr(args[0])
	case analysisutil.IsMethod(info, call, httpPath, "Server", "ListenAndServe"):
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return l, notListener
		}
		l.addr, l.fallback = s.serverAddr(sel.X)
	case analysisutil.IsMethod(info, call, httpPath, "Server", "Serve") && len(args) == 1:
		l.addr = s.listenerAddr(args[0])
	case analysisutil.IsMethod(info, call, ginPath, "Engine", "Run"):
		if len(args) > 0 {
			l.addr = args[0]
		} else {
			l.fallback = ":8080" // gin's default (or $PORT)
		}
	case analysisutil.IsMethod(info, call, echoPath, "Echo", "Start") && len(args) == 1:
		l.addr = args[0]
	default:
		return l, notListener
	}
	return l, listenPlain
}

// listenerAddr returns the address a listener was opened on (l, err := net.Listen("tcp",
// addr)), or nil.
func (s *serverChecker) listenerAddr(l ast.Expr) ast.Expr {
	if d, ok := s.defs.Only(s.defs.ObjOf(l)); ok && d.Index <= 0 {
		if call, ok := ast.Unparen(d.Expr).(*ast.CallExpr); ok && len(call.Args) >= 2 &&
			analysisutil.IsPkgFunc(s.info, call, "net", "Listen") {
			return call.Args[1]
		}
	}
	return nil
}

// serverAddr returns the Addr of the http.Server that e denotes, built by a literal we can see:
// its Addr field, or the fallback ":http" when the literal leaves it out.
func (s *serverChecker) serverAddr(e ast.Expr) (ast.Expr, string) {
	base := s.defs.ObjOf(e)
	for range maxFollow {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		if lit, ok := e.(*ast.CompositeLit); ok {
			if !analysisutil.IsNamed(s.info.TypeOf(lit), httpPath, "Server") {
				return nil, ""
			}
			for _, kv := range keyedFields(s.info, lit, httpPath, "Server", "Addr") {
				return kv.Value, ""
			}
			if base != nil {
				for k, ds := range s.defs.Fields {
					if k.Base == base && isField(k.Field, httpPath, "Server", "Addr") {
						if len(ds) == 1 && ds[0].Expr != nil {
							return ds[0].Expr, ""
						}
						return nil, ""
					}
				}
			}
			return nil, ":http"
		}
		if e = s.defs.Value(s.defs.ObjOf(e)); e == nil {
			return nil, ""
		}
	}
	return nil, ""
}

// exposedAddr returns the address a plain listener binds, quoted, when its host is known and
// not loopback: all interfaces (":8080", "0.0.0.0:80", ":" + port) or a public name.
func (s *serverChecker) exposedAddr(l plainListener) (string, bool) {
	text := l.fallback
	if l.addr != nil {
		text = eval(s.info, s.defs, l.addr).text()
	}
	i := strings.LastIndexByte(text, ':')
	if i < 0 {
		return "", false
	}
	host := strings.Trim(text[:i], "[]")
	if strings.ContainsRune(host, 0) {
		return "", false // the host is computed at run time
	}
	if strings.EqualFold(host, "localhost") {
		return "", false
	}
	if ip, err := netip.ParseAddr(host); err == nil && ip.IsLoopback() {
		return "", false
	}
	return strconv.Quote(strings.ReplaceAll(text, "\x00", "…")), true
}

// line names the place of n, as a line in the file of from or file:line elsewhere.
func (s *serverChecker) line(from, n ast.Node) string {
	fset := s.pass.Fset
	at, pos := fset.Position(from.Pos()), fset.Position(n.Pos())
	if at.Filename == pos.Filename {
		return fmt.Sprintf("line %d", pos.Line)
	}
	return fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)
}
