package hardening

import (
	"fmt"
	"path"
	"sort"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// flaskCORSSettings are the Flask configuration keys flask-cors reads (get_app_kwarg_dict), by
// the option each stands for; the others do not decide whether any origin gets credentials.
var flaskCORSSettings = map[string]string{
	"CORS_SUPPORTS_CREDENTIALS": "supports_credentials",
	"CORS_ORIGINS":              "origins",
	"CORS_RESOURCES":            "resources",
	"CORS_SEND_WILDCARD":        "send_wildcard",
}

// corsConfig is what an application's configuration, as written in this file, tells flask-cors.
type corsConfig struct {
	opts map[string]configValue // option name -> its value, the last one written
	// opaque: the configuration is also loaded from elsewhere (a file, the environment, an
	// object or a mapping not in this file) or a CORS setting is chosen at run time, so an
	// option it does not show may still be set.
	opaque bool
}

// configValue is a setting's value and the node that sets it.
type configValue struct {
	value, at *sitter.Node
	key       string
	// file holds value when another module sets it (at is then nil), and where names the line
	// and file.
	file  *python.File
	where string
}

// place says where the setting is written: " on line 3", or " on line 3 of config.py" for
// another module's.
func (cv *configValue) place() string {
	if cv.where != "" {
		return cv.where
	}
	return fmt.Sprintf(" on line %d", python.StartPosition(cv.at).Row+1)
}

// configWrite is one write to an application's configuration.
type configWrite struct {
	node  *sitter.Node // the statement or call that writes
	app   string       // the application whose configuration it writes ("app" of app.config)
	scope uintptr      // the function (or module) it is written in
	// apply records what the write sets.
	apply func(c *corsConfig)
}

// configWrites lists, in source order, the writes of flask-cors settings to any application's
// configuration in the file: app.config["CORS_ORIGINS"] = ..., app.config.update(...),
// from_mapping(...), setdefault(...), from_object(Config) with Config a class of this file (or
// __name__, the module itself), and the loaders that may set any of them out of sight.
func configWrites(c *corsPass) []configWrite {
	pass, f := c.Pass, c.File
	var writes []configWrite
	// add records a write by node to the configuration object config.
	add := func(node, config *sitter.Node, apply func(c *corsConfig)) {
		writes = append(writes, configWrite{node: node, app: f.Text(python.Child(python.Unparen(config), "object")),
			scope: enclosingFunctionOrModule(f, node).Id(), apply: apply})
	}
	// set records the write, by node, of a setting (written at a class attribute for from_object).
	set := func(node, config *sitter.Node, cv configValue, conditional, onlyIfUnset bool) {
		opt, ok := flaskCORSSettings[cv.key]
		if !ok {
			return
		}
		add(node, config, func(c *corsConfig) {
			if conditional {
				c.opaque = true
				return
			}
			if _, done := c.opts[opt]; done && onlyIfUnset {
				return
			}
			c.opts[opt] = cv
		})
	}
	opaque := func(node, config *sitter.Node) {
		add(node, config, func(c *corsConfig) { c.opaque = true })
	}
	// app.config["CORS_SUPPORTS_CREDENTIALS"] = True
	for _, a := range pass.Nodes("assignment") {
		left := python.Child(a, "left")
		if left == nil || python.KindOf(left) != "subscript" || !configObject(f, python.Child(left, "value")) {
			continue
		}
		if key, ok := literal(f, python.Child(left, "subscript")); ok {
			set(a, python.Child(left, "value"), configValue{value: python.AssignedValue(a), at: a, key: key}, python.RuntimeConditional(f, a), false)
		}
	}
	for _, call := range pass.Nodes("call") {
		callee := python.Callee(call)
		if callee == nil || python.KindOf(callee) != "attribute" {
			continue
		}
		config := python.Child(callee, "object")
		if !configObject(f, config) {
			continue
		}
		conditional := python.RuntimeConditional(f, call)
		switch method := f.Text(python.Child(callee, "attribute")); {
		case method == "update" || method == "from_mapping":
			if opaqueMapping(call) {
				opaque(call, config)
				continue
			}
			for _, kw := range configKeywords(f, call) {
				set(call, config, configValue{value: kw.value, at: kw.node, key: kw.name}, conditional, false)
			}
		case method == "setdefault":
			if args := python.CallArgs(call); len(args) == 2 {
				if key, ok := literal(f, args[0]); ok {
					set(call, config, configValue{value: args[1], at: call, key: key}, conditional, true)
				}
			}
		case method == "from_object":
			settings, ok := objectSettings(c, call)
			if !ok || conditional {
				opaque(call, config)
				continue
			}
			for _, st := range settings {
				set(call, config, st, false, false)
			}
		case configLoaders[method]:
			opaque(call, config)
		}
	}
	sort.SliceStable(writes, func(i, j int) bool { return python.StartByte(writes[i].node) < python.StartByte(writes[j].node) })
	return writes
}

// flaskCORSConfig returns what the configuration writes tell flask-cors of an application. app
// is the application's expression ("" for any application: @cross_origin reads the
// configuration of the one serving the request, at request time). When before is not nil only
// what is written before it in its scope counts: CORS(app) reads the configuration once, when it
// is called.
func flaskCORSConfig(f *python.File, writes []configWrite, app string, before *sitter.Node) *corsConfig {
	var scope uintptr
	var limit uint
	if before != nil {
		scope, limit = enclosingFunctionOrModule(f, before).Id(), python.StartByte(before)
	}
	c := &corsConfig{opts: map[string]configValue{}}
	for _, w := range writes {
		if before != nil && (python.StartByte(w.node) >= limit) {
			break
		}
		if app != "" && w.app != app || before != nil && w.scope != scope {
			continue
		}
		w.apply(c)
	}
	return c
}

// opaqueMapping reports whether config.update(...) or from_mapping(...) is given a mapping that
// is not a literal dictionary (a variable, dict(...) of one), where any setting may hide.
func opaqueMapping(call *sitter.Node) bool {
	if hasOpaqueSplat(call) {
		return true
	}
	for _, a := range python.CallArgs(call) {
		if a = python.Unparen(a); python.KindOf(a) != "dictionary" {
			return true
		}
	}
	return false
}

// maxConfigBases bounds how many classes of a configuration class's hierarchy are read.
const maxConfigBases = 16

// objectSettings returns the CORS settings app.config.from_object(obj) loads when obj is a class
// of this file (its attributes and those of its bases of this file, a subclass overriding),
// __name__ (the module's own top-level names), or a class or module of another module that the
// project pre-pass read (by import, config.ProductionConfig, or by name, "config.ProductionConfig");
// ok is false for any other object.
func objectSettings(c *corsPass, call *sitter.Node) (out []configValue, ok bool) {
	f := c.File
	args := python.CallArgs(call)
	if len(args) != 1 {
		return nil, false
	}
	obj := python.Unparen(args[0])
	if obj == nil {
		return nil, false
	}
	if s, ok := f.StringValue(obj); ok {
		// werkzeug's import_string takes "config.ProductionConfig" and "config:ProductionConfig".
		return c.foreignSettings(strings.ReplaceAll(s, ":", "."))
	}
	if python.KindOf(obj) == "attribute" {
		d := f.DottedName(obj)
		head, _, _ := strings.Cut(d, ".")
		if _, imported := f.Imports[head]; d == "" || !imported {
			return nil, false
		}
		return c.foreignSettings(absoluteImport(f, f.Resolve(d)))
	}
	if python.KindOf(obj) != "identifier" {
		return nil, false
	}
	if f.Text(obj) == "__name__" {
		return blockSettings(f, f.Root), true
	}
	if full, imported := f.Imports[f.Text(obj)]; imported {
		return c.foreignSettings(absoluteImport(f, full))
	}
	classes := fileClasses(f)
	cls := classes[f.Text(obj)]
	if cls == nil {
		return nil, false
	}
	return classSettings(f, classes, cls), true
}

// fileClasses returns the classes of the file defined outside functions, the first of each name.
func fileClasses(f *python.File) map[string]*sitter.Node {
	classes := map[string]*sitter.Node{}
	for _, c := range f.Nodes("class_definition") {
		if name := f.Text(python.Child(c, "name")); classes[name] == nil && python.EnclosingFunction(c) == nil {
			classes[name] = c
		}
	}
	return classes
}

// classSettings returns the CORS settings of a configuration class: its attributes and those of
// its bases among classes, a subclass overriding.
func classSettings(f *python.File, classes map[string]*sitter.Node, cls *sitter.Node) (out []configValue) {
	// The chain from the class up, then read from the most basic down so that a subclass's
	// settings come last and win.
	var chain []*sitter.Node
	seen := map[uintptr]bool{}
	for queue := []*sitter.Node{cls}; len(queue) > 0 && len(chain) < maxConfigBases; {
		c := queue[0]
		queue = queue[1:]
		if seen[c.Id()] {
			continue
		}
		seen[c.Id()] = true
		chain = append(chain, c)
		supers := python.Child(c, "superclasses")
		for i := uint(0); supers != nil && i < python.NamedChildCount(supers); i++ {
			if b := python.NamedChild(supers, i); python.KindOf(b) == "identifier" && classes[f.Text(b)] != nil {
				queue = append(queue, classes[f.Text(b)])
			}
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		out = append(out, blockSettings(f, python.Child(chain[i], "body"))...)
	}
	return out
}

// absoluteImport resolves a relative import's dotted path (".config.ProductionConfig", as
// File.Imports records `from .config import ProductionConfig`) against the file's module.
func absoluteImport(f *python.File, dotted string) string {
	rest := strings.TrimLeft(dotted, ".")
	level := len(dotted) - len(rest)
	if level == 0 {
		return dotted
	}
	if f.Module == "" {
		return ""
	}
	pkg := strings.Split(f.Module, ".")
	if path.Base(f.Path) != "__init__.py" {
		pkg = pkg[:len(pkg)-1]
	}
	if level-1 > len(pkg) {
		return ""
	}
	return strings.Trim(strings.Join(pkg[:len(pkg)-(level-1)], ".")+"."+rest, ".")
}

// blockSettings returns the CORS settings a module or class body assigns as plain statements.
func blockSettings(f *python.File, block *sitter.Node) []configValue {
	var out []configValue
	for i := uint(0); block != nil && i < python.NamedChildCount(block); i++ {
		st := python.NamedChild(block, i)
		if python.KindOf(st) != "expression_statement" {
			continue
		}
		a := python.NamedChild(st, 0)
		if a == nil || python.KindOf(a) != "assignment" {
			continue
		}
		left := python.Child(a, "left")
		if left == nil || python.KindOf(left) != "identifier" {
			continue
		}
		if key := f.Text(left); strings.HasPrefix(key, "CORS_") {
			out = append(out, configValue{value: python.AssignedValue(a), at: a, key: key})
		}
	}
	return out
}
