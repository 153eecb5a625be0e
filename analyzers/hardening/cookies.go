package hardening

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/internal/httpknow"
)

// CookiesAnalyzer reports session and credential cookies without the Secure or HttpOnly flag
// (AV705).
var CookiesAnalyzer = analysisutil.New("AV705", runCookies, inspect.Analyzer)

const (
	// cookieMsg takes the cookie name, what it holds, the missing flags, the consequences and
	// the fix.
	cookieMsg = "cookie %q holds %s but is set without %s: %s; set %s"
	noSecure  = "without Secure the browser also sends it over plain HTTP, where anyone on the " +
		"network path can read it and take over the session"
	noHTTPOnly = "without HttpOnly any script on the page, including one injected through XSS, " +
		"can read and steal it"
)

func runCookies(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, httpPath, ginPath, echoPath) {
		return nil, nil
	}
	info := pass.TypesInfo
	for _, f := range shippedFiles(pass) {
		for c := range f.Preorder((*ast.CompositeLit)(nil), (*ast.CallExpr)(nil)) {
			switch n := c.Node().(type) {
			case *ast.CompositeLit:
				if analysisutil.IsNamed(info.TypeOf(n), httpPath, "Cookie") {
					checkCookieLit(pass, c, n)
				}
			case *ast.CallExpr:
				if analysisutil.IsMethod(info, n, ginPath, "Context", "SetCookie") && len(n.Args) == 7 {
					checkGinCookie(pass, n)
				}
			}
		}
	}
	return nil, nil
}

// flag is what a cookie does with one of its flags.
type flag int

const (
	flagUnset flag = iota // absent or constant false
	flagSet               // constant true, or a value decided at run time
)

func flagOf(info *types.Info, e ast.Expr) flag {
	if e == nil || isFalse(info, e) {
		return flagUnset
	}
	return flagSet
}

// checkCookieLit reports an http.Cookie literal for a session cookie without Secure or
// HttpOnly. Assignments to the flags of the variable it is stored in, within the function,
// count; so do deletions (negative MaxAge, empty value), which carry nothing to steal, and
// cookies added to outgoing requests, which browsers never see.
func checkCookieLit(pass *analysis.Pass, c inspector.Cursor, lit *ast.CompositeLit) {
	info := pass.TypesInfo
	fields := map[string]ast.Expr{}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				fields[id.Name] = kv.Value
			}
		}
	}
	name, ok := analysisutil.ConstString(info, fields["Name"])
	if !ok {
		return
	}
	role := httpknow.ClassifyCookie(name)
	if role == httpknow.OrdinaryCookie || deletion(info, fields["Value"], fields["MaxAge"]) {
		return
	}
	if outgoing(info, c) {
		return
	}
	secure, httpOnly := flagOf(info, fields["Secure"]), flagOf(info, fields["HttpOnly"])
	if fn, ok := enclosingFunc(c); ok {
		if v := bindingVar(info, c); v != nil {
			for a := range fn.Preorder((*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)) {
				switch n := a.Node().(type) {
				case *ast.AssignStmt:
					if len(n.Lhs) != len(n.Rhs) {
						continue
					}
					for i, lhs := range n.Lhs {
						sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
						if !ok || localVar(info, sel.X) != v {
							continue
						}
						switch f := fieldOf(info, sel); {
						case isFieldOf(f, httpPath, "Secure"):
							secure = flagOf(info, n.Rhs[i])
						case isFieldOf(f, httpPath, "HttpOnly"):
							httpOnly = flagOf(info, n.Rhs[i])
						case isFieldOf(f, httpPath, "MaxAge"), isFieldOf(f, httpPath, "Value"):
							if deletion(info, nil, n.Rhs[i]) {
								return
							}
						}
					}
				case *ast.CallExpr:
					if clientCookie(info, n) {
						for _, arg := range n.Args {
							if usesVar(info, arg, v) {
								return
							}
						}
					}
				}
			}
		}
	}
	reportCookie(pass, lit, name, role, secure, httpOnly)
}

// checkGinCookie reports gin's c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly)
// of a session cookie with secure or httpOnly false.
func checkGinCookie(pass *analysis.Pass, call *ast.CallExpr) {
	info := pass.TypesInfo
	name, ok := analysisutil.ConstString(info, call.Args[0])
	if !ok {
		return
	}
	role := httpknow.ClassifyCookie(name)
	if role == httpknow.OrdinaryCookie || deletion(info, call.Args[1], call.Args[2]) {
		return
	}
	reportCookie(pass, call, name, role, flagOf(info, call.Args[5]), flagOf(info, call.Args[6]))
}

func reportCookie(pass *analysis.Pass, rng analysis.Range, name string, role httpknow.CookieRole, secure, httpOnly flag) {
	var missing, why, fix []string
	if secure == flagUnset {
		missing, why, fix = append(missing, "Secure"), append(why, noSecure), append(fix, "Secure")
	}
	if httpOnly == flagUnset && role == httpknow.SessionCookie {
		missing, why, fix = append(missing, "HttpOnly"), append(why, noHTTPOnly), append(fix, "HttpOnly")
	}
	if len(missing) == 0 {
		return
	}
	holds := "a session or credentials"
	if role == httpknow.CSRFCookie {
		holds = "an anti-CSRF token"
	}
	analysisutil.Report(pass, rng, cookieMsg, name, holds, strings.Join(missing, " and "),
		strings.Join(why, "; "), fmt.Sprintf("%s to true", strings.Join(fix, " and ")))
}

// deletion reports whether a cookie's value is the constant empty string (given explicitly) or
// its max age a negative constant: the cookie is being cleared.
func deletion(info *types.Info, value, maxAge ast.Expr) bool {
	if value != nil {
		if s, ok := analysisutil.ConstString(info, value); ok && s == "" {
			return true
		}
	}
	if maxAge != nil {
		if n, ok := constInt(info, maxAge); ok && n < 0 {
			return true
		}
	}
	return false
}

// outgoing reports whether the cookie literal at c is handed straight to an outgoing request
// (req.AddCookie(&http.Cookie{...})) or a client cookie jar.
func outgoing(info *types.Info, c inspector.Cursor) bool {
	for p := range c.Enclosing() {
		switch n := p.Node().(type) {
		case *ast.CallExpr:
			return clientCookie(info, n)
		case *ast.UnaryExpr, *ast.ParenExpr, *ast.CompositeLit, *ast.KeyValueExpr:
			continue
		case ast.Stmt, *ast.FuncLit:
			return false
		}
	}
	return false
}

// clientCookie reports whether call hands cookies to the client side: (*http.Request).AddCookie
// or a cookie jar's SetCookies.
func clientCookie(info *types.Info, call *ast.CallExpr) bool {
	return analysisutil.IsMethod(info, call, httpPath, "Request", "AddCookie") ||
		analysisutil.IsMethod(info, call, httpPath, "CookieJar", "SetCookies") ||
		analysisutil.IsMethod(info, call, cookiejarPkg, "Jar", "SetCookies")
}

// usesVar reports whether e is v, &v or a slice literal holding one of them.
func usesVar(info *types.Info, e ast.Expr, v *types.Var) bool {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if localVar(info, stripAddr(elt)) == v {
				return true
			}
		}
	}
	return localVar(info, stripAddr(e)) == v
}

// stripAddr removes parentheses and one & from e.
func stripAddr(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		return ast.Unparen(u.X)
	}
	return e
}
