package transport

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/httpknow"
)

// serverWords are the words every credential source of AV506 spells: request.authorization,
// password and secret fields (in lower case, as forms and JSON bodies name them), and the
// Flask-HTTPAuth and FastAPI security classes.
var serverWords = []string{
	"authorization", "password", "passwd", "pwd", "passphrase", "secret", "api_key", "apikey",
	"HTTPBasic", "HTTPTokenAuth", "HTTPBearer", "OAuth2Password",
}

// PlainServer reports a server that receives credentials and listens without TLS on a
// non-loopback address (AV506).
var PlainServer = python.NewAnalyzer("AV506", withKinds("call", "subscript", "attribute", "import_from_statement"), serverWords, runPlainServer)

const serverMsg = "this server receives credentials (%s, line %d) and listens on %s without TLS: " +
	"passwords and tokens cross the network in clear text; pass ssl_context= (or serve with TLS), " +
	"or bind to 127.0.0.1 behind a TLS-terminating proxy"

// requestFields are the parts of flask.request that carry form, JSON and query fields.
var requestFields = map[string]bool{
	"flask.request.form": true, "flask.request.json": true, "flask.request.values": true,
	"flask.request.args": true, "flask.request.get_json": true,
}

// authClasses are the credential-reading helpers of Flask-HTTPAuth and FastAPI.
var authClasses = map[string]bool{
	"flask_httpauth.HTTPBasicAuth": true, "flask_httpauth.HTTPTokenAuth": true,
	"fastapi.security.HTTPBasic": true, "fastapi.security.HTTPBearer": true,
	"fastapi.security.OAuth2PasswordRequestForm": true, "fastapi.security.OAuth2PasswordBearer": true,
}

// proxyMarks show TLS terminated in front of the application.
var proxyMarks = map[string]bool{
	"werkzeug.middleware.proxy_fix.ProxyFix": true, "werkzeug.contrib.fixers.ProxyFix": true,
	"flask_talisman.Talisman": true, "uvicorn.middleware.proxy_headers.ProxyHeadersMiddleware": true,
}

// secretField reports whether a form or JSON field name carries a secret (the table is shared
// with the Go analyzers); raw is the name as written, which must spell the word in lower case as
// the keywords do.
func secretField(name, raw string) bool {
	w, ok := httpknow.SecretField(name)
	return ok && strings.Contains(raw, w)
}

// localOnly reports whether a server bound to host is reachable from this machine only.
func localOnly(host string) bool {
	switch host {
	case "", "0.0.0.0", "::":
		return false
	}
	return httpknow.Loopback(host)
}

// A listener is a call that starts a server.
type listener struct {
	call *sitter.Node
	host *sitter.Node // nil: the server's default host
	tls  bool
}

func runPlainServer(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	b := python.Shared(pass.File, binderKey{}, func() *binder { return newBinder(pass) })
	for _, full := range f.Imports {
		if proxyMarks[full] || full == "flask_talisman" {
			return
		}
	}
	// Where the file receives credentials.
	var source *sitter.Node
	var what string
	found := func(n *sitter.Node, w string) {
		if source == nil || python.StartByte(n) < python.StartByte(source) {
			source, what = n, w
		}
	}
	for _, a := range pass.Nodes("attribute") {
		if f.QualifiedName(a) == "flask.request.authorization" {
			found(a, "request.authorization")
		}
	}
	for _, s := range pass.Nodes("subscript") {
		if key, ok := f.SubscriptKey(s); ok && secretField(key, f.Text(python.Child(s, "subscript"))) && fromRequest(b, python.Child(s, "value")) {
			found(s, "the "+key+" field")
		}
	}
	var listeners []listener
	for _, call := range pass.Nodes("call") {
		callee := python.Callee(call)
		q := f.QualifiedName(callee)
		if authClasses[q] {
			found(call, q[strings.LastIndex(q, ".")+1:])
		}
		if callee != nil && python.KindOf(callee) == "attribute" && f.Text(python.Child(callee, "attribute")) == "get" {
			if args := python.CallArgs(call); len(args) > 0 && fromRequest(b, python.Child(callee, "object")) {
				if key, ok := f.StringValue(args[0]); ok && secretField(key, f.Text(args[0])) {
					found(call, "the "+key+" field")
				}
			}
		}
		if l, ok := listenerOf(b, call, q); ok {
			listeners = append(listeners, l)
		}
	}
	// FastAPI's security classes are often only named as types:
	// `form: OAuth2PasswordRequestForm = Depends()`; their import is the evidence.
	for _, imp := range pass.Nodes("import_from_statement") {
		mod := f.Text(python.Child(imp, "module_name"))
		for i := uint(0); i < python.NamedChildCount(imp); i++ {
			c := python.NamedChild(imp, i)
			if python.KindOf(c) == "aliased_import" {
				c = python.Child(c, "name")
			}
			if c != nil && python.KindOf(c) == "dotted_name" && authClasses[mod+"."+f.Text(c)] {
				found(imp, f.Text(c))
			}
		}
	}
	if source == nil {
		return
	}
	proxied := strings.Contains(strings.ToLower(string(f.Src)), "x-forwarded-proto")
	for _, l := range listeners {
		if l.tls || proxied || f.KeywordArg(l.call, "forwarded_allow_ips") != nil {
			return // a TLS listener (a redirect server beside it) or a proxy in front
		}
	}
	for _, l := range listeners {
		if l.host == nil {
			continue
		}
		t := b.eval(l.host)
		if !t.constant() {
			continue
		}
		host := strings.ToLower(strings.Trim(t.text(), "[]"))
		if localOnly(host) {
			continue
		}
		pass.Reportf(l.call, serverMsg, what, int(python.StartPosition(source).Row)+1, `"`+t.text()+`"`)
	}
}

// fromRequest reports whether n is one of flask.request's field collections, request.get_json(),
// or a name bound to one of them.
func fromRequest(b *binder, n *sitter.Node) bool {
	n = b.resolve(n)
	if n == nil {
		return false
	}
	if python.KindOf(n) == "call" {
		n = python.Callee(n)
	}
	return requestFields[b.f.QualifiedName(n)]
}

// listenerOf recognises the calls that start a development or ASGI server: Flask's app.run,
// Werkzeug's run_simple and uvicorn.run, with the host they bind and whether they serve TLS.
func listenerOf(b *binder, call *sitter.Node, q string) (listener, bool) {
	f := b.f
	switch q {
	case "werkzeug.serving.run_simple", "werkzeug.run_simple":
		ctx := argAt(f, call, 10, "ssl_context")
		return listener{call: call, host: argAt(f, call, 0, "hostname"), tls: ctx != nil && !isNone(f, ctx)}, true
	case "uvicorn.run":
		cert := f.KeywordArg(call, "ssl_certfile")
		return listener{call: call, host: f.KeywordArg(call, "host"), tls: cert != nil && !isNone(f, cert)}, true
	}
	callee := python.Callee(call)
	if callee == nil || python.KindOf(callee) != "attribute" || f.Text(python.Child(callee, "attribute")) != "run" {
		return listener{}, false
	}
	if !flaskApp(b, python.Child(callee, "object")) {
		return listener{}, false
	}
	ctx := f.KeywordArg(call, "ssl_context")
	return listener{call: call, host: argAt(f, call, 0, "host"), tls: ctx != nil && !isNone(f, ctx)}, true
}

// flaskApp reports whether recv is a Flask application: built by flask.Flask(...) in the file,
// or, in a file importing flask, a name that reads as an application (app, application,
// api_app) and is not bound to anything else: `from myproject import app` in run.py.
func flaskApp(b *binder, recv *sitter.Node) bool {
	v := b.resolve(recv)
	if v != nil && python.KindOf(v) == "call" {
		q := b.f.QualifiedName(python.Callee(v))
		return q == "flask.Flask" || q == "flask.app.Flask"
	}
	name := b.f.DottedName(recv)
	if name == "" || !b.f.ImportsModule("flask") {
		return false
	}
	if full := b.f.Resolve(name); full != name && strings.HasPrefix(full, "flask.") {
		return true // flask.current_app and the like
	}
	last := strings.ToLower(name[strings.LastIndex(name, ".")+1:])
	return last == "app" || last == "application" || strings.HasSuffix(last, "_app")
}
