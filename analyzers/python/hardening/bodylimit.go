package hardening

import (
	"fmt"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// BodyLimit reports a Flask application that reads request bodies without MAX_CONTENT_LENGTH
// (AV704).
var BodyLimit = python.NewAnalyzer("AV704",
	[]string{"call", "attribute", "assignment"},
	// Only a file that creates a Flask application is reported: it names flask.Flask.
	[]string{"Flask"},
	runBodyLimit)

const bodyLimitMsg = `this Flask app reads request bodies (%s) but never sets MAX_CONTENT_LENGTH: ` +
	`a client can send a body of any size, which Flask reads into memory or spools to disk, and a few such requests exhaust the server; ` +
	`set app.config["MAX_CONTENT_LENGTH"] to the largest body you accept (e.g. 1024 * 1024)`

// bodyReads are the flask.request members that read the body.
var bodyReads = map[string]bool{
	"flask.request.get_json": true, "flask.request.json": true, "flask.request.data": true,
	"flask.request.get_data": true, "flask.request.form": true, "flask.request.files": true,
	"flask.request.values": true, "flask.request.stream": true,
}

// configLoaders load a Flask configuration from elsewhere, where MAX_CONTENT_LENGTH may be set.
var configLoaders = map[string]bool{
	"from_object": true, "from_pyfile": true, "from_envvar": true, "from_prefixed_env": true,
	"from_file": true,
}

const maxLength = "MAX_CONTENT_LENGTH"

func runBodyLimit(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	creates := false
	for _, call := range pass.Nodes("call") {
		switch f.QualifiedName(python.Callee(call)) {
		case "flask.Flask", "flask.app.Flask":
			creates = true
			continue
		}
		if limitedByCall(f, call) {
			return
		}
	}
	if !creates {
		return
	}
	for _, a := range pass.Nodes("assignment") {
		if limitedByAssignment(f, a) {
			return
		}
	}
	for _, at := range pass.Nodes("attribute") {
		if name := f.QualifiedName(at); bodyReads[name] {
			pass.Report(python.NodeDiagnostic(at, fmt.Sprintf(bodyLimitMsg, f.Text(at))))
			return
		}
	}
}

// limitedByCall reports whether call sets MAX_CONTENT_LENGTH (config.update(MAX_CONTENT_LENGTH=n),
// from_mapping) or may set it out of sight: a configuration loaded from an object, a file or the
// environment, or updated from a variable.
func limitedByCall(f *python.File, call *sitter.Node) bool {
	callee := python.Callee(call)
	if callee == nil || python.KindOf(callee) != "attribute" {
		return false
	}
	method := f.Text(python.Child(callee, "attribute"))
	obj := python.Unparen(python.Child(callee, "object"))
	if obj == nil || python.KindOf(obj) != "attribute" || f.Text(python.Child(obj, "attribute")) != "config" {
		return false
	}
	switch {
	case configLoaders[method]:
		return true
	case method == "update" || method == "from_mapping" || method == "setdefault":
		if hasOpaqueSplat(call) {
			return true
		}
		for _, a := range python.CallArgs(call) {
			if a := python.Unparen(a); python.KindOf(a) != "dictionary" {
				if s, ok := f.StringValue(a); ok && s == maxLength && method == "setdefault" {
					return true
				}
				if python.KindOf(a) != "string" {
					return true // a mapping from a variable
				}
				continue
			}
			if f.DictValue(python.Unparen(a), maxLength) != nil {
				return true
			}
		}
		return f.KeywordArg(call, maxLength) != nil
	}
	return false
}

// limitedByAssignment reports whether a sets MAX_CONTENT_LENGTH: app.config["MAX_CONTENT_LENGTH"]
// = n, a configuration class or module attribute MAX_CONTENT_LENGTH = n, or Flask 3.1's
// request.max_content_length / app.request_class.max_content_length.
func limitedByAssignment(f *python.File, a *sitter.Node) bool {
	left := python.Child(a, "left")
	if left == nil {
		return false
	}
	switch python.KindOf(left) {
	case "subscript":
		key, ok := f.SubscriptKey(left)
		return ok && key == maxLength
	case "identifier":
		return f.Text(left) == maxLength
	case "attribute":
		name := f.Text(python.Child(left, "attribute"))
		return name == "max_content_length" || name == maxLength
	}
	return false
}
