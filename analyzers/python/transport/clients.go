package transport

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/httpknow"
)

// A clientCall is a call that sends an HTTP request or builds something that will: a requests,
// httpx, aiohttp or urllib function, a session or client constructor, or a method of a session.
type clientCall struct {
	call *sitter.Node
	lib  string // requests, httpx, aiohttp, urllib, urllib3; "" when only the method name tells
	// ctor: the call builds a session, client or request object (Session(), Client(...),
	// ClientSession(...), Request(...)) instead of sending.
	ctor bool
	url  *sitter.Node // the URL argument (base_url for constructors), or nil
	// session: for a method call on a session or client, the constructor call that built the
	// receiver, if known, and the receiver's dotted name.
	session *sitter.Node
	recv    string
}

// verbs are the request methods of sessions and clients (and of the requests and httpx modules).
var verbs = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true, "options": true,
}

// requestFuncs take the method first and the URL second.
var requestFuncs = map[string]bool{"request": true, "stream": true}

// constructors maps the qualified names of session, client and request constructors to their
// library and the position of their URL argument (-1: the base_url keyword only; -2: none).
var constructors = map[string]struct {
	lib    string
	urlPos int
}{
	"requests.Session":                           {"requests", -2},
	"requests.session":                           {"requests", -2},
	"requests.sessions.Session":                  {"requests", -2},
	"requests.Request":                           {"requests", 1},
	"requests.models.Request":                    {"requests", 1},
	"httpx.Client":                               {"httpx", -1},
	"httpx.AsyncClient":                          {"httpx", -1},
	"httpx.Request":                              {"httpx", 1},
	"aiohttp.ClientSession":                      {"aiohttp", 0},
	"aiohttp.client.ClientSession":               {"aiohttp", 0},
	"urllib.request.Request":                     {"urllib", 0},
	"urllib3.PoolManager":                        {"urllib3", -2},
	"urllib3.poolmanager.PoolManager":            {"urllib3", -2},
	"urllib3.ProxyManager":                       {"urllib3", -2},
	"urllib3.HTTPSConnectionPool":                {"urllib3", -2},
	"urllib3.connectionpool.HTTPSConnectionPool": {"urllib3", -2},
}

// clientLibs are the modules whose import makes an unresolved `x.get(url, ...)` a client call.
var clientLibs = []string{"requests", "httpx", "aiohttp"}

// clients recognises the client calls of a file.
type clients struct {
	b *binder
	// importsClient: the file imports requests, httpx or aiohttp.
	importsClient bool
}

func newClients(b *binder) *clients {
	c := &clients{b: b}
	for _, lib := range clientLibs {
		c.importsClient = c.importsClient || b.f.ImportsModule(lib)
	}
	return c
}

// argAt returns the positional argument i, or the keyword argument name, or nil.
func argAt(f *python.File, call *sitter.Node, i int, name string) *sitter.Node {
	if v := f.KeywordArg(call, name); v != nil {
		return v
	}
	if args := python.CallArgs(call); i >= 0 && i < len(args) {
		if python.KindOf(args[i]) == "list_splat" {
			return nil
		}
		return args[i]
	}
	return nil
}

// classify recognises call as a client call. loose accepts a verb method of a receiver the
// file does not explain (a parameter, an attribute set elsewhere) when the file imports a
// client library.
func (c *clients) classify(call *sitter.Node, loose bool) (clientCall, bool) {
	f := c.b.f
	callee := python.Callee(call)
	if callee == nil {
		return clientCall{}, false
	}
	q := f.QualifiedName(callee)
	if ctor, ok := constructors[q]; ok {
		cc := clientCall{call: call, lib: ctor.lib, ctor: true}
		switch {
		case ctor.urlPos >= 0:
			name := "url"
			if ctor.lib == "aiohttp" {
				name = "base_url"
			}
			cc.url = argAt(f, call, ctor.urlPos, name)
		case ctor.urlPos == -1:
			cc.url = f.KeywordArg(call, "base_url")
		}
		return cc, true
	}
	if mod, fn, ok := strings.Cut(q, "."); ok && (mod == "requests" || mod == "httpx") {
		fn = strings.TrimPrefix(fn, "api.")
		switch {
		case verbs[fn]:
			return clientCall{call: call, lib: mod, url: argAt(f, call, 0, "url")}, true
		case requestFuncs[fn]:
			return clientCall{call: call, lib: mod, url: argAt(f, call, 1, "url")}, true
		}
		return clientCall{}, false
	}
	switch q {
	case "aiohttp.request", "aiohttp.client.request", "urllib3.request":
		return clientCall{call: call, lib: strings.Split(q, ".")[0], url: argAt(f, call, 1, "url")}, true
	case "urllib.request.urlopen":
		return clientCall{call: call, lib: "urllib", url: argAt(f, call, 0, "url")}, true
	}
	// A method of a session or client.
	if python.KindOf(callee) != "attribute" {
		return clientCall{}, false
	}
	method := f.Text(python.Child(callee, "attribute"))
	var url *sitter.Node
	switch {
	case verbs[method]:
		url = argAt(f, call, 0, "url")
	case requestFuncs[method]:
		url = argAt(f, call, 1, "url")
	default:
		return clientCall{}, false
	}
	recv := python.Child(callee, "object")
	name := f.DottedName(recv)
	if session, ok := c.session(recv); ok {
		sc, _ := c.classify(session, false)
		if sc.lib == "urllib" || !sc.ctor {
			return clientCall{}, false
		}
		if sc.lib == "urllib3" && !requestFuncs[method] {
			return clientCall{}, false
		}
		return clientCall{call: call, lib: sc.lib, url: url, session: session, recv: name}, true
	}
	if !loose || !c.importsClient || name == "" {
		return clientCall{}, false
	}
	// `x.get(...)` with x unexplained: dicts, os.environ and caches have get too. A receiver
	// bound in the file must come from a call (a factory we do not know), not a literal; a
	// module's function is not a client's method; and the URL must be given.
	if len(c.b.bindings(call, name)) > 0 {
		if v := c.b.resolve(recv); v == nil || python.KindOf(v) != "call" {
			return clientCall{}, false
		}
	}
	if head, _, _ := strings.Cut(name, "."); f.Imports[head] != "" {
		return clientCall{}, false // a module's function: os.environ.get, json.get...
	}
	if url == nil {
		return clientCall{}, false
	}
	return clientCall{call: call, url: url, recv: name}, true
}

// session returns the constructor call that built the session or client recv, directly
// (`requests.Session().get`) or through the name it was bound to.
func (c *clients) session(recv *sitter.Node) (*sitter.Node, bool) {
	v := c.b.resolve(recv)
	if v == nil || python.KindOf(v) != "call" {
		return nil, false
	}
	if _, ok := constructors[c.b.f.QualifiedName(python.Callee(v))]; ok {
		return v, true
	}
	return nil, false
}

// all returns the client calls of the file.
func (c *clients) all(calls []*sitter.Node, loose bool) []clientCall {
	var out []clientCall
	for _, call := range calls {
		if cc, ok := c.classify(call, loose); ok {
			out = append(out, cc)
		}
	}
	return out
}

// A target is what a URL template says about where a request goes.
type target struct {
	plain     bool   // the scheme is a constant http://
	host      string // the host, when the authority is constant up to its end or port
	hostKnown bool
	userinfo  bool // user:secret@ in the authority
}

// schemes whose spelling in the first literal of a URL marks it as plain HTTP; the analyzer's
// keywords cover them.
var plainSchemes = []string{"http://", "HTTP://"}

// urlTarget reads a URL template: whether its scheme is a constant http://, and its host.
func urlTarget(t tmpl) target {
	if len(t) == 0 || t[0].isHole() {
		return target{}
	}
	var tg target
	for _, s := range plainSchemes {
		if strings.HasPrefix(t[0].raw, s) && strings.HasPrefix(t[0].text, s) {
			tg.plain = true
		}
	}
	if !tg.plain {
		return tg
	}
	text := t.text()[len("http://"):]
	end := strings.IndexAny(text, "/?#\x00")
	authority := text
	cut := false
	if end >= 0 {
		authority = text[:end]
		cut = text[end] == 0
	}
	if at := strings.LastIndexByte(authority, '@'); at >= 0 {
		tg.userinfo = at > 0
		authority = authority[at+1:]
	}
	host := authority
	port := false
	if strings.HasPrefix(host, "[") {
		if i := strings.IndexByte(host, ']'); i >= 0 {
			host, port = host[1:i], true
		}
	} else if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host, port = host[:i], true
	}
	// A hole before the authority ends is part of the host unless a port separator came first.
	tg.host = strings.ToLower(host)
	tg.hostKnown = host != "" && (!cut || port)
	return tg
}

// exposed reports whether a request to tg leaves the machine over plain HTTP.
func (tg target) exposed() bool {
	return tg.plain && !(tg.hostKnown && httpknow.Loopback(tg.host))
}

// credHeader reports whether a header name carries credentials (the table is shared with the
// Go analyzers).
func credHeader(name string) bool { return httpknow.CredentialHeader(name) }

// origin names the scheme and host of a plain-HTTP target for messages, never its user
// information.
func (tg target) origin() string {
	if tg.hostKnown {
		return "http://" + tg.host
	}
	return "an http:// URL"
}

// isNone reports whether n is None or an empty literal collection or string.
func isNone(f *python.File, n *sitter.Node) bool {
	n = python.Unparen(n)
	if n == nil {
		return true
	}
	switch python.KindOf(n) {
	case "none":
		return true
	case "dictionary", "list", "tuple":
		return python.NamedChildCount(n) == 0
	}
	if s, ok := f.StringValue(n); ok && s == "" {
		return true
	}
	return false
}
