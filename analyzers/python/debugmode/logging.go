package debugmode

import (
	"fmt"
	"strconv"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// VerboseLogging reports the log level set to DEBUG with a constant (AV203).
var VerboseLogging = python.NewAnalyzer("AV203",
	[]string{"call", "assignment"},
	// logging.DEBUG and "DEBUG" spell DEBUG; a numeric level (10) is read only by basicConfig,
	// setLevel, dictConfig, LOGGING and *LOG_LEVEL / *LOGGING_LEVEL settings, named here.
	[]string{"DEBUG", "basicConfig", "setLevel", "dictConfig", "LOGGING", "LOG_LEVEL"},
	runVerboseLogging)

const (
	whyDebugLogs = `debug logs record request bodies, headers, tokens and SQL parameters that normal logs leave out, and a level fixed in code is what production runs with`

	basicConfigMsg = `logging.basicConfig sets the root log level to DEBUG: ` + whyDebugLogs +
		`; read the level from the environment (level=os.environ.get("LOG_LEVEL", "INFO"))`
	// setLevelMsg takes whose level it is ("the root logger's").
	setLevelMsg = `%s level is set to DEBUG: ` + whyDebugLogs +
		`; read the level from the environment (os.environ.get("LOG_LEVEL", "INFO"))`
	// levelSettingMsg takes the setting's name.
	levelSettingMsg = `the %s setting is DEBUG: ` + whyDebugLogs +
		`; read it from the environment (os.environ.get("LOG_LEVEL", "INFO"))`
	// dictLevelMsg takes the logger's description.
	dictLevelMsg = `%s level is DEBUG in the logging configuration: ` + whyDebugLogs +
		`; use "INFO" or read the level from the environment`
)

func runVerboseLogging(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	assignments := pass.Nodes("assignment")
	s := newScope(f, assignments)
	seen := map[uintptr]bool{} // logging dictionaries already checked
	report := func(n *sitter.Node, ds []python.Diagnostic) {
		if len(ds) > 0 && !python.RuntimeConditional(f, n) && !afterDebugGuard(f, n) {
			for _, d := range ds {
				pass.Report(d)
			}
		}
	}
	for _, call := range pass.Nodes("call") {
		report(call, s.loggingCall(call, assignments, seen))
	}
	for _, a := range assignments {
		left, value := python.Child(a, "left"), python.AssignedValue(a)
		if left == nil || value == nil {
			continue
		}
		switch python.KindOf(left) {
		case "subscript":
			// app.config["LOGGING_LEVEL"] = "DEBUG", the seed article's way.
			if key, ok := f.SubscriptKey(left); ok && levelSetting(key) && debugLevel(f, value) {
				report(a, []python.Diagnostic{python.NodeDiagnostic(a, fmt.Sprintf(levelSettingMsg, key))})
			}
		case "identifier":
			if !python.AtModuleLevel(a) {
				continue
			}
			switch name := f.Text(left); {
			case name == "LOGGING" && python.KindOf(value) == "dictionary" && !seen[value.Id()]:
				// Django's LOGGING setting (a dictConfig dictionary).
				seen[value.Id()] = true
				report(a, loggingDict(f, value))
			case levelSetting(name) && debugLevel(f, value):
				report(a, []python.Diagnostic{python.NodeDiagnostic(a, fmt.Sprintf(levelSettingMsg, name))})
			}
		}
	}
}

// afterDebugGuard reports whether n follows, in its function, a guard clause that leaves unless a
// debug or verbose flag is on (`if not args.debug: return`): the level is then the flag's
// choice, as inside `if args.debug:`.
func afterDebugGuard(f *python.File, n *sitter.Node) bool {
	fn := python.EnclosingFunction(n)
	for st := n; st != nil && (fn == nil || st.Id() != fn.Id()); st = python.Parent(st) {
		p := python.Parent(st)
		if p == nil || python.KindOf(p) != "block" {
			continue
		}
		for _, prev := range python.NamedChildren(p) {
			if python.StartByte(prev) >= python.StartByte(st) {
				break
			}
			if python.KindOf(prev) != "if_statement" || python.Child(prev, "alternative") != nil {
				continue
			}
			cond := strings.ToLower(f.Text(python.Child(prev, "condition")))
			if !strings.Contains(cond, "debug") && !strings.Contains(cond, "verbos") {
				continue
			}
			if body := python.Child(prev, "consequence"); body != nil && python.NamedChildCount(body) > 0 {
				switch python.KindOf(python.NamedChild(body, python.NamedChildCount(body)-1)) {
				case "return_statement", "raise_statement":
					return true
				}
			}
		}
	}
	return false
}

// levelSetting reports whether a setting's name says it holds a log level.
func levelSetting(name string) bool {
	head, ok := strings.CutSuffix(name, "LOG_LEVEL")
	if !ok {
		if head, ok = strings.CutSuffix(name, "LOGGING_LEVEL"); !ok {
			return false
		}
	}
	// TRACE_LOG_LEVEL = 5 defines a level (uvicorn's TRACE), and DEBUG_LOG_LEVEL is the level of
	// a debug mode: a name whose last word before it is a level's is not the configured level.
	words := strings.Split(strings.TrimSuffix(strings.ToUpper(head), "_"), "_")
	return !levelNames[words[len(words)-1]]
}

// levelNames are the names of log levels, the standard library's and common custom ones.
var levelNames = map[string]bool{
	"TRACE": true, "DEBUG": true, "VERBOSE": true, "SPAM": true, "FINE": true, "FINER": true, "FINEST": true,
	"INFO": true, "NOTICE": true, "SUCCESS": true, "WARN": true, "WARNING": true, "ERROR": true,
	"CRITICAL": true, "FATAL": true, "NOTSET": true,
}

// debugLevel reports whether n is the DEBUG level as a constant: logging.DEBUG (under any
// import alias), "DEBUG", or a number from 1 to 10 (DEBUG is 10; lower levels are more verbose).
func debugLevel(f *python.File, n *sitter.Node) bool {
	n = python.Unparen(n)
	if n == nil {
		return false
	}
	switch python.KindOf(n) {
	case "integer":
		v, err := strconv.ParseInt(f.Text(n), 0, 64)
		return err == nil && v >= 1 && v <= 10
	case "string", "concatenated_string":
		v, ok := f.StringValue(n)
		return ok && v == "DEBUG"
	case "identifier", "attribute":
		return f.QualifiedName(n) == "logging.DEBUG"
	}
	return false
}

// loggingCall returns the findings of a call that sets a debug level.
func (s *scope) loggingCall(call *sitter.Node, assignments []*sitter.Node, seen map[uintptr]bool) []python.Diagnostic {
	f := s.f
	callee := python.Callee(call)
	switch f.QualifiedName(callee) {
	case "logging.basicConfig":
		if v := f.KeywordArg(call, "level"); debugLevel(f, v) {
			return []python.Diagnostic{python.NodeDiagnostic(call, basicConfigMsg)}
		}
		return nil
	case "logging.config.dictConfig":
		args := python.CallArgs(call)
		if len(args) == 0 {
			return nil
		}
		d := python.Unparen(args[0])
		if python.KindOf(d) == "identifier" {
			d = moduleDict(f, assignments, f.Text(d))
		}
		if d == nil || python.KindOf(d) != "dictionary" || seen[d.Id()] {
			return nil
		}
		seen[d.Id()] = true
		return loggingDict(f, d)
	}
	if callee == nil || python.KindOf(callee) != "attribute" {
		return nil
	}
	switch f.Text(python.Child(callee, "attribute")) {
	case "update", "from_mapping":
		// app.config.update(LOGGING_LEVEL="DEBUG")
		if configReceiver(f, python.Child(callee, "object")) == nil {
			return nil
		}
		var out []python.Diagnostic
		for _, e := range configEntries(f, call) {
			if levelSetting(e.key) && debugLevel(f, e.value) {
				out = append(out, python.NodeDiagnostic(call, fmt.Sprintf(levelSettingMsg, e.key)))
			}
		}
		return out
	case "setLevel":
	default:
		return nil
	}
	var level *sitter.Node
	if args := python.CallArgs(call); len(args) > 0 {
		level = args[0]
	} else {
		level = f.KeywordArg(call, "level")
	}
	if !debugLevel(f, level) {
		return nil
	}
	who := s.loggerOf(python.Child(callee, "object"))
	if who == "" {
		return nil
	}
	// A logger tuned inside some function is a local choice; at module level or in the
	// application factory it is the application's level.
	if fn := python.EnclosingFunction(call); fn != nil && !s.appFactory(fn) {
		return nil
	}
	return []python.Diagnostic{python.NodeDiagnostic(call, fmt.Sprintf(setLevelMsg, who))}
}

// argOf returns the keyword argument or dictionary entry holding value, for the finding's span.
func argOf(value *sitter.Node) *sitter.Node {
	if p := python.Parent(value); p != nil && (python.KindOf(p) == "keyword_argument" || python.KindOf(p) == "pair") {
		return p
	}
	return value
}

// moduleDict returns the dictionary literal assigned to name at module level, if any.
func moduleDict(f *python.File, assignments []*sitter.Node, name string) *sitter.Node {
	for _, a := range assignments {
		if l := python.Child(a, "left"); l != nil && python.KindOf(l) == "identifier" && f.Text(l) == name && python.AtModuleLevel(a) {
			if v := python.AssignedValue(a); v != nil && python.KindOf(v) == "dictionary" {
				return v
			}
		}
	}
	return nil
}

// loggerOf describes the logger that recv stands for ("the root logger's"), or returns "" when
// recv is not known to be a logger (a handler's setLevel does not widen what is logged).
func (s *scope) loggerOf(recv *sitter.Node) string {
	f := s.f
	recv = python.Unparen(recv)
	if recv == nil {
		return ""
	}
	if python.KindOf(recv) == "call" && f.QualifiedName(python.Callee(recv)) == "logging.getLogger" {
		return describeLogger(f, recv)
	}
	if f.QualifiedName(recv) == "logging.root" {
		return "the root logger's"
	}
	if python.KindOf(recv) == "attribute" && f.Text(python.Child(recv, "attribute")) == "logger" {
		if obj := python.Child(recv, "object"); s.isFlask(obj, true) {
			return "the Flask app logger's"
		}
		return ""
	}
	switch o := s.originOf(recv); o.kind {
	case logger:
		return describeLogger(f, o.call)
	case unknown:
		if _, imported := f.Imports[f.Text(recv)]; !imported && python.KindOf(recv) == "identifier" {
			switch strings.ToLower(strings.Trim(f.Text(recv), "_")) {
			case "logger", "log", "root_logger":
				return "the logger's"
			}
		}
	}
	return ""
}

// describeLogger names the logger a logging.getLogger call returns.
func describeLogger(f *python.File, call *sitter.Node) string {
	args := python.CallArgs(call)
	if len(args) == 0 || python.KindOf(python.Unparen(args[0])) == "none" {
		return "the root logger's"
	}
	if a := python.Unparen(args[0]); python.KindOf(a) == "identifier" && f.Text(a) == "__name__" {
		return "the module logger's"
	}
	if name, ok := f.StringValue(args[0]); ok {
		if name == "" || name == "root" {
			return "the root logger's"
		}
		return fmt.Sprintf("the %q logger's", name)
	}
	return "the logger's"
}

// appFactory reports whether fn builds the application: it is named like a factory
// (create_app) or assigns a Flask, FastAPI or Starlette application.
func (s *scope) appFactory(fn *sitter.Node) bool {
	if factoryName.MatchString(s.f.Text(python.Child(fn, "name"))) {
		return true
	}
	for _, o := range s.names {
		switch o.kind {
		case flaskApp, fastAPIApp, starletteApp:
			if o.assign == nil || python.StartByte(o.assign) < python.StartByte(fn) || python.EndByte(o.assign) > python.EndByte(fn) {
				continue
			}
			if e := python.EnclosingFunction(o.assign); e != nil && e.Id() == fn.Id() {
				return true
			}
		}
	}
	return false
}

// loggingDict returns the findings of a dictConfig dictionary (Django's LOGGING): a DEBUG level
// on the root logger or on Django's loggers. Handler levels are left alone (a handler only
// filters what its loggers let through), and so are the application's own named loggers, a
// deliberate, scoped choice; only the global and framework-wide levels are reported.
func loggingDict(f *python.File, d *sitter.Node) []python.Diagnostic {
	var out []python.Diagnostic
	check := func(logger *sitter.Node, who string) {
		if logger = python.Unparen(logger); logger == nil || python.KindOf(logger) != "dictionary" {
			return
		}
		if lv := f.DictValue(logger, "level"); debugLevel(f, lv) {
			out = append(out, python.NodeDiagnostic(argOf(lv), fmt.Sprintf(dictLevelMsg, who)))
		}
	}
	check(f.DictValue(d, "root"), "the root logger's")
	loggers := python.Unparen(f.DictValue(d, "loggers"))
	if loggers == nil || python.KindOf(loggers) != "dictionary" {
		return out
	}
	for _, e := range dictEntries(f, loggers) {
		switch {
		case e.key == "" || e.key == "root":
			check(e.value, "the root logger's")
		case e.key == "django" || strings.HasPrefix(e.key, "django."):
			check(e.value, fmt.Sprintf("the %q logger's", e.key))
		}
	}
	return out
}
