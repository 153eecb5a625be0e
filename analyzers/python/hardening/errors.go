package hardening

import (
	"fmt"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// ErrorDetails reports exception text and tracebacks sent to API clients (AV702).
var ErrorDetails = python.NewAnalyzer("AV702",
	[]string{"call", "return_statement", "function_definition", "assignment"},
	// A traceback needs the traceback module or sys.exc_info; an exception's text needs an
	// except clause or an error handler (errorhandler, register_error_handler,
	// exception_handler, add_exception_handler).
	[]string{"except", "errorhandler", "error_handler", "exception_handler", "traceback", "exc_info"},
	runErrorDetails)

const (
	// tracebackMsg takes the sink.
	tracebackMsg = `%s sends a stack trace to the client: it reveals source paths, code and library versions that help an attacker; ` +
		`log it on the server (logger.exception) and answer with a generic message`
	// excTextMsg takes the sink and the status.
	excTextMsg = `%s sends the exception's text to the client %s: exception messages reveal SQL, file paths, hosts and library details ` +
		`that help an attacker; log the exception on the server and answer with a generic message`
)

// breadth tells how much an exception name may hold.
type breadth int

const (
	narrow     breadth = iota + 1 // except ValueError as e: a message meant for the caller, often
	broad                         // except Exception as e: anything, from the database to the file system
	generic500                    // Flask's errorhandler(500) argument: a generic InternalServerError
)

// excName is an exception bound in scope: by an except clause or as an error handler's argument.
type excName struct {
	name    string
	breadth breadth
}

// status is what a response's status is known to be.
type status struct {
	code  int
	known bool // a constant
	dflt  bool // not given: 200
}

// tracebackFuncs produce stack traces or the exception being handled.
var tracebackFuncs = map[string]bool{
	"traceback.format_exc": true, "traceback.format_exception": true, "traceback.format_tb": true,
	"traceback.format_stack": true, "traceback.extract_tb": true, "traceback.extract_stack": true,
	"traceback.format_exception_only": true, "traceback.TracebackException": true,
	"traceback.TracebackException.from_exception": true, "sys.exc_info": true, "sys.exception": true,
}

// leakyAttrs are attributes of an exception that carry its details.
var leakyAttrs = map[string]bool{
	"args": true, "message": true, "orig": true, "original_exception": true, "strerror": true,
	"filename": true, "__cause__": true, "__context__": true, "__traceback__": true,
}

// routeAttrs are the decorator methods that register Flask, FastAPI or Starlette routes.
var routeAttrs = map[string]bool{
	"route": true, "get": true, "post": true, "put": true, "patch": true, "delete": true,
	"head": true, "options": true, "api_route": true,
}

// A responseCtor builds a response (or an exception that becomes one) from its arguments.
type responseCtor struct {
	fixed     int    // the status it always has, or 0
	statusPos int    // position of the status argument, or -1
	statusKw  string // keyword of the status argument, or ""
}

var responseCtors = map[string]responseCtor{
	"flask.make_response":                          {statusPos: 1},
	"flask.Response":                               {statusPos: 1, statusKw: "status"},
	"flask.wrappers.Response":                      {statusPos: 1, statusKw: "status"},
	"werkzeug.wrappers.Response":                   {statusPos: 1, statusKw: "status"},
	"flask.abort":                                  {statusPos: 0, statusKw: "code"},
	"werkzeug.exceptions.abort":                    {statusPos: 0, statusKw: "code"},
	"django.http.HttpResponse":                     {statusPos: 2, statusKw: "status"},
	"django.http.JsonResponse":                     {statusPos: -1, statusKw: "status"},
	"django.http.HttpResponseServerError":          {fixed: 500},
	"django.http.HttpResponseBadRequest":           {fixed: 400},
	"django.http.HttpResponseNotFound":             {fixed: 404},
	"django.http.HttpResponseForbidden":            {fixed: 403},
	"django.http.response.HttpResponse":            {statusPos: 2, statusKw: "status"},
	"django.http.response.JsonResponse":            {statusPos: -1, statusKw: "status"},
	"django.http.response.HttpResponseServerError": {fixed: 500},
	"rest_framework.response.Response":             {statusPos: 1, statusKw: "status"},
	"fastapi.HTTPException":                        {statusPos: 0, statusKw: "status_code"},
	"fastapi.exceptions.HTTPException":             {statusPos: 0, statusKw: "status_code"},
	"starlette.exceptions.HTTPException":           {statusPos: 0, statusKw: "status_code"},
}

// starletteResponses are the response classes of starlette.responses and fastapi.responses:
// Response(content, status_code=200, ...).
var starletteResponses = map[string]bool{
	"Response": true, "JSONResponse": true, "PlainTextResponse": true, "HTMLResponse": true,
	"ORJSONResponse": true, "UJSONResponse": true,
}

// notPayload are keyword arguments of response constructors that never reach the body.
var notPayload = map[string]bool{
	"headers": true, "status": true, "status_code": true, "code": true, "content_type": true,
	"mimetype": true, "media_type": true, "background": true,
}

func runErrorDetails(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	e := &errorScan{pass: pass, f: f, handlers: map[uintptr]excName{}, routes: map[uintptr]bool{}, reported: map[uintptr]bool{}, taints: map[uintptr][]assignedTaint{}}
	e.findHandlers()
	for _, call := range pass.Nodes("call") {
		if ctor, name, ok := e.ctorOf(call); ok {
			e.checkCtor(call, ctor, name)
		}
	}
	for _, r := range pass.Nodes("return_statement") {
		e.checkReturn(r)
	}
}

type errorScan struct {
	pass *python.Pass
	f    *python.File
	// handlers maps error handler functions to the exception argument they receive.
	handlers map[uintptr]excName
	routes   map[uintptr]bool            // route functions
	reported map[uintptr]bool            // detail nodes already reported
	taints   map[uintptr][]assignedTaint // by function, computed on demand
}

// findHandlers records the error handlers (@app.errorhandler(Exception),
// @app.exception_handler(Exception), app.register_error_handler(500, fn),
// app.add_exception_handler(Exception, fn)) and the route functions of the file.
func (e *errorScan) findHandlers() {
	f := e.f
	web := f.ImportsModule("flask") || f.ImportsModule("fastapi") || f.ImportsModule("starlette") || f.ImportsModule("quart")
	byName := map[string]*sitter.Node{}
	for _, fn := range e.pass.Nodes("function_definition") {
		byName[f.Text(python.Child(fn, "name"))] = fn
		dd := python.Parent(fn)
		if dd == nil || python.KindOf(dd) != "decorated_definition" {
			continue
		}
		for i := uint(0); i < python.NamedChildCount(dd); i++ {
			dec := python.NamedChild(dd, i)
			if python.KindOf(dec) != "decorator" || python.NamedChildCount(dec) == 0 {
				continue
			}
			call := python.Unparen(python.NamedChild(dec, 0))
			if python.KindOf(call) != "call" {
				continue
			}
			callee := python.Callee(call)
			if callee == nil || python.KindOf(callee) != "attribute" {
				continue
			}
			args := python.CallArgs(call)
			switch method := f.Text(python.Child(callee, "attribute")); {
			case method == "errorhandler" || method == "app_errorhandler":
				if len(args) > 0 {
					e.addHandler(fn, args[0], true)
				}
			case method == "exception_handler":
				if len(args) > 0 {
					e.addHandler(fn, args[0], false)
				}
			case routeAttrs[method] && web:
				e.routes[fn.Id()] = true
			}
		}
	}
	for _, call := range e.pass.Nodes("call") {
		callee := python.Callee(call)
		if callee == nil || python.KindOf(callee) != "attribute" {
			continue
		}
		args := python.CallArgs(call)
		method := f.Text(python.Child(callee, "attribute"))
		if (method != "register_error_handler" && method != "add_exception_handler") || len(args) != 2 {
			continue
		}
		if fn := byName[f.Text(args[1])]; fn != nil && python.KindOf(python.Unparen(args[1])) == "identifier" {
			e.addHandler(fn, args[0], method == "register_error_handler")
		}
	}
}

// addHandler records fn as the handler of what: Flask handlers take the exception first,
// Starlette and FastAPI handlers take (request, exc).
func (e *errorScan) addHandler(fn, what *sitter.Node, flask bool) {
	b, ok := handlerBreadth(e.f, what, flask)
	if !ok {
		return
	}
	params := python.Child(fn, "parameters")
	idx := 0
	if !flask {
		idx = 1
	}
	var names []string
	for i := uint(0); params != nil && i < python.NamedChildCount(params); i++ {
		p := python.NamedChild(params, i)
		switch python.KindOf(p) {
		case "identifier":
			names = append(names, e.f.Text(p))
		case "typed_parameter":
			if python.NamedChildCount(p) > 0 {
				names = append(names, e.f.Text(python.NamedChild(p, 0)))
			}
		case "default_parameter", "typed_default_parameter":
			names = append(names, e.f.Text(python.Child(p, "name")))
		}
	}
	if len(names) > 0 && names[0] == "self" {
		names = names[1:]
	}
	if idx < len(names) {
		e.handlers[fn.Id()] = excName{names[idx], b}
	}
}

// handlerBreadth tells what an error handler registered for what receives. Handlers of client
// errors (404, HTTPException, werkzeug's 4xx classes) are not followed.
func handlerBreadth(f *python.File, what *sitter.Node, flask bool) (breadth, bool) {
	if code, ok := intValue(f, what); ok {
		switch {
		case code < 500:
			return 0, false
		case flask:
			return generic500, true // Flask passes an InternalServerError with a generic text
		default:
			return broad, true // Starlette's 500 handler receives the original exception
		}
	}
	name := f.QualifiedName(what)
	if name == "" {
		return 0, false
	}
	last := name[strings.LastIndex(name, ".")+1:]
	switch {
	case name == "Exception" || name == "BaseException" || name == "builtins.Exception":
		return broad, true
	case last == "InternalServerError" && flask:
		return generic500, true
	case last == "HTTPException", strings.HasPrefix(name, "werkzeug.exceptions."), strings.HasPrefix(name, "starlette.exceptions."):
		return 0, false
	}
	return narrow, true
}

// ctorOf tells whether call builds a response.
func (e *errorScan) ctorOf(call *sitter.Node) (responseCtor, string, bool) {
	name := e.f.QualifiedName(python.Callee(call))
	if c, ok := responseCtors[name]; ok {
		return c, name, true
	}
	for _, mod := range []string{"starlette.responses.", "fastapi.responses.", "fastapi."} {
		if rest, ok := strings.CutPrefix(name, mod); ok && starletteResponses[rest] {
			return responseCtor{statusPos: 1, statusKw: "status_code"}, name, true
		}
	}
	return responseCtor{}, "", false
}

// checkCtor checks the payload of a response constructor.
func (e *errorScan) checkCtor(call *sitter.Node, ctor responseCtor, name string) {
	f := e.f
	st := status{dflt: true}
	var statusNode *sitter.Node
	switch {
	case ctor.fixed != 0:
		st = status{code: ctor.fixed, known: true}
	default:
		statusNode = arg(f, call, ctor.statusPos, ctor.statusKw)
		if statusNode != nil {
			code, ok := intValue(f, statusNode)
			st = status{code: code, known: ok}
		} else if hasOpaqueSplat(call) {
			st = status{}
		}
	}
	args := python.Child(call, "arguments")
	for i := uint(0); args != nil && i < python.NamedChildCount(args); i++ {
		a := python.NamedChild(args, i)
		if statusNode != nil && a.Id() == statusNode.Id() {
			continue
		}
		if python.KindOf(a) == "keyword_argument" {
			if notPayload[f.Text(python.Child(a, "name"))] || statusNode != nil && python.Child(a, "value").Id() == statusNode.Id() {
				continue
			}
		}
		if e.check(a, st, name[strings.LastIndex(name, ".")+1:]) {
			return
		}
	}
}

// checkReturn checks what a route or error handler returns: `return body` (status 200) or
// `return body, status[, headers]`. A returned response constructor is checked as such.
func (e *errorScan) checkReturn(r *sitter.Node) {
	fn := python.EnclosingFunction(r)
	if fn == nil || python.NamedChildCount(r) == 0 {
		return
	}
	if _, h := e.handlers[fn.Id()]; !h && !e.routes[fn.Id()] {
		return
	}
	value := python.Unparen(python.NamedChild(r, 0))
	body, st := value, status{dflt: true}
	if python.KindOf(value) == "expression_list" || python.KindOf(value) == "tuple" {
		if python.NamedChildCount(value) == 0 {
			return
		}
		body = python.Unparen(python.NamedChild(value, 0))
		if python.NamedChildCount(value) >= 2 {
			switch s := python.Unparen(python.NamedChild(value, 1)); python.KindOf(s) {
			case "dictionary", "list":
				// (body, headers)
			default:
				code, ok := intValue(e.f, s)
				st = status{code: code, known: ok}
			}
		}
	}
	if python.KindOf(body) == "call" {
		if _, _, ok := e.ctorOf(body); ok {
			return
		}
	}
	e.check(body, st, "the returned response")
}

// check reports the first detail that payload sends to the client with status st, and reports
// whether it found one.
func (e *errorScan) check(payload *sitter.Node, st status, sink string) bool {
	n, kind, b := e.detail(payload)
	if n == nil || e.reported[n.Id()] || debugOnly(e.f, n) {
		return false
	}
	switch {
	case kind == "traceback":
	case b == narrow && st.known && st.code >= 500:
	case b != narrow && (st.known && st.code >= 500 || st.dflt):
	default:
		return false
	}
	e.reported[n.Id()] = true
	if kind == "traceback" {
		e.pass.Report(python.NodeDiagnostic(n, fmt.Sprintf(tracebackMsg, sink)))
		return true
	}
	with := fmt.Sprintf("with status %d", st.code)
	if !st.known {
		with = "with the default status 200"
	}
	e.pass.Report(python.NodeDiagnostic(n, fmt.Sprintf(excTextMsg, sink, with)))
	return true
}

// namesInScope returns the exceptions bound at n: by the except clauses around it and by the
// error handler it is in, innermost first, up to its function.
func (e *errorScan) namesInScope(n *sitter.Node) []excName {
	f := e.f
	var out []excName
	for p := python.Parent(n); p != nil; p = python.Parent(p) {
		switch python.KindOf(p) {
		case "except_clause":
			if v := python.Child(p, "value"); v != nil && within(n, v) {
				continue // in the exception type, not the handler body
			}
			if name, b, ok := exceptBinding(f, p); ok {
				out = append(out, excName{name, b})
			}
		case "function_definition":
			if h, ok := e.handlers[p.Id()]; ok {
				out = append(out, h)
			}
			return out
		case "lambda", "class_definition":
			return out
		}
	}
	return out
}

// exceptBinding returns the name an except clause binds and how broad its types are.
func exceptBinding(f *python.File, clause *sitter.Node) (string, breadth, bool) {
	v := python.Unparen(python.Child(clause, "value"))
	if v == nil || python.KindOf(v) != "as_pattern" {
		return "", 0, false
	}
	alias := python.Child(v, "alias")
	if alias == nil || python.NamedChildCount(alias) == 0 || python.NamedChildCount(v) == 0 {
		return "", 0, false
	}
	return f.Text(python.NamedChild(alias, 0)), typesBreadth(f, python.NamedChild(v, 0)), true
}

// typesBreadth tells whether the types of an except clause include Exception or BaseException.
func typesBreadth(f *python.File, t *sitter.Node) breadth {
	t = python.Unparen(t)
	if t == nil {
		return broad
	}
	items := []*sitter.Node{t}
	if python.KindOf(t) == "tuple" {
		items = nil
		for i := uint(0); i < python.NamedChildCount(t); i++ {
			items = append(items, python.NamedChild(t, i))
		}
	}
	for _, it := range items {
		switch f.QualifiedName(it) {
		case "Exception", "BaseException", "builtins.Exception":
			return broad
		}
	}
	return narrow
}

// detail finds what payload would reveal: a traceback, or the text of an exception bound in
// scope (str(e), repr(e), f"{e}", "%s" % e, "{}".format(e), e.args) directly or through a local
// variable assigned before. The kind is "traceback" or "exception".
func (e *errorScan) detail(payload *sitter.Node) (*sitter.Node, string, breadth) {
	names := e.namesInScope(payload)
	tainted := e.tainted(payload)
	var found *sitter.Node
	kind, br := "", breadth(0)
	walk(payload, func(n *sitter.Node) bool {
		if kind == "traceback" {
			return false
		}
		switch python.KindOf(n) {
		case "lambda", "function_definition":
			return false
		case "call":
			if tracebackFuncs[e.f.QualifiedName(python.Callee(n))] {
				found, kind, br = n, "traceback", broad
				return false
			}
		case "identifier":
			if t, ok := tainted[e.f.Text(n)]; ok && found == nil {
				found, kind, br = n, t.kind, t.breadth
			}
			return false
		}
		if found == nil {
			if b, ok := e.excText(n, names); ok {
				found, kind, br = n, "exception", b
			}
		}
		return true
	})
	return found, kind, br
}

// taint is what a local variable holds.
type taint struct {
	kind    string
	breadth breadth
}

// An assignedTaint is a local variable given, at pos, a value revealing a detail (or, with
// clear, a value that reveals none).
type assignedTaint struct {
	pos   uint
	name  string
	taint taint
	clear bool
}

// tainted returns the local variables of payload's function assigned, before payload, a value
// revealing a detail: msg = str(e); body = {"error": msg}.
func (e *errorScan) tainted(payload *sitter.Node) map[string]taint {
	out := map[string]taint{}
	fn := python.EnclosingFunction(payload)
	if fn == nil {
		return out
	}
	as, ok := e.taints[fn.Id()]
	if !ok {
		as = e.functionTaints(fn)
		e.taints[fn.Id()] = as
	}
	for _, a := range as {
		if a.pos >= python.StartByte(payload) {
			break
		}
		if a.clear {
			delete(out, a.name)
		} else {
			out[a.name] = a.taint
		}
	}
	return out
}

// functionTaints lists, in source order, the assignments of fn's own local variables and
// whether each gives a detail-revealing value.
func (e *errorScan) functionTaints(fn *sitter.Node) []assignedTaint {
	var out []assignedTaint
	current := map[string]taint{}
	for _, a := range e.pass.Nodes("assignment") {
		if python.StartByte(a) < python.StartByte(fn) || python.EndByte(a) > python.EndByte(fn) {
			continue
		}
		left, value := python.Child(a, "left"), python.AssignedValue(a)
		if left == nil || value == nil || python.KindOf(left) != "identifier" || python.EnclosingFunction(a).Id() != fn.Id() {
			continue
		}
		names := e.namesInScope(a)
		var hit *taint
		walk(value, func(n *sitter.Node) bool {
			if hit != nil {
				return false
			}
			if python.KindOf(n) == "call" && tracebackFuncs[e.f.QualifiedName(python.Callee(n))] {
				hit = &taint{"traceback", broad}
				return false
			}
			if python.KindOf(n) == "identifier" {
				if t, ok := current[e.f.Text(n)]; ok {
					hit = &t
				}
				return false
			}
			if b, ok := e.excText(n, names); ok {
				hit = &taint{"exception", b}
				return false
			}
			return true
		})
		name := e.f.Text(left)
		if hit != nil {
			current[name] = *hit
			out = append(out, assignedTaint{pos: python.StartByte(a), name: name, taint: *hit})
		} else {
			delete(current, name)
			out = append(out, assignedTaint{pos: python.StartByte(a), name: name, clear: true})
		}
	}
	return out
}

// excText reports whether n turns an exception in scope into text, and how broad it is.
func (e *errorScan) excText(n *sitter.Node, names []excName) (breadth, bool) {
	f := e.f
	if len(names) == 0 {
		return 0, false
	}
	ref := func(x *sitter.Node) (breadth, bool) {
		x = python.Unparen(x)
		if x == nil {
			return 0, false
		}
		switch python.KindOf(x) {
		case "identifier":
			for _, nm := range names {
				if nm.name == f.Text(x) {
					return nm.breadth, nm.breadth != generic500 && !httpExceptionBranch(f, x, nm.name)
				}
			}
		case "attribute":
			obj := python.Unparen(python.Child(x, "object"))
			attr := f.Text(python.Child(x, "attribute"))
			if obj == nil || python.KindOf(obj) != "identifier" || !leakyAttrs[attr] {
				return 0, false
			}
			for _, nm := range names {
				if nm.name == f.Text(obj) {
					if nm.breadth == generic500 {
						return broad, attr == "original_exception"
					}
					return nm.breadth, !httpExceptionBranch(f, x, nm.name)
				}
			}
		}
		return 0, false
	}
	switch python.KindOf(n) {
	case "call":
		callee := python.Callee(n)
		args := python.CallArgs(n)
		switch name := f.QualifiedName(callee); {
		case name == "str" || name == "repr" || name == "format":
			if len(args) > 0 {
				return ref(args[0])
			}
		case callee != nil && python.KindOf(callee) == "attribute" && f.Text(python.Child(callee, "attribute")) == "format":
			for _, a := range args {
				if b, ok := ref(a); ok {
					return b, true
				}
			}
		}
	case "interpolation":
		return ref(python.Child(n, "expression"))
	case "binary_operator":
		if op := python.Child(n, "operator"); op == nil || f.Text(op) != "%" {
			return 0, false
		}
		right := python.Unparen(python.Child(n, "right"))
		if right != nil && python.KindOf(right) == "tuple" {
			for i := uint(0); i < python.NamedChildCount(right); i++ {
				if b, ok := ref(python.NamedChild(right, i)); ok {
					return b, true
				}
			}
			return 0, false
		}
		return ref(right)
	case "attribute":
		return ref(n)
	}
	return 0, false
}

// httpExceptionBranch reports whether n sits in the body of `if isinstance(name, HTTPException)`:
// the text of an HTTPException is written for clients.
func httpExceptionBranch(f *python.File, n *sitter.Node, name string) bool {
	for p := python.Parent(n); p != nil; p = python.Parent(p) {
		switch python.KindOf(p) {
		case "function_definition":
			return false
		case "if_statement":
			cond := python.Unparen(python.Child(p, "condition"))
			body := python.Child(p, "consequence")
			if cond == nil || body == nil || !within(n, body) || python.KindOf(cond) != "call" || f.Text(python.Callee(cond)) != "isinstance" {
				continue
			}
			args := python.CallArgs(cond)
			if len(args) == 2 && f.Text(args[0]) == name && strings.Contains(f.Text(args[1]), "HTTPException") {
				return true
			}
		}
	}
	return false
}

// debugOnly reports whether n is sent only in debug mode: in the true branch of
// `x if settings.DEBUG else "Internal Server Error"`, or in the body of `if settings.DEBUG:`,
// `if app.debug:`, `if current_app.debug:` (an `and` of such a test included). Production runs
// with debug off, where the generic alternative is sent.
func debugOnly(f *python.File, n *sitter.Node) bool {
	for child, p := n, python.Parent(n); p != nil; child, p = p, python.Parent(p) {
		switch python.KindOf(p) {
		case "function_definition", "lambda", "class_definition":
			return false
		case "conditional_expression":
			// a if cond else b: named children consequence, condition, alternative.
			if python.NamedChildCount(p) == 3 && python.NamedChild(p, 0).Id() == child.Id() &&
				debugTest(f, python.NamedChild(p, 1)) {
				return true
			}
		case "if_statement", "elif_clause":
			if body := python.Child(p, "consequence"); body != nil && body.Id() == child.Id() &&
				debugTest(f, python.Child(p, "condition")) {
				return true
			}
		}
	}
	return false
}

// debugTest reports a condition that holds only in debug mode: DEBUG, settings.DEBUG,
// app.debug, app.config["DEBUG"], config.get("DEBUG"), or an `and` with one of them.
func debugTest(f *python.File, c *sitter.Node) bool {
	c = python.Unparen(c)
	if c == nil {
		return false
	}
	switch python.KindOf(c) {
	case "identifier":
		return f.Text(c) == "DEBUG" || f.Text(c) == "debug"
	case "attribute":
		a := f.Text(python.Child(c, "attribute"))
		return a == "DEBUG" || a == "debug"
	case "subscript":
		k, ok := f.StringValue(python.Child(c, "subscript"))
		return ok && k == "DEBUG"
	case "call":
		callee := python.Callee(c)
		if callee == nil || python.KindOf(callee) != "attribute" || f.Text(python.Child(callee, "attribute")) != "get" {
			return false
		}
		if args := python.CallArgs(c); len(args) > 0 {
			k, ok := f.StringValue(args[0])
			return ok && k == "DEBUG"
		}
	case "boolean_operator":
		if op := python.Child(c, "operator"); op != nil && f.Text(op) == "and" {
			return debugTest(f, python.Child(c, "left")) || debugTest(f, python.Child(c, "right"))
		}
	}
	return false
}
