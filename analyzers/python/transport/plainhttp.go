package transport

import (
	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// PlainHTTP reports credentials sent to a plain http:// URL (AV502).
var PlainHTTP = python.NewAnalyzer("AV502", withKinds("call"), plainSchemes, runPlainHTTP)

const plainMsg = "%s sent to %s over plain HTTP: anyone on the network path can read and replay them; use https://"

// passwordManagers are urllib's password managers, whose add_password ties credentials to a URL.
var passwordManagers = map[string]bool{
	"urllib.request.HTTPPasswordMgr":                 true,
	"urllib.request.HTTPPasswordMgrWithDefaultRealm": true,
	"urllib.request.HTTPPasswordMgrWithPriorAuth":    true,
}

func runPlainHTTP(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return // test code builds requests to fake hosts and malformed headers on purpose
	}
	b := python.Shared(pass.File, binderKey{}, func() *binder { return newBinder(pass) })
	cl := newClients(b)
	calls := pass.Nodes("call")
	for _, cc := range cl.all(calls, true) {
		if cc.url == nil {
			continue
		}
		tg := urlTarget(b.eval(cc.url))
		if !tg.exposed() {
			continue
		}
		what := ""
		if tg.userinfo {
			what = "credentials in the URL's user information are"
		} else if w := callCreds(b, cc.call, cc.lib == "urllib"); w != "" {
			what = w
		} else if cc.session != nil {
			what = sessionCreds(b, cc)
		}
		if what != "" {
			pass.Reportf(cc.call, plainMsg, what, tg.origin())
		}
	}
	for _, call := range calls {
		callee := python.Callee(call)
		if callee == nil || python.KindOf(callee) != "attribute" {
			continue
		}
		recv := b.resolve(python.Child(callee, "object"))
		if recv == nil || python.KindOf(recv) != "call" {
			continue
		}
		ctor := f.QualifiedName(python.Callee(recv))
		switch method := f.Text(python.Child(callee, "attribute")); {
		case (method == "add_header" || method == "add_unredirected_header") && ctor == "urllib.request.Request":
			// req = Request("http://..."); req.add_header("Authorization", ...)
			args := python.CallArgs(call)
			if len(args) != 2 {
				continue
			}
			name, ok := f.StringValue(args[0])
			if !ok || !credHeader(name) {
				continue
			}
			tg := urlTarget(b.eval(argAt(f, recv, 0, "url")))
			if tg.exposed() {
				pass.Reportf(call, plainMsg, "the "+name+" header is", tg.origin())
			}
		case method == "add_password" && passwordManagers[ctor]:
			// mgr.add_password(realm, "http://...", user, secret)
			tg := urlTarget(b.eval(argAt(f, call, 1, "uri")))
			if tg.exposed() {
				pass.Reportf(call, plainMsg, "the password registered for this URL is", tg.origin())
			}
		}
	}
}

// callCreds names the credentials a call carries itself: auth=, cookies=, or a credential header
// in headers= (given directly, through a name, or put into that name afterwards). positional
// also reads urllib's Request(url, data, headers).
func callCreds(b *binder, call *sitter.Node, positional bool) string {
	f := b.f
	if v := f.KeywordArg(call, "auth"); v != nil && !isNone(f, v) {
		return "credentials given as auth= are"
	}
	if v := f.KeywordArg(call, "cookies"); v != nil && !isNone(f, v) {
		return "cookies are"
	}
	headers := f.KeywordArg(call, "headers")
	if headers == nil && positional {
		headers = argAt(f, call, 2, "headers")
	}
	if h := headerCred(b, headers); h != "" {
		return "the " + h + " header is"
	}
	return ""
}

// headerCred returns the name of a credential header in a headers value, or "".
func headerCred(b *binder, headers *sitter.Node) string {
	if headers == nil {
		return ""
	}
	var found string
	scan := func(es []entry) {
		for _, e := range es {
			if found == "" && credHeader(e.key) && !isNone(b.f, e.value) {
				found = e.key
			}
		}
	}
	n := python.Unparen(headers)
	for range maxFollow {
		scan(entries(b.f, n, 0))
		if name := b.f.DottedName(n); name != "" {
			for _, m := range b.mutationsOf(n, name) {
				scan([]entry{{key: m.key, value: m.value}})
			}
			for _, bd := range b.bindings(n, name) {
				if bd.value != nil {
					scan(entries(b.f, bd.value, 0))
				}
			}
			v := b.value(n, name)
			if v == nil || found != "" {
				break
			}
			n = python.Unparen(v)
			continue
		}
		break
	}
	return found
}

// sessionCreds names the credentials a session or client carries to the call: those given to
// its constructor, and those set on it afterwards (session.auth = ..., session.headers[...] = ...,
// session.headers.update(...), session.cookies.set(...)).
func sessionCreds(b *binder, cc clientCall) string {
	if w := callCreds(b, cc.session, false); w != "" {
		return "session " + w
	}
	if cc.recv == "" {
		return ""
	}
	for _, bd := range b.bindings(cc.call, cc.recv+".auth") {
		if bd.value != nil && !isNone(b.f, bd.value) {
			return "session credentials (" + cc.recv + ".auth) are"
		}
	}
	for _, m := range b.mutationsOf(cc.call, cc.recv+".headers") {
		if credHeader(m.key) && !isNone(b.f, m.value) {
			return "the session's " + m.key + " header is"
		}
	}
	if len(b.mutationsOf(cc.call, cc.recv+".cookies")) > 0 {
		return "session cookies are"
	}
	return ""
}
