package debugmode

import (
	"fmt"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/credentials"
)

// DebugMode reports a web framework's debug mode switched on with a constant (AV201).
var DebugMode = python.NewAnalyzer("AV201",
	[]string{"call", "assignment"},
	// Every idiom spells debug, DEBUG or Debug(gedApplication); run_simple covers use_debugger
	// given by position.
	[]string{"debug", "DEBUG", "Debug", "run_simple"},
	runDebugMode)

const (
	flaskRunMsg = `Flask debug mode is on: the Werkzeug debugger lets anyone who can trigger an error run Python code on the server; ` +
		`remove debug=True and use "flask run --debug" only on a development machine`
	flaskDebuggerMsg = `the Werkzeug debugger is on: it lets anyone who can trigger an error run Python code on the server; ` +
		`remove use_debugger=True and use "flask run --debug" only on a development machine`
	flaskAttrMsg = `Flask debug mode is on: the Werkzeug debugger lets anyone who can trigger an error run Python code on the server; ` +
		`do not set app.debug in code and use "flask run --debug" only on a development machine`
	flaskConfigMsg = `Flask debug mode is on through the DEBUG setting: the Werkzeug debugger lets anyone who can trigger an error run Python code on the server; ` +
		`set DEBUG from the environment (os.environ.get("FLASK_DEBUG") == "1") or leave it unset`
	runSimpleMsg = `run_simple starts the Werkzeug debugger: it lets anyone who can trigger an error run Python code on the server; ` +
		`remove use_debugger=True and serve the application with a production WSGI server`
	evalexMsg = `DebuggedApplication with evalex on serves the Werkzeug debugger console: it lets anyone who can trigger an error run Python code on the server; ` +
		`do not wrap the deployed application in DebuggedApplication`
	djangoMsg = `DEBUG = True in a settings module: Django answers errors with stack traces, settings and SQL; ` +
		`set DEBUG from the environment (DEBUG = os.environ.get("DJANGO_DEBUG") == "1")`
	configModuleMsg = `DEBUG = True in a configuration module: loaded by app.config.from_object or from_pyfile it turns Flask debug mode on, ` +
		`and the Werkzeug debugger lets anyone who can trigger an error run Python code on the server; ` +
		`set DEBUG from the environment (DEBUG = os.environ.get("FLASK_DEBUG") == "1")`
	configClassMsg = `DEBUG = True in a configuration class that app.config.from_object loads: it turns Flask debug mode on, ` +
		`and the Werkzeug debugger lets anyone who can trigger an error run Python code on the server; ` +
		`set DEBUG from the environment, or keep it in a development configuration chosen at run time`
	flaskEnvMsg = `FLASK_DEBUG is set in code: Flask reads it when the app is created or run and turns debug mode on, ` +
		`and the Werkzeug debugger lets anyone who can trigger an error run Python code on the server; ` +
		`set FLASK_DEBUG only in a development machine's environment`
	// asgiMsg takes the framework and the fix.
	asgiMsg = `%s debug mode is on: unhandled errors are answered with traceback pages that show source code to whoever triggers them; %s`

	deleteFix = "Remove the debug switch"
	falseFix  = "Set it to False"
)

func runDebugMode(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	assignments := pass.Nodes("assignment")
	s := newScope(f, assignments)
	for _, call := range pass.Nodes("call") {
		if d, ok := s.debugCall(call); ok && !python.RuntimeConditional(f, call) {
			pass.Report(d)
		}
	}
	for _, a := range assignments {
		if d, ok := s.debugAssignment(a); ok && !python.RuntimeConditional(f, a) {
			pass.Report(d)
		}
	}
}

// debugAssignment returns the finding for an assignment that switches debug mode on, if it is
// one: app.debug = True, app.config["DEBUG"] = True, DEBUG = True in a settings module,
// os.environ["FLASK_DEBUG"] = "1".
func (s *scope) debugAssignment(a *sitter.Node) (python.Diagnostic, bool) {
	f := s.f
	left, value := python.Child(a, "left"), python.AssignedValue(a)
	if left == nil || value == nil {
		return python.Diagnostic{}, false
	}
	if flaskDebugEnv(f, left, value) {
		return python.NodeDiagnostic(a, flaskEnvMsg), true
	}
	if !f.IsTrue(value) {
		return python.Diagnostic{}, false
	}
	var d python.Diagnostic
	switch python.KindOf(left) {
	case "attribute":
		if f.Text(python.Child(left, "attribute")) != "debug" {
			return python.Diagnostic{}, false
		}
		recv := python.Child(left, "object")
		switch s.originOf(recv).kind {
		case fastAPIApp:
			d = python.NodeDiagnostic(a, fmt.Sprintf(asgiMsg, "FastAPI", "do not set app.debug in code"))
		case starletteApp:
			d = python.NodeDiagnostic(a, fmt.Sprintf(asgiMsg, "Starlette", "do not set app.debug in code"))
		default:
			if !s.isFlask(recv, false) {
				return python.Diagnostic{}, false
			}
			d = python.NodeDiagnostic(a, flaskAttrMsg)
		}
	case "subscript":
		if key, ok := f.SubscriptKey(left); !ok || key != "DEBUG" {
			return python.Diagnostic{}, false
		}
		if x := configReceiver(f, python.Child(left, "value")); x == nil || !s.isFlask(x, true) {
			return python.Diagnostic{}, false
		}
		d = python.NodeDiagnostic(a, flaskConfigMsg)
	case "identifier":
		if f.Text(left) == "DEBUG" && s.loadedConfigClass(a) {
			d = python.NodeDiagnostic(a, configClassMsg)
			break
		}
		if f.Text(left) != "DEBUG" || !python.AtModuleLevel(a) {
			return python.Diagnostic{}, false
		}
		settings, django := s.settingsModule()
		if !settings || devModule(f) {
			return python.Diagnostic{}, false
		}
		// No fix: DEBUG = False stops a Django project without ALLOWED_HOSTS from starting.
		if django {
			return python.NodeDiagnostic(a, djangoMsg), true
		}
		return python.NodeDiagnostic(a, configModuleMsg), true
	default:
		return python.Diagnostic{}, false
	}
	// The fix rewrites the value when it belongs to this assignment alone (not `a = b = True`).
	if own := python.Unparen(python.Child(a, "right")); own != nil && own.Id() == value.Id() {
		d = python.WithFix(d, falseFix, python.ReplaceNode(value, "False"))
	}
	return d, true
}

// debugCall returns the finding for a call that switches debug mode on, if it is one.
func (s *scope) debugCall(call *sitter.Node) (python.Diagnostic, bool) {
	f := s.f
	callee := python.Callee(call)
	switch f.QualifiedName(callee) {
	case "werkzeug.serving.run_simple", "werkzeug.run_simple":
		// run_simple(hostname, port, application, use_reloader, use_debugger, ...)
		return hit(flagged(f, call, runSimpleMsg, flag{"use_debugger", 4}))
	case "werkzeug.debug.DebuggedApplication", "werkzeug.DebuggedApplication":
		// DebuggedApplication(app, evalex=False, ...): without evalex it shows tracebacks but
		// runs no code, and it is usually guarded by `if app.debug:`.
		return hit(flagged(f, call, evalexMsg, flag{"evalex", 1}))
	case "fastapi.FastAPI", "fastapi.applications.FastAPI":
		return hit(flagged(f, call, fmt.Sprintf(asgiMsg, "FastAPI", "remove debug=True or set it from the environment"), flag{"debug", -1}))
	case "starlette.applications.Starlette", "starlette.Starlette":
		return hit(flagged(f, call, fmt.Sprintf(asgiMsg, "Starlette", "remove debug=True or set it from the environment"), flag{"debug", -1}))
	case "starlette.middleware.errors.ServerErrorMiddleware":
		return hit(flagged(f, call, fmt.Sprintf(asgiMsg, "ServerErrorMiddleware", "remove debug=True or set it from the environment"), flag{"debug", -1}))
	case "starlette.middleware.Middleware":
		// Middleware(ServerErrorMiddleware, debug=True)
		if args := python.CallArgs(call); len(args) > 0 && f.QualifiedName(args[0]) == "starlette.middleware.errors.ServerErrorMiddleware" {
			return hit(flagged(f, call, fmt.Sprintf(asgiMsg, "ServerErrorMiddleware", "remove debug=True or set it from the environment"), flag{"debug", -1}))
		}
		return python.Diagnostic{}, false
	}
	if callee == nil || python.KindOf(callee) != "attribute" {
		return python.Diagnostic{}, false
	}
	recv := python.Child(callee, "object")
	switch f.Text(python.Child(callee, "attribute")) {
	case "run":
		if !s.isFlask(recv, true) {
			return python.Diagnostic{}, false
		}
		d, names := flagged(f, call, flaskRunMsg, flag{"debug", -1}, flag{"use_debugger", -1})
		if names != nil && !names["debug"] {
			d.Message = flaskDebuggerMsg
		}
		return d, names != nil
	case "update", "from_mapping":
		if x := configReceiver(f, recv); x == nil || !s.isFlask(x, true) {
			return python.Diagnostic{}, false
		}
		var found []*sitter.Node
		fixable := true
		for _, e := range configEntries(f, call) {
			if e.key == "DEBUG" && f.IsTrue(e.value) {
				found = append(found, e.node)
				fixable = fixable && e.direct
			}
		}
		if len(found) == 0 {
			return python.Diagnostic{}, false
		}
		d := python.NodeDiagnostic(call, flaskConfigMsg)
		if fixable {
			d = python.WithFix(d, deleteFix, python.DeleteArgs(python.Child(call, "arguments"), found))
		}
		return d, true
	}
	return python.Diagnostic{}, false
}

// hit adapts flagged's results to debugCall's.
func hit(d python.Diagnostic, names map[string]bool) (python.Diagnostic, bool) {
	return d, names != nil
}

// flag is a boolean parameter: its keyword, and its position (-1: keyword-only).
type flag struct {
	name string
	pos  int
}

// flagged finds the arguments of call that set one of the flags to a true constant: keyword
// arguments, entries of a literal `**{...}`, and positional arguments. It returns the finding,
// spanning the call, whose fix deletes them when they are all keyword arguments, and the names
// of the flags found (nil when none is).
func flagged(f *python.File, call *sitter.Node, msg string, flags ...flag) (python.Diagnostic, map[string]bool) {
	args := python.Child(call, "arguments")
	if args == nil || python.KindOf(args) != "argument_list" {
		return python.Diagnostic{}, nil
	}
	var found []*sitter.Node
	names := map[string]bool{}
	fixable := true
	named := func(name string) bool {
		for _, fl := range flags {
			if fl.name == name {
				return true
			}
		}
		return false
	}
	pos, positional := 0, true
	for i := uint(0); i < python.NamedChildCount(args); i++ {
		a := python.NamedChild(args, i)
		switch python.KindOf(a) {
		case "comment":
		case "keyword_argument":
			if n := python.Child(a, "name"); named(f.Text(n)) && f.IsTrue(python.Child(a, "value")) {
				found = append(found, a)
				names[f.Text(n)] = true
			}
		case "dictionary_splat":
			positional = false
			if d := python.Unparen(python.NamedChild(a, 0)); d != nil && python.KindOf(d) == "dictionary" {
				for _, e := range dictEntries(f, d) {
					if named(e.key) && f.IsTrue(e.value) {
						found = append(found, e.node)
						names[e.key] = true
						fixable = false
					}
				}
			}
		case "list_splat":
			positional = false // positions after *args are unknown
		default:
			if positional {
				for _, fl := range flags {
					if fl.pos == pos && f.IsTrue(a) {
						found = append(found, a)
						names[fl.name] = true
						fixable = false
					}
				}
			}
			pos++
		}
	}
	if len(found) == 0 {
		return python.Diagnostic{}, nil
	}
	d := python.NodeDiagnostic(call, msg)
	if fixable {
		d = python.WithFix(d, deleteFix, python.DeleteArgs(args, found))
	}
	return d, names
}

// flaskDebugEnv reports whether an assignment is `os.environ["FLASK_DEBUG"] = "1"`: a value Flask's
// get_debug_flag takes for on (anything but "", "0", "false" and "no").
func flaskDebugEnv(f *python.File, left, value *sitter.Node) bool {
	if python.KindOf(left) != "subscript" || f.QualifiedName(python.Child(left, "value")) != "os.environ" {
		return false
	}
	if key, ok := f.SubscriptKey(left); !ok || key != "FLASK_DEBUG" {
		return false
	}
	v, ok := f.StringValue(value)
	switch strings.ToLower(v) {
	case "", "0", "false", "no":
		return false
	}
	return ok
}

// loadedConfigClass reports whether the assignment a sits in the body of a class that the same
// file loads unconditionally with app.config.from_object(Class), and whose name does not say it is
// for development or tests (class DevelopmentConfig: DEBUG = True is its purpose).
func (s *scope) loadedConfigClass(a *sitter.Node) bool {
	f := s.f
	stmt := python.Parent(a)
	if stmt == nil || python.KindOf(stmt) != "expression_statement" {
		return false
	}
	body := python.Parent(stmt)
	if body == nil || python.KindOf(body) != "block" {
		return false
	}
	class := python.Parent(body)
	if class == nil || python.KindOf(class) != "class_definition" || !python.AtModuleLevel(class) {
		return false
	}
	name := f.Text(python.Child(class, "name"))
	for _, w := range credentials.Words(name) {
		if devModuleWords[w] || w == "debug" {
			return false
		}
	}
	for _, call := range f.Nodes("call") {
		callee := python.Callee(call)
		if callee == nil || python.KindOf(callee) != "attribute" || f.Text(python.Child(callee, "attribute")) != "from_object" {
			continue
		}
		if recv := python.Child(callee, "object"); recv == nil || python.KindOf(recv) != "attribute" ||
			f.Text(python.Child(recv, "attribute")) != "config" {
			continue
		}
		if args := python.CallArgs(call); len(args) == 1 && f.Text(python.Unparen(args[0])) == name && !python.RuntimeConditional(f, call) {
			return true
		}
	}
	return false
}
