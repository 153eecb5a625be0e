package crypto

import (
	"fmt"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/credentials"
)

// valueReader classifies expressions of one file.
type valueReader struct {
	f        *python.File
	s        *scope
	keywords []string
	web      bool // the file serves HTTP or does cryptography (see webFile)
}

// capitalized reports whether a name starts with an upper-case letter, as class names do.
func capitalized(name string) bool { return name != "" && name[0] >= 'A' && name[0] <= 'Z' }

// requestFields are the attributes of a request object that hold client data: Flask and
// Werkzeug, Django, Django REST framework, Starlette and FastAPI.
var requestFields = map[string]string{
	"headers": "header", "META": "header",
	"args": "parameter", "form": "form field", "values": "parameter", "cookies": "cookie",
	"json": "body field", "GET": "parameter", "POST": "form field", "COOKIES": "cookie",
	"data": "body field", "query_params": "parameter", "path_params": "parameter",
}

// requestRoots name objects that hold client input in handlers and forms.
var requestRoots = map[string]bool{
	"request": true, "req": true, "form": true, "credentials": true, "creds": true,
	"serializer": true, "payload": true, "body": true, "form_data": true, "login_data": true,
	"json_data": true, "request_data": true,
}

// configRoots name objects that hold the application's configuration.
var configRoots = map[string]bool{
	"settings": true, "config": true, "conf": true, "cfg": true, "CONFIG": true, "SETTINGS": true,
	"app_config": true, "app_settings": true,
}

// requestModules export a request proxy (from flask import request).
var requestModules = map[string]bool{"flask": true, "quart": true, "bottle": true, "sanic": true, "werkzeug": true}

// isRequest reports whether n is the request object: Flask's `request` proxy, or a handler's
// `request`/`req` parameter (Django, FastAPI, Starlette), or `self.request` (class-based views).
func (r *valueReader) isRequest(n *sitter.Node) bool {
	n = python.Unparen(n)
	if n == nil {
		return false
	}
	switch python.KindOf(n) {
	case "identifier":
		t := r.f.Text(n)
		if full, ok := r.f.Imports[t]; ok {
			root, _, _ := strings.Cut(full, ".")
			return strings.HasSuffix(full, ".request") && requestModules[root]
		}
		return t == "request" || t == "req"
	case "attribute":
		return r.f.DottedName(n) == "self.request"
	}
	return false
}

// requestContainer reports whether n holds client data (request.headers, request.form,
// request.get_json(), a name assigned one of them) and names the kind of data.
func (r *valueReader) requestContainer(n *sitter.Node, depth int) (string, bool) {
	n = python.Unparen(n)
	if n == nil || depth > maxDepth {
		return "", false
	}
	switch python.KindOf(n) {
	case "attribute":
		if field, ok := requestFields[attrName(r.f, n)]; ok && r.isRequest(python.Child(n, "object")) {
			return field, true
		}
	case "await":
		if python.NamedChildCount(n) > 0 {
			return r.requestContainer(python.NamedChild(n, 0), depth+1)
		}
	case "call":
		// request.get_json(), await request.json() (Starlette), request.json() (aiohttp-like).
		callee := python.Callee(n)
		switch attrName(r.f, callee) {
		case "get_json", "json", "form":
			if r.isRequest(python.Child(callee, "object")) {
				return "body field", true
			}
		}
	case "identifier":
		if v, _ := r.s.value(n); v != nil {
			return r.requestContainer(v, depth+1)
		}
	}
	return "", false
}

// configContainer reports whether n holds configuration: os.environ, app.config,
// current_app.config, Django's settings, or an object named settings or config.
func (r *valueReader) configContainer(n *sitter.Node) (env, ok bool) {
	n = python.Unparen(n)
	if n == nil {
		return false, false
	}
	if q := resolved(r.f, n); q == "os.environ" {
		return true, true
	} else if q == "django.conf.settings" {
		return false, true
	}
	switch python.KindOf(n) {
	case "attribute":
		return false, attrName(r.f, n) == "config" || configRoots[attrName(r.f, n)]
	case "identifier":
		return false, configRoots[r.f.Text(n)]
	}
	return false, false
}

// transparentMethods return their receiver in another form: what the receiver is, the result is.
var transparentMethods = map[string]bool{
	"encode": true, "decode": true, "strip": true, "lstrip": true, "rstrip": true, "lower": true,
	"upper": true, "casefold": true, "removeprefix": true, "removesuffix": true, "replace": true,
	"split": true, "rsplit": true, "partition": true, "rpartition": true, "hex": true,
}

// transparentFuncs return their first argument in another form.
var transparentFuncs = map[string]bool{
	"base64.b64encode": true, "base64.b64decode": true, "base64.urlsafe_b64encode": true,
	"base64.urlsafe_b64decode": true, "base64.standard_b64encode": true, "binascii.hexlify": true,
	"binascii.unhexlify": true, "bytes.fromhex": true,
}

// classify tells what n is.
func (r *valueReader) classify(n *sitter.Node, depth int) credentials.Operand {
	n = python.Unparen(n)
	if n == nil || depth > maxDepth {
		return credentials.Operand{}
	}
	f := r.f
	switch python.KindOf(n) {
	case "integer", "float", "true", "false", "none", "ellipsis":
		return credentials.Operand{Constant: true}
	case "string", "concatenated_string":
		if _, ok := f.StringValue(n); ok {
			return credentials.Operand{Constant: true}
		}
		return r.interpolated(n, depth)
	case "unary_operator":
		if arg := python.Child(n, "argument"); arg != nil {
			return r.classify(arg, depth+1)
		}
	case "binary_operator":
		left := r.classify(python.Child(n, "left"), depth+1)
		right := r.classify(python.Child(n, "right"), depth+1)
		return credentials.Merge(left, right)
	case "await":
		if python.NamedChildCount(n) > 0 {
			return r.classify(python.NamedChild(n, 0), depth+1)
		}
	case "identifier":
		return r.identifier(n, depth)
	case "attribute":
		return r.attribute(n, depth)
	case "subscript":
		return r.subscript(n, depth)
	case "call":
		return r.call(n, depth)
	}
	return credentials.Operand{}
}

// interpolated classifies an f-string by what it interpolates: f"Bearer {API_TOKEN}".
func (r *valueReader) interpolated(n *sitter.Node, depth int) credentials.Operand {
	var out credentials.Operand
	first := true
	stack := []*sitter.Node{n}
	for len(stack) > 0 && depth <= maxDepth {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for i := uint(0); i < python.NamedChildCount(c); i++ {
			k := python.NamedChild(c, i)
			switch python.KindOf(k) {
			case "string":
				stack = append(stack, k)
			case "interpolation":
				o := r.classify(python.Child(k, "expression"), depth+1)
				if first {
					out, first = o, false
				} else {
					out = credentials.Merge(out, o)
				}
			}
		}
	}
	out.Constant = false
	return out
}

func (r *valueReader) identifier(n *sitter.Node, depth int) credentials.Operand {
	f := r.f
	name := f.Text(n)
	kind, confirm := credentials.KindOf(name, r.keywords)
	if v, b := r.s.value(n); v != nil {
		o := r.classify(v, depth+1)
		switch {
		case o.Constant:
			// SIGNATURE_HMAC = "HMAC-SHA1", TOKEN_DATA = "data": names of values, not secrets.
			// A real key written there is the secrets rules' finding.
			return o
		case o.Secret() || o.Request || o.Config:
			if o.Kind == credentials.None {
				o.Kind, o.Confirm = kind, confirm
			}
			if o.What == "" {
				o.What = name
			}
			return o
		}
		out := credentials.Operand{Kind: kind, What: name, Confirm: confirm, Derived: python.KindOf(v) == "call"}
		if b.fn == nil && kind != credentials.None && r.web {
			out.Config = true // API_KEY = load_key() in a web module: configuration
		}
		return out
	}
	if kind == credentials.None {
		return credentials.Operand{}
	}
	// A parameter given a new value in the function (password = hash(password)) is derived.
	out := credentials.Operand{Kind: kind, What: name, Confirm: confirm, Derived: r.s.reassigned(n)}
	if routeParam(f, n) {
		out.Request = true
	} else if _, imported := f.Imports[name]; r.web && (imported || credentials.IsUpperConstant(name) && !hasLocalParam(f, n)) {
		out.Config = true // from config import API_KEY in a web module; API_KEY read in a function
	}
	return out
}

// hasLocalParam reports whether the name id is a parameter of a function around it.
func hasLocalParam(f *python.File, id *sitter.Node) bool {
	for fn := python.EnclosingFunction(id); fn != nil; fn = python.EnclosingFunction(fn) {
		if hasParam(f, fn, f.Text(id)) {
			return true
		}
	}
	return false
}

// root returns the first name of an attribute or subscript chain (user of user.profile.pw).
func (r *valueReader) root(n *sitter.Node) *sitter.Node {
	for i := 0; n != nil && i < 32; i++ {
		n = python.Unparen(n)
		switch python.KindOf(n) {
		case "attribute":
			n = python.Child(n, "object")
		case "subscript":
			n = python.Child(n, "value")
		case "call":
			n = python.Callee(n)
		default:
			return n
		}
	}
	return nil
}

// fromRequest reports whether an attribute or item chain reads client input: its root is the
// request, a form or credentials object, a route handler's parameter, or a name assigned from
// request data.
func (r *valueReader) fromRequest(n *sitter.Node) bool {
	root := r.root(n)
	if root == nil || python.KindOf(root) != "identifier" {
		return false
	}
	if r.isRequest(root) || routeParam(r.f, root) {
		return true
	}
	if _, ok := r.requestContainer(root, 0); ok {
		return true
	}
	_, imported := r.f.Imports[r.f.Text(root)]
	return !imported && requestRoots[r.f.Text(root)]
}

func (r *valueReader) attribute(n *sitter.Node, depth int) credentials.Operand {
	f := r.f
	obj := python.Child(n, "object")
	attr := attrName(f, n)
	// request.authorization.password / .token (Werkzeug's parsed Authorization header).
	if attrName(f, obj) == "authorization" && r.isRequest(python.Child(python.Unparen(obj), "object")) {
		switch attr {
		case "password":
			return credentials.Operand{Request: true, Kind: credentials.Password, What: "the Basic auth password"}
		case "token":
			return credentials.Operand{Request: true, Kind: credentials.Secret, What: "the bearer token"}
		}
		return credentials.Operand{Request: true}
	}
	// form.password.data (WTForms).
	if attr == "data" && python.KindOf(python.Unparen(obj)) == "attribute" {
		o := r.attribute(python.Unparen(obj), depth+1)
		o.Request = o.Request || r.fromRequest(obj)
		o.Stored = false
		return o
	}
	kind, confirm := credentials.KindOf(attr, r.keywords)
	if _, ok := r.configContainer(obj); ok && kind != credentials.None {
		return credentials.Operand{Config: true, Kind: kind, What: shorten(f.Text(n))}
	}
	if credentials.IsUpperConstant(attr) {
		// config.API_KEY in a web module is configuration; Token.EOF, CredTypes.HMAC,
		// dns.rdatatype.SIG and the constants of other modules are names of values.
		if o := python.Unparen(obj); kind != credentials.None && r.web && strings.Contains(attr, "_") &&
			!(python.KindOf(o) == "identifier" && capitalized(f.Text(o))) {
			return credentials.Operand{Config: true, Kind: kind, What: shorten(f.Text(n))}
		}
		return credentials.Operand{Constant: true}
	}
	if r.isRequest(obj) {
		return credentials.Operand{Request: true}
	}
	if r.classConstant(obj, attr) {
		// self.reset_url_token where the class says reset_url_token = "set-password": a
		// constant the class defines, not a secret.
		return credentials.Operand{Constant: true}
	}
	if o := python.Unparen(obj); o != nil && python.KindOf(o) == "identifier" && capitalized(f.Text(o)) {
		// User.api_key: a class attribute, in ORM code a column; User.api_key == key is a query.
		return credentials.Operand{Column: true, Stored: true, Kind: kind, What: shorten(f.Text(n))}
	}
	if kind == credentials.None {
		return credentials.Operand{Request: r.fromRequest(n)}
	}
	o := credentials.Operand{Kind: kind, Confirm: confirm, What: shorten(f.Text(n))}
	if r.fromRequest(n) {
		o.Request = true
	} else if root := r.root(n); root != nil && python.KindOf(root) == "identifier" && f.Text(root) != "self" && f.Text(root) != "cls" {
		o.Stored = true
	}
	return o
}

func (r *valueReader) subscript(n *sitter.Node, depth int) credentials.Operand {
	f := r.f
	value := python.Child(n, "value")
	key, ok := f.SubscriptKey(n)
	if !ok {
		// auth.split(" ")[1], parts[-1]: the item is what the sequence is.
		if sub := python.Child(n, "subscript"); sub != nil && (python.KindOf(sub) == "integer" || python.KindOf(sub) == "unary_operator") {
			o := r.classify(value, depth+1)
			o.Stored = false
			return o
		}
		return credentials.Operand{}
	}
	return r.keyed(n, value, key, false, depth)
}

// keyed classifies value[key] and value.get(key).
func (r *valueReader) keyed(n, container *sitter.Node, key string, get bool, depth int) credentials.Operand {
	f := r.f
	kind, confirm := credentials.KindOf(key, r.keywords)
	if field, ok := r.requestContainer(container, 0); ok {
		o := credentials.Operand{Request: true, Kind: kind, Confirm: confirm, MayBeNone: get}
		if kind != credentials.None {
			o.What = fmt.Sprintf("the %s %s", requestKey(key), field)
		}
		return o
	}
	if env, ok := r.configContainer(container); ok {
		if kind == credentials.None {
			return credentials.Operand{MayBeNone: get}
		}
		what := fmt.Sprintf("the %s setting", key)
		if env {
			what = fmt.Sprintf("the %s environment variable", key)
		}
		return credentials.Operand{Config: true, Kind: kind, What: what, MayBeNone: get}
	}
	if kind == credentials.None {
		return credentials.Operand{MayBeNone: get, Request: r.fromRequest(n)}
	}
	o := credentials.Operand{Kind: kind, Confirm: confirm, What: shorten(f.Text(n)), MayBeNone: get}
	if r.fromRequest(n) {
		o.Request = true
	} else {
		o.Stored = true
	}
	return o
}

// requestKey renders a header or parameter name for a message: HTTP_X_API_KEY is X-Api-Key.
func requestKey(key string) string {
	if strings.HasPrefix(key, "HTTP_") {
		parts := strings.Split(strings.ToLower(key[5:]), "_")
		for i, p := range parts {
			if p != "" {
				parts[i] = strings.ToUpper(p[:1]) + p[1:]
			}
		}
		return strings.Join(parts, "-")
	}
	return key
}

func (r *valueReader) call(n *sitter.Node, depth int) credentials.Operand {
	f := r.f
	callee := python.Callee(n)
	args := python.CallArgs(n)
	q := resolved(f, callee)
	switch {
	case q == "os.getenv" || q == "os.environ.get":
		if len(args) > 0 {
			if key, ok := f.StringValue(args[0]); ok {
				if kind, _ := credentials.KindOf(key, r.keywords); kind != credentials.None {
					return credentials.Operand{Config: true, Kind: kind, What: fmt.Sprintf("the %s environment variable", key), MayBeNone: len(args) == 1}
				}
			}
		}
		return credentials.Operand{MayBeNone: len(args) == 1}
	case q == "hmac.digest":
		return credentials.Operand{Digest: true, What: "an HMAC digest"}
	case transparentFuncs[q]:
		if len(args) > 0 {
			return r.classify(args[0], depth+1)
		}
	case builtin(f, callee, "len", "int", "float", "bool", "type", "id", "isinstance", "hash", "ord"):
		return credentials.Operand{Constant: true}
	case builtin(f, callee, "str", "bytes", "bytearray"):
		if len(args) > 0 {
			return r.classify(args[0], depth+1)
		}
	}
	method := attrName(f, callee)
	if method == "" {
		return credentials.Operand{}
	}
	obj := python.Unparen(python.Child(callee, "object"))
	switch {
	case method == "get" && len(args) > 0:
		if key, ok := f.StringValue(args[0]); ok {
			return r.keyed(n, obj, key, len(args) == 1 && f.KeywordArg(n, "default") == nil, depth)
		}
	case method == "hexdigest" || method == "digest":
		if r.isHMAC(obj, depth) {
			return credentials.Operand{Digest: true, What: "an HMAC digest"}
		}
	case transparentMethods[method]:
		return r.classify(obj, depth+1)
	}
	return credentials.Operand{}
}

// isHMAC reports whether n is an HMAC object: hmac.new(...), or a name assigned one.
func (r *valueReader) isHMAC(n *sitter.Node, depth int) bool {
	for ; n != nil && depth <= maxDepth; depth++ {
		n = python.Unparen(n)
		switch python.KindOf(n) {
		case "call":
			q := resolved(r.f, python.Callee(n))
			return q == "hmac.new" || q == "hmac.HMAC"
		case "identifier":
			n, _ = r.s.value(n)
		default:
			return false
		}
	}
	return false
}

// classConstant reports whether self.attr (or cls.attr) is a class attribute that the class
// around it binds to a literal in its body: class ConfirmView: url_token = "set-password".
func (r *valueReader) classConstant(obj *sitter.Node, attr string) bool {
	obj = python.Unparen(obj)
	if obj == nil || python.KindOf(obj) != "identifier" || attr == "" {
		return false
	}
	if name := r.f.Text(obj); name != "self" && name != "cls" {
		return false
	}
	var class *sitter.Node
	for p := python.Parent(obj); p != nil; p = python.Parent(p) {
		if python.KindOf(p) == "class_definition" {
			class = p
			break
		}
	}
	body := python.Child(class, "body")
	if class == nil || body == nil {
		return false
	}
	for _, stmt := range python.NamedChildren(body) {
		if python.KindOf(stmt) != "expression_statement" || python.NamedChildCount(stmt) != 1 {
			continue
		}
		a := python.NamedChild(stmt, 0)
		if python.KindOf(a) != "assignment" {
			continue
		}
		left := python.Unparen(python.Child(a, "left"))
		if left == nil || python.KindOf(left) != "identifier" || r.f.Text(left) != attr {
			continue
		}
		_, ok := r.f.StringValue(python.Unparen(python.Child(a, "right")))
		return ok
	}
	return false
}

// derivedFrom reports whether a is a name given the value of a call that takes b, also inside
// another expression (csrf_token = _sanitize_token(cookie_token); csrf_token != cookie_token):
// comparing a value with its own normal form checks its shape, it guesses no secret.
func (r *valueReader) derivedFrom(a, b *sitter.Node) bool {
	a, b = python.Unparen(a), python.Unparen(b)
	if a == nil || b == nil || python.KindOf(a) != "identifier" || python.KindOf(b) != "identifier" {
		return false
	}
	v, _ := r.s.value(a)
	v = python.Unparen(v)
	if v == nil || python.KindOf(v) != "call" {
		return false
	}
	name := r.f.Text(b)
	stack := []*sitter.Node{python.Child(v, "arguments")}
	for steps := 0; len(stack) > 0 && steps < 256; steps++ {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == nil {
			continue
		}
		switch python.KindOf(n) {
		case "identifier":
			if r.f.Text(n) == name {
				return true
			}
		case "keyword_argument":
			stack = append(stack, python.Child(n, "value"))
		default:
			stack = append(stack, python.NamedChildren(n)...)
		}
	}
	return false
}
