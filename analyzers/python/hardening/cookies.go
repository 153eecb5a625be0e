package hardening

import (
	"fmt"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/httpknow"
)

// Cookies reports session cookies configured or set without Secure or HttpOnly (AV705).
var Cookies = python.NewAnalyzer("AV705",
	[]string{"call", "assignment"},
	// The settings are *_COOKIE_SECURE and *_COOKIE_HTTPONLY; cookies are set with set_cookie.
	[]string{"set_cookie", "COOKIE_SECURE", "COOKIE_HTTPONLY"},
	runCookies)

const (
	// settingMsg takes the setting, the consequence and the fix.
	settingMsg = `%s is False: %s; %s`
	// cookieMsg takes the cookie name, what it holds, the missing flags, the consequences and
	// the fix.
	cookieMsg = `cookie %q holds %s but is set without %s: %s; pass %s`
	noSecure  = `without Secure the browser also sends it over plain HTTP, where anyone on the network path can read it and take over the session`
	noHTTP    = `without HttpOnly any script on the page, including one injected through XSS, can read and steal it`

	overHTTP     = `sent over plain HTTP too, where anyone on the network path can read it and take over the session`
	readByScript = `readable by any script on the page, including one injected through XSS`
	setTrue      = `set it to True (and serve the site over HTTPS)`
	dropOrTrue   = `remove the line (the default is True) or set it to True`
)

// A cookieSetting is a framework setting that turns a cookie flag off.
type cookieSetting struct{ why, fix string }

// cookieSettings are the Flask, Flask-Login and Django settings for session-like cookies.
// Django's CSRF_COOKIE_HTTPONLY is left out: its documentation advises against relying on it.
var cookieSettings = map[string]cookieSetting{
	"SESSION_COOKIE_SECURE":    {"the session cookie is " + overHTTP, setTrue},
	"SESSION_COOKIE_HTTPONLY":  {"the session cookie is " + readByScript, dropOrTrue},
	"REMEMBER_COOKIE_SECURE":   {"the remember-me cookie is " + overHTTP, setTrue},
	"REMEMBER_COOKIE_HTTPONLY": {"the remember-me cookie is " + readByScript, dropOrTrue},
	"CSRF_COOKIE_SECURE":       {"the CSRF cookie is sent over plain HTTP too, where anyone on the network path can read the token and forge requests", setTrue},
}

func runCookies(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	for _, a := range pass.Nodes("assignment") {
		left, value := python.Child(a, "left"), python.AssignedValue(a)
		if left == nil || value == nil || !isFalse(f, value) || python.RuntimeConditional(f, a) || inDevContext(f, a) {
			continue
		}
		var name string
		switch python.KindOf(left) {
		case "subscript": // app.config["SESSION_COOKIE_SECURE"] = False
			key, ok := literal(f, python.Child(left, "subscript"))
			if !ok {
				continue
			}
			name = key
		case "identifier": // SESSION_COOKIE_SECURE = False in settings or a config class
			if python.EnclosingFunction(a) != nil {
				continue
			}
			name = f.Text(left)
		default:
			continue
		}
		if cs, ok := cookieSettings[name]; ok {
			pass.Report(python.NodeDiagnostic(a, fmt.Sprintf(settingMsg, name, cs.why, cs.fix)))
		}
	}
	for _, call := range pass.Nodes("call") {
		callee := python.Callee(call)
		if callee == nil || python.KindOf(callee) != "attribute" {
			continue
		}
		switch f.Text(python.Child(callee, "attribute")) {
		case "update", "from_mapping":
			if configObject(f, python.Child(callee, "object")) && !inDevContext(f, call) {
				for _, kw := range configKeywords(f, call) {
					if cs, ok := cookieSettings[kw.name]; ok && isFalse(f, kw.value) {
						pass.Report(python.NodeDiagnostic(kw.node, fmt.Sprintf(settingMsg, kw.name, cs.why, cs.fix)))
					}
				}
			}
		case "set_cookie":
			setCookie(pass, call)
		}
	}
}

// configObject reports whether n is X.config.
func configObject(f *python.File, n *sitter.Node) bool {
	n = python.Unparen(n)
	return n != nil && python.KindOf(n) == "attribute" && f.Text(python.Child(n, "attribute")) == "config"
}

type configKeyword struct {
	node  *sitter.Node
	name  string
	value *sitter.Node
}

// configKeywords lists the settings a config.update call passes by keyword or in a literal
// dictionary whose keys are spelled out.
func configKeywords(f *python.File, call *sitter.Node) []configKeyword {
	args := python.Child(call, "arguments")
	var out []configKeyword
	dict := func(d *sitter.Node) {
		for i := uint(0); i < python.NamedChildCount(d); i++ {
			p := python.NamedChild(d, i)
			if python.KindOf(p) != "pair" {
				continue
			}
			if k, ok := literal(f, python.Child(p, "key")); ok {
				out = append(out, configKeyword{p, k, python.Child(p, "value")})
			}
		}
	}
	for i := uint(0); args != nil && i < python.NamedChildCount(args); i++ {
		a := python.Unparen(python.NamedChild(args, i))
		switch python.KindOf(a) {
		case "keyword_argument":
			out = append(out, configKeyword{a, f.Text(python.Child(a, "name")), python.Child(a, "value")})
		case "dictionary":
			dict(a)
		case "dictionary_splat":
			if d := python.Unparen(python.NamedChild(a, 0)); d != nil && python.KindOf(d) == "dictionary" {
				dict(d)
			}
		}
	}
	return out
}

// setCookie reports response.set_cookie(key, value, max_age, expires, path, domain, secure,
// httponly, samesite) of a session or credential cookie without secure=True or httponly=True.
// The signature is shared by Flask/Werkzeug, Django and Starlette.
func setCookie(pass *python.Pass, call *sitter.Node) {
	f := pass.File
	if hasOpaqueSplat(call) || inDevContext(f, call) {
		return
	}
	name, ok := f.StringValue(arg(f, call, 0, "key"))
	if !ok {
		return
	}
	role := httpknow.ClassifyCookie(name)
	if role == httpknow.OrdinaryCookie {
		return
	}
	// Clearing a cookie (empty value, max_age<0 or expires=0) carries nothing to steal.
	if v, ok := f.StringValue(arg(f, call, 1, "value")); ok && v == "" {
		return
	}
	if m, ok := intValue(f, unaryMinus(f, arg(f, call, 2, "max_age"))); ok && m > 0 {
		return
	}
	if exp := arg(f, call, 3, "expires"); exp != nil && isFalse(f, exp) {
		return
	}
	var missing, why, fix []string
	if secure := arg(f, call, 6, "secure"); secure == nil || isFalse(f, secure) {
		missing, why, fix = append(missing, "Secure"), append(why, noSecure), append(fix, "secure=True")
	}
	if role == httpknow.SessionCookie {
		if httpOnly := arg(f, call, 7, "httponly"); httpOnly == nil || isFalse(f, httpOnly) {
			missing, why, fix = append(missing, "HttpOnly"), append(why, noHTTP), append(fix, "httponly=True")
		}
	}
	if len(missing) == 0 {
		return
	}
	holds := "a session or credentials"
	if role == httpknow.CSRFCookie {
		holds = "an anti-CSRF token"
	}
	pass.Report(python.NodeDiagnostic(call, fmt.Sprintf(cookieMsg, name, holds, strings.Join(missing, " and "), strings.Join(why, "; "), strings.Join(fix, ", "))))
}

// unaryMinus returns the operand of -n, so that intValue of it is the magnitude of a negative
// literal, or nil when n is not a negation.
func unaryMinus(f *python.File, n *sitter.Node) *sitter.Node {
	n = python.Unparen(n)
	if n == nil || python.KindOf(n) != "unary_operator" {
		return nil
	}
	if op := python.Child(n, "operator"); op == nil || f.Text(op) != "-" {
		return nil
	}
	return python.Child(n, "argument")
}
