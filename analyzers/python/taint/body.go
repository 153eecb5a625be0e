package taint

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// HTML response bodies. Django's HttpResponse and Flask's Response are served as text/html unless
// told otherwise, and so is a string a Flask view returns: request text written into one is
// reflected cross-site scripting even when the literal around it holds no tag.

// bodyKind is how a response constructor serves its content.
type bodyKind int

const (
	notBody    bodyKind = iota
	htmlBody            // text/html unless a content type says otherwise
	markupBody          // no HTML default (Starlette's Response): data among literal tags only
	alwaysHTML          // HTMLResponse: any request data
)

// bodyCtor describes a response constructor whose first argument is the body: where a content
// type may be given, by keyword or position (-1 for none), directly or in the headers.
type bodyCtor struct {
	kind        bodyKind
	contentKw   string // the keyword of the body argument
	typeKws     []string
	typePos     int
	headersPos  int
	headersKw   string
	statusFirst bool // make_response's later arguments: a status, headers, or both
}

var (
	djangoBody = bodyCtor{kind: htmlBody, contentKw: "content", typeKws: []string{"content_type", "mimetype"}, typePos: 1, headersPos: -1, headersKw: "headers"}
	flaskBody  = bodyCtor{kind: htmlBody, contentKw: "response", typeKws: []string{"mimetype", "content_type"}, typePos: 3, headersPos: 2, headersKw: "headers"}
	makeBody   = bodyCtor{kind: htmlBody, typePos: -1, headersPos: -1, statusFirst: true}
	starBody   = bodyCtor{kind: markupBody, contentKw: "content", typeKws: []string{"media_type"}, typePos: 3, headersPos: 2, headersKw: "headers"}
	htmlResp   = bodyCtor{kind: alwaysHTML, contentKw: "content", typePos: -1, headersPos: -1}
)

var bodyCtors = map[string]bodyCtor{
	"flask.make_response":                          makeBody,
	"flask.Response":                               flaskBody,
	"flask.wrappers.Response":                      flaskBody,
	"fastapi.responses.Response":                   starBody,
	"fastapi.Response":                             starBody,
	"starlette.responses.Response":                 starBody,
	"fastapi.responses.HTMLResponse":               htmlResp,
	"starlette.responses.HTMLResponse":             htmlResp,
	"django.http.HttpResponse":                     djangoBody,
	"django.http.response.HttpResponse":            djangoBody,
	"django.http.HttpResponseBadRequest":           djangoBody,
	"django.http.HttpResponseNotFound":             djangoBody,
	"django.http.HttpResponseForbidden":            djangoBody,
	"django.http.HttpResponseGone":                 djangoBody,
	"django.http.HttpResponseServerError":          djangoBody,
	"django.http.response.HttpResponseBadRequest":  djangoBody,
	"django.http.response.HttpResponseNotFound":    djangoBody,
	"django.http.response.HttpResponseForbidden":   djangoBody,
	"django.http.response.HttpResponseGone":        djangoBody,
	"django.http.response.HttpResponseServerError": djangoBody,
}

// checkBody reports the request data in the body of a response constructor call n.
func (s *fnState) checkBody(n *sitter.Node, name string, c bodyCtor, arg func(int, string) val) {
	v := arg(0, c.contentKw)
	if c.statusFirst {
		v = s.makeResponseBody(n, v)
	}
	if len(v) == 0 {
		return
	}
	kind := c.kind
	switch s.contentType(n, c) {
	case typeOther:
		return
	case typeHTML:
		kind = htmlBody
		if c.kind == alwaysHTML {
			kind = alwaysHTML
		}
	}
	s.bodySink(n, name, kind, v)
}

// makeResponseBody is the body make_response serves: its first argument, or the first item of
// a tuple given as its only argument (make_response((body, 400))).
func (s *fnState) makeResponseBody(n *sitter.Node, v val) val {
	args := python.CallArgs(n)
	if len(args) == 1 {
		if t := python.Unparen(args[0]); t != nil && python.KindOf(t) == "tuple" && python.NamedChildCount(t) > 0 {
			// Evaluated again: a finding is recorded once per sink.
			return s.expr(python.NamedChild(t, 0), 0)
		}
	}
	return v
}

// bodySink reports the traces of v written into an HTML response body at n: data among literal
// tags always, text (a parameter, a string built from one) unless another site cannot choose it;
// a structure (a Flask view's dict) is not HTML. A parameter's trace is left to the callers.
func (s *fnState) bodySink(n *sitter.Node, sinkFn string, kind bodyKind, v val) {
	var out val
	guarded := -1 // whether n runs only once the client has shown a secret; computed when needed
	plain := func() bool {
		if guarded < 0 {
			guarded = b2i(s.secretGuarded(n))
		}
		return guarded == 0
	}
	for _, t := range v {
		switch {
		case kind == alwaysHTML:
			if t.shape == text && !t.org.noPlain {
				t = t.with(func(x *trace) { x.plain = true })
			}
			out = append(out, t)
		case t.shape == markup:
			out = append(out, t)
		case kind == markupBody:
		case t.org.param >= 0:
			out = append(out, t.with(func(x *trace) { x.body = true }))
		case t.shape == text && !t.org.noPlain && plain():
			out = append(out, t.with(func(x *trace) { x.plain = true }))
		}
	}
	// One finding per sink: name the data another site can choose, when there is some.
	slices.SortStableFunc(out, func(a, b *trace) int {
		return cmp.Compare(b2i(a.org.noPlain), b2i(b.org.noPlain))
	})
	s.sink(tmplRule, n, sinkFn, out)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// contentTypeOf is what a response's content type is known to be.
type contentTypeOf int

const (
	typeDefault contentTypeOf = iota // none given
	typeHTML                         // a text/html type
	typeOther                        // another type, or one that cannot be read
)

// contentType reads the content type a response constructor call is given, by keyword, by
// position or in a headers dict, or set on the response object afterwards
// (`resp = make_response(s); resp.mimetype = "text/plain"`).
func (s *fnState) contentType(n *sitter.Node, c bodyCtor) contentTypeOf {
	f := s.f
	args := python.CallArgs(n)
	for _, kw := range c.typeKws {
		if v := f.KeywordArg(n, kw); v != nil {
			return typeValue(f, v)
		}
	}
	if c.typePos >= 0 && c.typePos < len(args) {
		return typeValue(f, args[c.typePos])
	}
	var headers []*sitter.Node
	if c.headersKw != "" {
		if h := f.KeywordArg(n, c.headersKw); h != nil {
			headers = append(headers, h)
		}
	}
	if c.headersPos >= 0 && c.headersPos < len(args) {
		headers = append(headers, args[c.headersPos])
	}
	for _, h := range headers {
		if ct := headersType(f, h, false); ct != typeDefault {
			return ct
		}
	}
	if c.statusFirst {
		items := args
		if len(args) == 1 {
			if t := python.Unparen(args[0]); t != nil && python.KindOf(t) == "tuple" {
				items = python.NamedChildren(t)
			}
		}
		for i := 1; i < len(items); i++ {
			if ct := headersType(f, items[i], true); ct != typeDefault {
				return ct
			}
		}
	}
	return s.typeSetLater(n)
}

// typeValue classifies a content type expression: a literal naming HTML or not; anything else
// cannot be read and is taken for another type.
func typeValue(f *python.File, v *sitter.Node) contentTypeOf {
	if python.KindOf(python.Unparen(v)) == "none" {
		return typeDefault
	}
	if t, ok := f.StringValue(v); ok && strings.Contains(strings.ToLower(t), "html") {
		return typeHTML
	}
	return typeOther
}

// headersType reads the Content-Type of a headers argument: a dict or list of pairs. A variable
// may hold any headers and is taken for another type. Where a status may stand instead (orStatus:
// the items after a view's or make_response's body), a number, a string or a name that does not
// say header is a status.
func headersType(f *python.File, h *sitter.Node, orStatus bool) contentTypeOf {
	h = python.Unparen(h)
	switch python.KindOf(h) {
	case "none", "":
		return typeDefault
	case "integer", "string", "concatenated_string":
		if orStatus {
			return typeDefault
		}
	case "attribute", "identifier":
		if orStatus && !strings.Contains(strings.ToLower(f.Text(h)), "header") {
			return typeDefault // a status: HTTPStatus.BAD_REQUEST, status.HTTP_400...
		}
		return typeOther
	case "dictionary":
		for _, p := range python.NamedChildren(h) {
			if python.KindOf(p) == "dictionary_splat" {
				return typeOther
			}
			if python.KindOf(p) != "pair" {
				continue
			}
			if k, ok := f.StringValue(python.Child(p, "key")); ok && strings.EqualFold(k, "content-type") {
				return typeValue(f, python.Child(p, "value"))
			}
		}
		return typeDefault
	case "list", "tuple":
		for _, p := range python.NamedChildren(h) {
			p = python.Unparen(p)
			if python.KindOf(p) != "tuple" || python.NamedChildCount(p) != 2 {
				continue
			}
			if k, ok := f.StringValue(python.NamedChild(p, 0)); ok && strings.EqualFold(k, "content-type") {
				return typeValue(f, python.NamedChild(p, 1))
			}
		}
		return typeDefault
	}
	return typeOther
}

// typeSetLater looks for a content type set on the variable a response is assigned to, later in
// the function: `resp["Content-Type"] = ...`, `resp.headers["Content-Type"] = ...`,
// `resp.mimetype = ...`, `resp.content_type = ...`.
func (s *fnState) typeSetLater(n *sitter.Node) contentTypeOf {
	p := python.Parent(n)
	if p == nil || python.KindOf(p) != "assignment" {
		return typeDefault
	}
	l := python.Child(p, "left")
	if l == nil || python.KindOf(l) != "identifier" {
		return typeDefault
	}
	body := python.Child(s.fn, "body")
	if body == nil {
		return typeDefault
	}
	src := s.f.Src[python.EndByte(p):python.EndByte(body)]
	re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(s.f.Text(l)) +
		`(?:\s*\.\s*headers)?(?:\s*\[\s*['"]content-type['"]\s*\]|\s*\.\s*(?:mimetype|content_type))\s*=\s*([^\n]*)`)
	m := re.FindSubmatch(src)
	if m == nil {
		return typeDefault
	}
	if strings.Contains(strings.ToLower(string(m[1])), "html") {
		return typeHTML
	}
	return typeOther
}

// htmlRoute reports whether what fn returns is served as HTML: a Flask view (a route function or
// an HTTP method of a MethodView), or a FastAPI path operation declared with
// response_class=HTMLResponse.
func (m *fileModel) htmlRoute(fn *sitter.Node) bool {
	if m.flask && m.methodViewMethod(fn) {
		return true
	}
	if !m.routeDecorated(fn) {
		return false
	}
	if m.flask {
		return true
	}
	if !m.fastapi {
		return false
	}
	for _, c := range decoratorCalls(fn) {
		if rc := m.f.KeywordArg(c, "response_class"); rc != nil && lastSegment(m.f.QualifiedName(rc)) == "HTMLResponse" {
			return true
		}
	}
	return false
}

// retValue evaluates what a return statement returns, e. A view may return (body, status,
// headers): when it returns HTML, the body (the first item) is reported unless the headers give
// another content type.
func (s *fnState) retValue(e *sitter.Node, depth int) val {
	u := python.Unparen(e)
	if k := python.KindOf(u); k != "expression_list" && k != "tuple" {
		v := s.expr(e, depth)
		if s.htmlVw {
			s.bodySink(e, "the HTML response of this view", htmlBody, v)
		}
		return v
	}
	items := python.NamedChildren(u)
	vs := make([]val, len(items))
	for i, it := range items {
		vs[i] = s.expr(it, depth+1)
	}
	v := join(vs...)
	if python.KindOf(u) == "tuple" {
		v = contained(v)
	}
	if !s.htmlVw || len(items) == 0 {
		return v
	}
	for _, h := range items[1:] {
		if ct := headersType(s.f, h, true); ct == typeOther {
			return v
		}
	}
	s.bodySink(items[0], "the HTML response of this view", htmlBody, vs[0])
	return v
}

// methodViewMethod reports whether fn is the handler of an HTTP method (or dispatch_request) in a
// class deriving from Flask's View or MethodView. Flask-RESTful's Resource is not one: it encodes
// what its methods return as JSON.
func (m *fileModel) methodViewMethod(fn *sitter.Node) bool {
	name := m.f.Text(python.Child(fn, "name"))
	if !viewMethods[name] && name != "dispatch_request" {
		return false
	}
	p := python.Parent(fn)
	if p != nil && python.KindOf(p) == "decorated_definition" {
		p = python.Parent(p)
	}
	if p == nil || python.KindOf(p) != "block" {
		return false
	}
	c := python.Parent(p)
	if c == nil || python.KindOf(c) != "class_definition" {
		return false
	}
	for _, b := range python.NamedChildren(python.Child(c, "superclasses")) {
		switch m.f.QualifiedName(b) {
		case "flask.views.MethodView", "flask.views.View":
			return true
		}
	}
	return false
}

// secretCheck matches a condition that checks a secret the client must know: a webhook's verify
// token, a signature, a constant-time comparison. A bare truth test (`if token:`) is not one.
var secretCheck = regexp.MustCompile(`(?i)token|secret|signature|compare_digest|hmac|verify`)

func (s *fnState) isSecretCheck(cond *sitter.Node) bool {
	t := s.f.Text(cond)
	return secretCheck.MatchString(t) && (strings.Contains(t, "==") || strings.Contains(t, "!=") || strings.Contains(t, "("))
}

// secretGuarded reports whether the statement holding n runs only once the client has shown a
// secret: inside `if <check>:`, or after `if not <check>: return ...`. Echoing a parameter
// there (a webhook's hub.challenge) reflects nothing to a visitor another site sends.
func (s *fnState) secretGuarded(n *sitter.Node) bool {
	for c := n; c != nil && c.Id() != s.fn.Id(); c = python.Parent(c) {
		p := python.Parent(c)
		switch python.KindOf(p) {
		case "if_statement", "elif_clause":
			if cons := python.Child(p, "consequence"); cons != nil && cons.Id() == c.Id() && s.isSecretCheck(python.Child(p, "condition")) {
				return true
			}
		case "block":
			for _, sib := range python.NamedChildren(p) {
				if python.StartByte(sib) >= python.StartByte(c) {
					break
				}
				if python.KindOf(sib) == "if_statement" && s.isSecretCheck(python.Child(sib, "condition")) && s.exits(python.Child(sib, "consequence")) {
					return true
				}
			}
		}
	}
	return false
}

// exits reports whether a block ends by leaving the function: return, raise or abort().
func (s *fnState) exits(b *sitter.Node) bool {
	n := python.NamedChildCount(b)
	if n == 0 {
		return false
	}
	last := python.NamedChild(b, n-1)
	switch python.KindOf(last) {
	case "return_statement", "raise_statement":
		return true
	case "expression_statement":
		return python.NamedChildCount(last) > 0 && exitCall(s.f, python.NamedChild(last, 0))
	}
	return false
}
