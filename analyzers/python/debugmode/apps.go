package debugmode

import (
	"path/filepath"
	"regexp"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// kind is what a name was bound to by an assignment from a call.
type kind int

const (
	unknown      kind = iota // not assigned from a call in this file
	other                    // some other call's result
	flaskApp                 // flask.Flask(...) or an application factory's result
	fastAPIApp               // fastapi.FastAPI(...)
	starletteApp             // starlette.applications.Starlette(...)
	logger                   // logging.getLogger(...)
)

// origin records what a name was assigned from.
type origin struct {
	kind   kind
	callee string // qualified name of the call it came from
	call   *sitter.Node
	assign *sitter.Node
}

// factoryName matches application factories (`create_app()`, `make_app()`), whose result the
// Flask docs and most projects name app.
var factoryName = regexp.MustCompile(`^(?:create|make|build|get|init|setup|new)_?(?:flask_?)?app(?:lication)?$|^app_?factory$`)

// otherFrameworks are web frameworks whose `app.run(debug=True)` is not Flask's; their imported
// `app` is not taken for a Flask application.
var otherFrameworks = map[string]bool{
	"fastapi": true, "starlette": true, "sanic": true, "quart": true, "aiohttp": true,
	"tornado": true, "bottle": true, "falcon": true, "django": true, "uvicorn": true,
}

// scope is what the analyzers know about one file's applications and loggers.
type scope struct {
	f     *python.File
	names map[string]origin // dotted left-hand side -> what it was assigned from
	// webImports: the file imports flask, a flask extension (flask_*) or werkzeug, so a `.run`
	// or `.config` receiver it does not know is taken for a Flask application.
	webImports bool
	fastAPI    bool
	starlette  bool

	settingsKnown, settings, django bool // settingsModule's answer, once computed
}

func newScope(f *python.File, assignments []*sitter.Node) *scope {
	s := &scope{f: f, names: map[string]origin{}}
	for _, full := range f.Imports {
		switch root, _, _ := strings.Cut(full, "."); {
		case flaskRooted(root):
			s.webImports = true
		case root == "fastapi":
			s.fastAPI = true
		case root == "starlette":
			s.starlette = true
		}
	}
	for _, a := range assignments {
		left, right := python.Child(a, "left"), python.Unparen(python.Child(a, "right"))
		if left == nil || right == nil || python.KindOf(right) != "call" {
			continue
		}
		name := f.DottedName(left)
		if name == "" {
			continue
		}
		o := origin{kind: s.classify(right), callee: f.QualifiedName(python.Callee(right)), call: right, assign: a}
		// An application binding wins over any other assignment of the same name.
		if prev, ok := s.names[name]; !ok || prev.kind == other {
			s.names[name] = o
		}
	}
	return s
}

// flaskRooted reports whether a top-level module is Flask, a Flask extension or Werkzeug.
func flaskRooted(root string) bool {
	return root == "flask" || root == "werkzeug" || strings.HasPrefix(root, "flask_")
}

// classify tells what a call builds.
func (s *scope) classify(call *sitter.Node) kind {
	callee := python.Callee(call)
	switch s.f.QualifiedName(callee) {
	case "flask.Flask", "flask.app.Flask":
		return flaskApp
	case "fastapi.FastAPI", "fastapi.applications.FastAPI":
		return fastAPIApp
	case "starlette.applications.Starlette", "starlette.Starlette":
		return starletteApp
	case "logging.getLogger":
		return logger
	}
	d := s.f.DottedName(callee)
	if factoryName.MatchString(d[strings.LastIndex(d, ".")+1:]) {
		switch {
		case s.webImports:
			return flaskApp
		case s.fastAPI:
			return fastAPIApp
		case s.starlette:
			return starletteApp
		}
		return flaskApp
	}
	return other
}

// originOf returns what the receiver expression stands for, by assignment tracking (or by the
// call itself: `create_app().run(...)`).
func (s *scope) originOf(recv *sitter.Node) origin {
	recv = python.Unparen(recv)
	if recv == nil {
		return origin{}
	}
	if python.KindOf(recv) == "call" {
		return origin{kind: s.classify(recv), callee: s.f.QualifiedName(python.Callee(recv)), call: recv}
	}
	if d := s.f.DottedName(recv); d != "" {
		return s.names[d]
	}
	return origin{}
}

// appLike reports whether a name reads as a web application: app, application, api_app...
func appLike(name string) bool {
	name = strings.ToLower(name[strings.LastIndex(name, ".")+1:])
	return name == "app" || name == "application" || strings.HasSuffix(name, "_app") || strings.HasSuffix(name, "_application")
}

// isFlask reports whether recv is a Flask application (or a server wrapping one, like
// flask_socketio's SocketIO). loose also accepts receivers the file does not explain, when it
// imports flask or werkzeug; otherwise such receivers must at least be named like an app.
func (s *scope) isFlask(recv *sitter.Node, loose bool) bool {
	o := s.originOf(recv)
	switch o.kind {
	case flaskApp:
		return true
	case fastAPIApp, starletteApp, logger:
		return false
	case other:
		// socketio = SocketIO(app) is Flask; loop = asyncio.new_event_loop() is not.
		if root, _, _ := strings.Cut(o.callee, "."); flaskRooted(root) {
			return true
		}
		head, _, _ := strings.Cut(s.f.DottedName(python.Callee(o.call)), ".")
		if _, imported := s.f.Imports[head]; imported {
			return false
		}
		return s.webImports && (loose || appLike(s.f.DottedName(recv)))
	}
	d := s.f.DottedName(recv)
	if d == "" {
		return false
	}
	head, _, _ := strings.Cut(d, ".")
	if _, imported := s.f.Imports[head]; imported {
		// `from myproject import app` in run.py is the Flask app; `asyncio.run` is not.
		root, _, _ := strings.Cut(s.f.Resolve(d), ".")
		return flaskRooted(root) || appLike(d) && !otherFrameworks[root]
	}
	if d == "self" || d == "cls" {
		return false
	}
	return s.webImports && (loose || appLike(d))
}

// settingsMarkers are module-level names that only a settings module defines.
var settingsMarkers = map[string]bool{"SECRET_KEY": true, "INSTALLED_APPS": true, "ROOT_URLCONF": true}

// djangoMarkers are the settings markers that only Django uses.
var djangoMarkers = map[string]bool{"INSTALLED_APPS": true, "ROOT_URLCONF": true}

// settingsModule tells whether the file is a settings module (by its path, or by defining a
// settings marker at module level) and whether it is Django's.
func (s *scope) settingsModule() (settings, django bool) {
	if !s.settingsKnown {
		s.settingsKnown = true
		s.settings, s.django = settingsModule(s.f)
	}
	return s.settings, s.django
}

func settingsModule(f *python.File) (settings, django bool) {
	base := strings.TrimSuffix(filepath.Base(f.Path), ".py")
	dir := filepath.Base(filepath.Dir(f.Path))
	byPath := dir == "settings" || strings.HasPrefix(base, "settings") || strings.HasSuffix(base, "_settings")
	django = byPath || f.ImportsModule("django")
	settings = byPath
	for i := uint(0); i < python.NamedChildCount(f.Root); i++ {
		st := python.NamedChild(f.Root, i)
		if python.KindOf(st) != "expression_statement" || python.NamedChildCount(st) == 0 {
			continue
		}
		a := python.NamedChild(st, 0)
		if python.KindOf(a) != "assignment" {
			continue
		}
		if l := python.Child(a, "left"); l != nil && python.KindOf(l) == "identifier" {
			name := f.Text(l)
			settings = settings || settingsMarkers[name]
			django = django || djangoMarkers[name]
		}
	}
	return settings, django
}

// devModuleWords name settings modules meant for a developer's machine or the test suite
// (settings/dev.py, local_settings.py): a DEBUG = True there is their purpose.
var devModuleWords = map[string]bool{"dev": true, "develop": true, "development": true, "local": true, "test": true, "tests": true, "testing": true}

func devModule(f *python.File) bool {
	base := strings.TrimSuffix(filepath.Base(f.Path), ".py")
	for _, w := range strings.FieldsFunc(strings.ToLower(base), func(r rune) bool { return r == '_' || r == '-' || r == '.' }) {
		if devModuleWords[w] {
			return true
		}
	}
	return false
}

// configEntry is one setting passed to config.update / from_mapping.
type configEntry struct {
	node  *sitter.Node // keyword_argument or pair, for the position
	key   string
	value *sitter.Node
	// direct: a keyword argument written in the call, which a fix can delete.
	direct bool
}

// configEntries lists the settings a call passes by keyword, in `**{...}`, or in a literal
// dictionary or `dict(...)` call given as positional argument: update(DEBUG=True),
// update({"DEBUG": True}), from_mapping(dict(DEBUG=True)).
func configEntries(f *python.File, call *sitter.Node) []configEntry {
	args := python.Child(call, "arguments")
	if args == nil || python.KindOf(args) != "argument_list" {
		return nil
	}
	var out []configEntry
	for i := uint(0); i < python.NamedChildCount(args); i++ {
		a := python.Unparen(python.NamedChild(args, i))
		switch python.KindOf(a) {
		case "keyword_argument":
			out = append(out, configEntry{a, f.Text(python.Child(a, "name")), python.Child(a, "value"), true})
		case "dictionary_splat":
			if d := python.Unparen(python.NamedChild(a, 0)); d != nil && python.KindOf(d) == "dictionary" {
				out = append(out, dictEntries(f, d)...)
			}
		case "dictionary":
			out = append(out, dictEntries(f, a)...)
		case "call":
			if f.QualifiedName(python.Callee(a)) != "dict" {
				continue
			}
			// dict(DEBUG=True), one level down only.
			inner := python.Child(a, "arguments")
			for j := uint(0); inner != nil && j < python.NamedChildCount(inner); j++ {
				if k := python.NamedChild(inner, j); python.KindOf(k) == "keyword_argument" {
					out = append(out, configEntry{k, f.Text(python.Child(k, "name")), python.Child(k, "value"), false})
				}
			}
		}
	}
	return out
}

func dictEntries(f *python.File, d *sitter.Node) []configEntry {
	var out []configEntry
	for i := uint(0); i < python.NamedChildCount(d); i++ {
		p := python.NamedChild(d, i)
		if python.KindOf(p) != "pair" {
			continue
		}
		if k, ok := f.StringValue(python.Child(p, "key")); ok {
			out = append(out, configEntry{p, k, python.Child(p, "value"), false})
		}
	}
	return out
}

// configReceiver returns X when n is `X.config`, or nil.
func configReceiver(f *python.File, n *sitter.Node) *sitter.Node {
	n = python.Unparen(n)
	if n == nil || python.KindOf(n) != "attribute" || f.Text(python.Child(n, "attribute")) != "config" {
		return nil
	}
	return python.Child(n, "object")
}
