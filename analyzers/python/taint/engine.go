package taint

import (
	"bytes"
	"fmt"
	"math/bits"
	"regexp"
	"slices"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// Rules, as bit positions of a trace's sanitized mask.
const (
	sqlRule = iota
	cmdRule
	tmplRule
	pathRule
	redirectRule
	deserRule
	ssrfRule
	evalRule
	numRules
)

var ruleIDs = [numRules]string{"AV401", "AV402", "AV403", "AV404", "AV405", "AV406", "AV407", "AV408"}

const (
	maxDepth  = 200 // expression and statement nesting followed
	maxSteps  = 24  // flow steps kept per trace
	maxTraces = 4   // distinct origins kept per value
	maxRounds = 4   // summary fixed-point rounds
)

// origin is where tainted data enters: a request source, or (while summarising a function) one
// of its parameters.
type origin struct {
	param int // -1 for a request source
	node  *sitter.Node
	desc  string
	clean uint16 // rules the source cannot serve (Flask's request.path cannot redirect off-site)
	shape shape  // what the read gives: text (a query parameter, the raw body) or a structure
	// noPlain: not reported in an HTML body without literal tags: another site cannot set it in
	// its victim's request (a header, a cookie, a JSON body, a file name), or it may be a number
	// (a Django URL parameter, which the URL pattern may convert).
	noPlain bool
}

// shape is what a tainted value is, for the HTML response bodies it may reach.
type shape uint8

const (
	opaque shape = iota // a structure (a parsed JSON body, a dict of parameters) or not known
	text                // a string: a query or form parameter, the raw body, a string built from them
	markup              // written into a string that holds literal HTML tags
)

// step is one place of a flow, linked backwards.
type step struct {
	rel  python.Related
	prev *step
	n    int
}

func (s *step) add(n *sitter.Node, msg string) *step {
	if n == nil {
		return s
	}
	if s != nil && s.n >= maxSteps {
		return s
	}
	c := 1
	if s != nil {
		c = s.n + 1
	}
	return &step{rel: python.RelatedAt(n, msg), prev: s, n: c}
}

func (s *step) list() []python.Related {
	var out []python.Related
	for ; s != nil; s = s.prev {
		out = append(out, s.rel)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// trace is one tainted origin with the path it took. Traces are immutable.
type trace struct {
	org     *origin
	steps   *step
	clean   uint16 // rules for which the data has been sanitized
	shape   shape  // text, or text among literal HTML tags; joins keep the larger
	program bool   // names the program a subprocess runs (set at that sink only)
	body    bool   // a parameter that reaches an HTML response body: the caller's shape decides
	plain   bool   // reaches an HTML response body as text without literal tags (set at that sink only)
	boxed   bool   // held in a container (a dict, list, set or tuple); joins keep it
	via     string // the last construction: "an f-string", "% formatting"...
	helpers []string
}

func (t *trace) with(f func(*trace)) *trace {
	c := *t
	f(&c)
	return &c
}

type val []*trace

// join is the union of values, one trace per origin. When two traces of one origin differ, the
// data is sanitized for a rule only if both are, and the steps kept are those of the trace
// sanitized for fewer rules: `if c: q = escape(q)` leaves q raw on the other path.
func join(vs ...val) val {
	var only val
	n := 0
	for _, v := range vs {
		if len(v) > 0 {
			only = v
			n++
		}
	}
	if n <= 1 {
		return only // values are never modified in place: share it
	}
	var out val
	for _, v := range vs {
		for _, t := range v {
			i := 0
			for i < len(out) && out[i].org != t.org {
				i++
			}
			if i == len(out) {
				if len(out) < maxTraces {
					out = append(out, t)
				}
				continue
			}
			o := out[i]
			clean, sh, boxed := o.clean&t.clean, max(o.shape, t.shape), o.boxed || t.boxed
			if clean == o.clean && sh == o.shape && boxed == o.boxed {
				continue
			}
			keep := o
			if bits.OnesCount16(t.clean) < bits.OnesCount16(o.clean) {
				keep = t
			}
			out[i] = keep.with(func(x *trace) { x.clean, x.shape, x.boxed = clean, sh, boxed })
		}
	}
	return out
}

func (v val) mapT(f func(*trace)) val {
	if len(v) == 0 {
		return nil
	}
	out := make(val, len(v))
	for i, t := range v {
		out[i] = t.with(f)
	}
	return out
}

func (v val) stepped(n *sitter.Node, msg string) val {
	return v.mapT(func(t *trace) { t.steps = t.steps.add(n, msg) })
}

// paramSink: a function hands its parameter to a sink.
type paramSink struct {
	rule    int
	sink    *sitter.Node
	sinkFn  string
	steps   *step // from the parameter to the sink, sink included
	via     string
	helpers []string
	shape   shape
	program bool
	body    bool // an HTML response body: reported when the caller's data is text
}

// retOf is how a function returns one of its parameters: built into text or markup, or held
// in a container, on some path.
type retOf struct {
	shape shape
	boxed bool
	clean uint16 // the rules it is sanitized for on every path (return os.path.basename(name))
}

type summary struct {
	returns map[int]retOf // parameter index -> the return value depends on it, and how
	retReal val           // request data the function returns by itself
	sinks   map[int][]paramSink
	cross   []paramCross // parameters passed on to other modules' functions (join.go)
	read    bool         // a call read it in the current round
}

// finding is one report.
type finding struct {
	rule    int
	sink    *sitter.Node
	msg     string
	related []python.Related
}

// fileModel is the analysis of one file, shared by the analyzers.
type fileModel struct {
	f         *python.File
	funcs     []*sitter.Node
	byName    map[string]*sitter.Node // module-level functions
	methods   map[string]*sitter.Node // methods of classes, by name (for self.m calls)
	summaries map[uintptr]*summary
	// changedAfterRead: in the current round, a summary grew after a call had read it.
	changedAfterRead bool
	// cross are the values passed to functions of other modules in the current round, and rel
	// the file's relative imports, resolved (join.go).
	cross     []crossCall
	rel       map[string]string
	ext       externalFunc // other modules\' summaries, in the join\'s second look
	reporting bool
	findings  [numRules][]finding
	seen      map[[2]uint]bool
	flask     bool
	fastapi   bool
	django    bool
	// djangoLoose: no framework import, but `request.GET`-style reads: a parameter named
	// request is a Django request, read only through its upper-case attributes.
	djangoLoose bool
	jinja       bool
	// calledInModule: module functions called in the module itself (helpers, not views).
	calledInModule map[string]int
	clients        map[string]bool // module-level HTTP client variables
	// typedFields: the fields of the module's (pydantic) classes annotated with a type that is
	// validated (int, UUID...): reading them off a request model is not free text.
	typedFields map[string]map[string]bool
	// origins: one per source node, so that every round and every loop pass sees the same
	// origin (a loop reaches its fixed point, a summary stops growing).
	origins map[uintptr]*origin
}

func nodeKey(n *sitter.Node) uintptr { return n.Id() }

func analyseFile(f *python.File) *fileModel { return analyse(f, false) }

// analyse builds the file's model. With summaries set it analyses every function even in a module
// that reads no request data, for what the functions do with their parameters: the model of a
// helper module a view passes request data to (see join.go).
func analyse(f *python.File, summaries bool) *fileModel { return analyseWith(f, summaries, nil) }

// analyseWith is analyse with the summaries of other modules' functions (ext, when not nil).
func analyseWith(f *python.File, summaries bool, ext externalFunc) *fileModel {
	m := &fileModel{
		ext: ext,
		f:   f, byName: map[string]*sitter.Node{}, methods: map[string]*sitter.Node{},
		summaries: map[uintptr]*summary{}, seen: map[[2]uint]bool{},
		flask:   f.ImportsModule("flask"),
		fastapi: f.ImportsModule("fastapi") || f.ImportsModule("starlette"),
		django:  f.ImportsModule("django") || f.ImportsModule("rest_framework"),
		jinja:   f.ImportsModule("jinja2") || f.ImportsModule("flask"),
		clients: map[string]bool{}, typedFields: map[string]map[string]bool{},
		origins: map[uintptr]*origin{},
	}
	if !m.flask && !m.fastapi && !m.django {
		// Every source is request data of one of these frameworks, reached through its import:
		// a file importing none of them (a client, a model, a utility) has nothing to follow,
		// unless it reads the upper-case attributes of a Django (or WebOb) request handed to it:
		// views modules and their helpers often import nothing from django.
		if !readsDjangoUpper(f.Src) {
			if !summaries {
				return m
			}
		} else {
			m.djangoLoose = true
		}
	}
	m.readClasses()
	for _, fn := range f.Nodes("function_definition") {
		m.funcs = append(m.funcs, fn)
		name := f.Text(python.Child(fn, "name"))
		p := python.Parent(fn)
		if p != nil && python.KindOf(p) == "decorated_definition" {
			p = python.Parent(p)
		}
		if p == nil {
			continue
		}
		switch python.KindOf(p) {
		case "module":
			m.byName[name] = fn
		case "block":
			if gp := python.Parent(p); gp != nil && python.KindOf(gp) == "class_definition" {
				m.methods[name] = fn
			}
		}
	}
	// Module-level HTTP clients (`client = httpx.Client()`).
	for i := uint(0); i < python.NamedChildCount(f.Root); i++ {
		st := python.NamedChild(f.Root, i)
		if python.KindOf(st) != "expression_statement" || python.NamedChildCount(st) == 0 {
			continue
		}
		a := python.NamedChild(st, 0)
		if python.KindOf(a) == "assignment" {
			if v := python.AssignedValue(a); v != nil && m.isClientCtor(v) {
				if l := python.Child(a, "left"); l != nil && python.KindOf(l) == "identifier" {
					m.clients[f.Text(l)] = true
				}
			}
		}
	}
	// Every round reports. A round in which no summary changed after a call had read it saw
	// the final summaries at every call: analysing again would read the same summaries, add
	// nothing to them and report the same flows, so its reports stand and the analysis stops. A
	// file whose helpers are defined before their callers, as most are, is done in one round.
	m.reporting = true
	stable := false
	for round := 0; round < maxRounds && !stable; round++ {
		m.findings = [numRules][]finding{}
		m.seen = map[[2]uint]bool{}
		m.cross = nil
		for _, s := range m.summaries {
			s.read = false
		}
		m.changedAfterRead = false
		for _, fn := range m.funcs {
			m.analyseFunc(fn)
		}
		stable = !m.changedAfterRead
	}
	if !stable { // capped: report once more with the summaries as they are
		m.findings = [numRules][]finding{}
		m.seen = map[[2]uint]bool{}
		m.cross = nil
		for _, fn := range m.funcs {
			m.analyseFunc(fn)
		}
	}
	return m
}

// grew records that s.sum has grown.
func (s *fnState) grew() {
	if s.sum.read {
		s.m.changedAfterRead = true
	}
}

func (m *fileModel) summaryOf(fn *sitter.Node) *summary {
	s := m.summaries[nodeKey(fn)]
	if s == nil {
		s = &summary{returns: map[int]retOf{}, sinks: map[int][]paramSink{}}
		m.summaries[nodeKey(fn)] = s
	}
	return s
}

// reqKind tells what a request variable is.
type reqKind int

const (
	djangoReq reqKind = iota + 1
	starletteReq
	djangoLooseReq // a request parameter in a file that imports no framework
)

// fnState is the analysis of one function body.
type fnState struct {
	m        *fileModel
	f        *python.File
	fn       *sitter.Node
	name     string
	sum      *summary
	env      env
	loops    []*loopCtx       // the loops around the statement being analysed, innermost last
	tries    []map[string]val // per try body around it: every value assigned in it so far
	reqs     map[string]reqKind
	clients  map[string]bool
	derived  map[string]string       // v = urlparse(w) and the like: checking v checks w
	verdicts map[string]*sitter.Node // ok = check(x): the validation call a variable holds
	models   map[string]string       // parameter -> its class, when defined in the module
	htmlVw   bool                    // a view whose returned string is served as HTML (Flask, FastAPI's HTMLResponse class)
	paramIdx map[string]int
}

type param struct {
	name, typ string
	node      *sitter.Node
	def       *sitter.Node
}

func (f0 *fnState) params() []param {
	f := f0.f
	ps := python.Child(f0.fn, "parameters")
	if ps == nil {
		return nil
	}
	var out []param
	for i := uint(0); i < python.NamedChildCount(ps); i++ {
		p := python.NamedChild(ps, i)
		var pr param
		pr.node = p
		switch python.KindOf(p) {
		case "identifier":
			pr.name = f.Text(p)
		case "typed_parameter":
			if c := python.NamedChild(p, 0); c != nil && python.KindOf(c) == "identifier" {
				pr.name = f.Text(c)
			}
			pr.typ = f.Text(python.Child(p, "type"))
		case "default_parameter":
			pr.name = f.Text(python.Child(p, "name"))
			pr.def = python.Child(p, "value")
		case "typed_default_parameter":
			pr.name = f.Text(python.Child(p, "name"))
			pr.typ = f.Text(python.Child(p, "type"))
			pr.def = python.Child(p, "value")
		default:
			continue // *args, **kwargs, separators
		}
		out = append(out, pr)
	}
	return out
}

var routeDecorators = map[string]bool{
	"route": true, "get": true, "post": true, "put": true, "patch": true, "delete": true,
	"options": true, "head": true, "api_route": true, "websocket": true,
}

// decorators returns the expressions of fn's decorators, calls unwrapped from parentheses:
// `@app.get("/x")` gives the call, `@login_required` the name.
func decorators(fn *sitter.Node) []*sitter.Node {
	p := python.Parent(fn)
	if p == nil || python.KindOf(p) != "decorated_definition" {
		return nil
	}
	var out []*sitter.Node
	for _, d := range python.NamedChildren(p) {
		if python.KindOf(d) != "decorator" || python.NamedChildCount(d) == 0 {
			continue
		}
		if e := python.Unparen(python.NamedChild(d, 0)); e != nil {
			out = append(out, e)
		}
	}
	return out
}

// decoratorCalls returns fn's decorators that are calls.
func decoratorCalls(fn *sitter.Node) []*sitter.Node {
	var out []*sitter.Node
	for _, e := range decorators(fn) {
		if python.KindOf(e) == "call" {
			out = append(out, e)
		}
	}
	return out
}

// routeStrings returns the string first arguments of fn's decorator calls: the paths of
// `@app.route("/items/<id>")` and `@router.get("/items/{id}")`.
func (m *fileModel) routeStrings(fn *sitter.Node) []string {
	var out []string
	for _, c := range decoratorCalls(fn) {
		if args := python.CallArgs(c); len(args) > 0 {
			if s, ok := m.f.StringValue(args[0]); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// routeDecorated reports whether fn carries a route decorator (`@app.get(...)`).
func (m *fileModel) routeDecorated(fn *sitter.Node) bool {
	for _, c := range decoratorCalls(fn) {
		callee := python.Callee(c)
		if callee != nil && python.KindOf(callee) == "attribute" && routeDecorators[m.f.Text(python.Child(callee, "attribute"))] {
			return true
		}
	}
	return false
}

// flaskParam is what a Flask route variable can hold.
type flaskParam int

const (
	flaskNoParam flaskParam = iota // not a route variable, or one a converter parses (int, uuid)
	flaskSegment                   // text without a slash: `<name>`, `<string:name>`, `<any(...):name>`
	flaskPath                      // text with slashes: `<path:name>`
)

// flaskPathParams returns the variables of fn's Flask route rules that arrive as free text:
// `<name>`, `<string:name>` and `<any(a, b):name>` (one of fixed words, but chosen by the
// client) hold one path segment, `<path:name>` any text. Converters that parse the segment
// (`int`, `float`, `uuid`) give values that cannot carry an injection.
func (m *fileModel) flaskPathParams(fn *sitter.Node) map[string]flaskParam {
	out := map[string]flaskParam{}
	for _, rule := range m.routeStrings(fn) {
		for rest := rule; ; {
			i := strings.IndexByte(rest, '<')
			if i < 0 {
				break
			}
			j := strings.IndexByte(rest[i:], '>')
			if j < 0 {
				break
			}
			v := rest[i+1 : i+j]
			rest = rest[i+j+1:]
			conv, name := "string", v
			if k := strings.LastIndexByte(v, ':'); k >= 0 {
				conv, name = strings.TrimSpace(v[:k]), strings.TrimSpace(v[k+1:])
				if k := strings.IndexByte(conv, '('); k >= 0 {
					conv = conv[:k]
				}
			}
			switch conv {
			case "string", "any", "default":
				if out[name] != flaskPath {
					out[name] = flaskSegment
				}
			case "path":
				out[name] = flaskPath
			}
		}
	}
	return out
}

// starletteSegmentParams returns the path parameters of fn's FastAPI or Starlette route paths
// that match one segment: `{name}` and `{name:str}`, not `{name:path}`. Starlette matches
// them against the decoded path with [^/]+, so they hold no slash.
func (m *fileModel) starletteSegmentParams(fn *sitter.Node) map[string]bool {
	out := map[string]bool{}
	whole := map[string]bool{}
	for _, route := range m.routeStrings(fn) {
		for _, mt := range routeParam.FindAllStringSubmatch(route, -1) {
			if conv := strings.TrimSpace(mt[2]); conv == "" || conv == "str" {
				out[mt[1]] = true
			} else {
				whole[mt[1]] = true
			}
		}
	}
	for name := range whole {
		delete(out, name) // a segment in one route and a path in another
	}
	return out
}

var routeParam = regexp.MustCompile(`\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?::([^}]*))?\}`)

// validatedTypes are annotations FastAPI converts and validates: such a parameter is not free text.
var validatedTypes = map[string]bool{
	"int": true, "float": true, "bool": true, "UUID": true, "uuid.UUID": true, "datetime": true,
	"date": true, "time": true, "timedelta": true, "Decimal": true, "datetime.datetime": true,
	"datetime.date": true, "PositiveInt": true, "conint": true, "EmailStr": true,
}

// strParam reports whether a FastAPI parameter annotated typ arrives as a string: str, optional
// or annotated str, or no annotation (a query parameter).
func strParam(typ string) bool {
	typ = strings.ReplaceAll(typ, " ", "")
	if rest, ok := strings.CutPrefix(typ, "Annotated["); ok {
		typ, _, _ = strings.Cut(rest, ",")
	}
	typ = strings.TrimSuffix(strings.TrimPrefix(typ, "Optional["), "]")
	typ = strings.TrimSuffix(strings.TrimPrefix(typ, "Union["), "]")
	typ = strings.TrimSuffix(strings.TrimSuffix(typ, ",None"), "|None")
	typ = strings.TrimPrefix(typ, "None|")
	return typ == "" || typ == "str"
}

// notInput are annotations of injected objects, not request input.
var notInput = map[string]bool{
	"Request": true, "Response": true, "BackgroundTasks": true, "WebSocket": true, "Session": true,
	"AsyncSession": true, "HTTPConnection": true, "SecurityScopes": true,
}

func lastSegment(s string) string {
	if i := strings.LastIndex(s, "."); i >= 0 {
		return s[i+1:]
	}
	return s
}

func (m *fileModel) analyseFunc(fn *sitter.Node) {
	f := m.f
	s := &fnState{
		m: m, f: f, fn: fn, name: f.Text(python.Child(fn, "name")), sum: m.summaryOf(fn),
		env: newEnv(), reqs: map[string]reqKind{}, clients: map[string]bool{},
		derived: map[string]string{}, paramIdx: map[string]int{}, models: map[string]string{},
		verdicts: map[string]*sitter.Node{},
	}
	routed := m.routeDecorated(fn)
	s.htmlVw = m.htmlRoute(fn)
	var flaskParams map[string]flaskParam
	if routed && m.flask {
		flaskParams = m.flaskPathParams(fn)
	}
	fastapiHandler := routed && m.fastapi
	var fastapiSegments map[string]bool
	if fastapiHandler {
		fastapiSegments = m.starletteSegmentParams(fn)
	}
	ps := s.params()
	djangoView := false
	if m.django || m.djangoLoose {
		for i, p := range ps {
			if p.name == "request" && (i == 0 || i == 1 && (ps[0].name == "self" || ps[0].name == "cls")) {
				if m.djangoLoose {
					// Not known to be a view: its other parameters are not URL parameters.
					s.reqs["request"] = djangoLooseReq
					break
				}
				djangoView = true
				s.reqs["request"] = djangoReq
				break
			}
		}
	}
	afterRequest := false
	for i, p := range ps {
		if p.name == "" {
			continue
		}
		s.paramIdx[p.name] = i
		typ := strings.TrimSpace(p.typ)
		if _, ok := m.typedFields[typ]; ok {
			s.models[p.name] = typ
		}
		if q := f.Resolve(typ); q == "fastapi.Request" || q == "starlette.requests.Request" || q == "fastapi.WebSocket" ||
			strings.HasPrefix(q, "starlette.") && lastSegment(q) == "Request" {
			s.reqs[p.name] = starletteReq
			continue
		}
		if p.name == "request" && (s.reqs["request"] == djangoReq || s.reqs["request"] == djangoLooseReq) {
			afterRequest = true
			continue
		}
		switch {
		case fastapiHandler:
			if !m.fastapiInput(p) {
				continue
			}
			o := m.requestParam(p.node, "route parameter", p.name)
			t := &trace{org: o, steps: (*step)(nil).add(p.node, "request data enters as route parameter "+p.name)}
			if strParam(typ) {
				t.shape = text
			}
			if fastapiSegments[p.name] {
				t.clean = 1 << pathRule // `{name}` matches one path segment: no / to climb out with
			}
			s.env.set(p.name, val{t})
		case flaskParams[p.name] != flaskNoParam:
			o := m.requestParam(p.node, "URL path parameter", p.name)
			t := &trace{org: o, shape: text, steps: (*step)(nil).add(p.node, "request data enters as URL path parameter "+p.name)}
			if flaskParams[p.name] == flaskSegment {
				t.clean = 1 << pathRule // one path segment: no / to climb out of a directory with
			}
			s.env.set(p.name, val{t})
		case djangoView && afterRequest && p.def == nil && m.djangoURLParams(fn, ps):
			o := m.requestParam(p.node, "URL parameter", p.name)
			o.noPlain = true // the URL pattern may convert it to a number
			s.env.set(p.name, val{{org: o, shape: text, steps: (*step)(nil).add(p.node, "request data enters as URL parameter "+p.name)}})
		default:
			if p.name == "self" || p.name == "cls" {
				continue
			}
			o := &origin{param: i, node: p.node, desc: "parameter " + p.name}
			s.env.set(p.name, val{{org: o, steps: (*step)(nil).add(p.node, fmt.Sprintf("parameter %s of %s()", p.name, s.name))}})
		}
	}
	body := python.Child(fn, "body")
	s.block(body, 0)
}

// djangoURLParams reports whether the parameters after request of a Django function may be
// URL parameters: it may be a view. A helper takes a request too (render_page(request, page)),
// and its other parameters are whatever its callers pass, which their own analysis follows.
// A view's name is public, and a class-based view's method is named for an HTTP method or a
// DRF action; a module function called in its own module is taken for a helper.
func (m *fileModel) djangoURLParams(fn *sitter.Node, ps []param) bool {
	name := m.f.Text(python.Child(fn, "name"))
	if strings.HasPrefix(name, "_") || helperModule(m.f.Path) {
		return false
	}
	if len(ps) > 0 && (ps[0].name == "self" || ps[0].name == "cls") {
		return viewMethods[name] || m.actionDecorated(fn)
	}
	if m.byName[name] != fn {
		return true
	}
	if m.calledInModule == nil {
		// `name(` more than once in the text: a call besides the definition.
		m.calledInModule = map[string]int{}
		for _, mt := range callText.FindAllSubmatch(m.f.Src, -1) {
			if n := string(mt[1]); m.byName[n] != nil {
				m.calledInModule[n]++
			}
		}
	}
	return m.calledInModule[name] < 2
}

// helperModules are module names that hold what views call, not views.
var helperModules = map[string]bool{
	"helpers": true, "utils": true, "util": true, "services": true, "adapter": true, "adapters": true,
	"forms": true, "models": true, "middleware": true, "signals": true, "tasks": true, "backends": true,
	"mixins": true, "decorators": true, "context_processors": true, "permissions": true,
	"serializers": true, "managers": true, "admin": true,
}

func helperModule(path string) bool {
	base := path[strings.LastIndexAny(path, "/\\")+1:]
	return helperModules[strings.TrimSuffix(base, ".py")] ||
		strings.Contains(path, "templatetags/") || strings.Contains(path, "management/commands/")
}

var callText = regexp.MustCompile(`(?:^|[^\w.])([A-Za-z_]\w*)\s*\(`)

// viewMethods are the methods of Django class-based views and DRF views and viewsets that a
// URL dispatches to, with the URL's parameters.
var viewMethods = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true,
	"options": true, "trace": true, "dispatch": true, "list": true, "create": true,
	"retrieve": true, "update": true, "partial_update": true, "destroy": true,
}

// actionDecorated reports whether a method carries DRF's @action (an extra viewset route).
func (m *fileModel) actionDecorated(fn *sitter.Node) bool {
	for _, c := range decorators(fn) {
		if python.KindOf(c) == "call" {
			c = python.Callee(c)
		}
		if q := m.f.QualifiedName(c); q == "rest_framework.decorators.action" || lastSegment(q) == "action" || lastSegment(q) == "detail_route" || lastSegment(q) == "list_route" {
			return true
		}
	}
	return false
}

// requestParam is the origin of a parameter that receives request data.
func (m *fileModel) requestParam(n *sitter.Node, what, name string) *origin {
	o := m.origins[nodeKey(n)]
	if o == nil {
		o = &origin{param: -1, node: n, desc: fmt.Sprintf("%s %q", what, name)}
		m.origins[nodeKey(n)] = o
	}
	return o
}

func (m *fileModel) fastapiInput(p param) bool {
	f := m.f
	typ := strings.TrimSpace(p.typ)
	if strings.Contains(typ, "Depends(") || strings.Contains(typ, "Security(") {
		return false
	}
	if strings.HasPrefix(typ, "Annotated[") {
		inner := strings.TrimPrefix(typ, "Annotated[")
		if i := strings.IndexAny(inner, ",]"); i >= 0 {
			inner = inner[:i]
		}
		typ = strings.TrimSpace(inner)
	}
	if strings.HasPrefix(typ, "Optional[") {
		typ = strings.TrimSuffix(strings.TrimPrefix(typ, "Optional["), "]")
	}
	typ = strings.TrimSuffix(strings.TrimSpace(strings.Split(typ, "|")[0]), " ")
	if validatedTypes[typ] || notInput[lastSegment(typ)] || strings.HasPrefix(f.Resolve(typ), "sqlalchemy.") {
		return false
	}
	if p.def != nil {
		if c := python.Unparen(p.def); c != nil && python.KindOf(c) == "call" {
			switch lastSegment(f.QualifiedName(python.Callee(c))) {
			case "Depends", "Security":
				return false
			}
		}
	}
	return true
}

// block walks the statements of a block in order.
func (s *fnState) block(b *sitter.Node, depth int) {
	if b == nil || depth > maxDepth {
		return
	}
	for i := uint(0); i < python.NamedChildCount(b); i++ {
		s.stmt(python.NamedChild(b, i), depth+1)
	}
}

func (s *fnState) stmt(n *sitter.Node, depth int) {
	if n == nil || depth > maxDepth {
		return
	}
	f := s.f
	switch python.KindOf(n) {
	case "expression_statement":
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			c := python.NamedChild(n, i)
			s.expr(c, depth)
			if i == 0 && exitCall(f, c) {
				s.env.dead = true
			}
		}
	case "return_statement":
		s.ret(n, depth)
		s.env.dead = true
	case "raise_statement":
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			s.expr(python.NamedChild(n, i), depth)
		}
		s.env.dead = true
	case "if_statement":
		s.ifStmt(n, depth)
	case "for_statement", "while_statement":
		s.loop(n, depth)
	case "try_statement":
		s.tryStmt(n, depth)
	case "match_statement":
		s.matchStmt(n, depth)
	case "break_statement", "continue_statement":
		s.jump(python.KindOf(n) == "break_statement")
	case "with_statement":
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			c := python.NamedChild(n, i)
			if python.KindOf(c) == "with_clause" {
				for j := uint(0); j < python.NamedChildCount(c); j++ {
					item := python.NamedChild(c, j)
					if python.KindOf(item) != "with_item" {
						continue
					}
					value := python.Child(item, "value")
					if value != nil && python.KindOf(value) == "as_pattern" {
						inner := python.NamedChild(value, 0)
						s.expr(inner, depth)
						if alias := python.Child(value, "alias"); alias != nil && s.m.isClientCtor(inner) {
							if a := python.NamedChild(alias, 0); a != nil && python.KindOf(a) == "identifier" {
								s.clients[f.Text(a)] = true
							}
						}
					} else {
						s.expr(value, depth)
					}
				}
			}
		}
		s.block(python.Child(n, "body"), depth)
	case "function_definition", "class_definition", "decorated_definition":
		// Analysed on their own.
	case "block":
		s.block(n, depth)
	default:
		// assert, delete, global, ERROR nodes...: walk blocks and evaluate expressions they hold.
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			c := python.NamedChild(n, i)
			switch python.KindOf(c) {
			case "block":
				s.block(c, depth)
			case "except_clause", "except_group_clause", "else_clause", "finally_clause", "case_clause":
				s.stmt(c, depth+1)
			case "comment", "identifier":
			default:
				if strings.HasSuffix(python.KindOf(c), "_statement") {
					s.stmt(c, depth+1)
				} else {
					s.expr(c, depth)
				}
			}
		}
	}
}

// ret records what a return statement hands back: the function's summary, and the HTML
// response of a view.
func (s *fnState) ret(n *sitter.Node, depth int) {
	if python.NamedChildCount(n) == 0 {
		return
	}
	v := s.retValue(python.NamedChild(n, 0), depth)
	guarded := -1
	for _, t := range v {
		if t.org.param < 0 && t.shape == text {
			// Text returned only to a client that has shown a secret (a webhook handshake's
			// challenge) is no reflection in the caller's response either.
			if guarded < 0 {
				guarded = b2i(s.secretGuarded(n))
			}
			if guarded == 1 {
				t = t.with(func(x *trace) { x.shape = opaque })
			}
		}
		if t.org.param >= 0 {
			old, ok := s.sum.returns[t.org.param]
			clean := t.clean // sanitized for a rule only if every path returns it sanitized
			if ok {
				clean &= old.clean
			}
			r := retOf{shape: max(old.shape, t.shape), boxed: old.boxed || t.boxed, clean: clean}
			if !ok || r != old {
				s.sum.returns[t.org.param] = r
				s.grew()
			}
		} else if len(s.sum.retReal) < maxTraces && !containsOrg(s.sum.retReal, t.org) {
			s.sum.retReal = join(s.sum.retReal, val{t.with(func(t *trace) { t.steps = t.steps.add(n, "returned by "+s.name+"()") })})
			s.grew()
		}
	}
}

func containsOrg(v val, o *origin) bool {
	for _, t := range v {
		if t.org == o {
			return true
		}
	}
	return false
}

// bind assigns v to a target pattern.
func (s *fnState) bind(target *sitter.Node, v val, at *sitter.Node, verb string) {
	target = python.Unparen(target)
	if target == nil {
		return
	}
	f := s.f
	switch python.KindOf(target) {
	case "identifier":
		name := f.Text(target)
		s.set(name, v.stepped(at, verb+" "+name))
	case "attribute":
		if d := f.DottedName(target); d != "" {
			s.set(d, v.stepped(at, verb+" "+d))
		}
	case "subscript":
		// d["k"] = v taints the container (weakly).
		if d := f.DottedName(python.Child(target, "value")); d != "" && len(v) > 0 {
			s.set(d, join(s.env.get(d), contained(v).stepped(at, "stored in "+d)))
		}
	case "pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list":
		for i := uint(0); i < python.NamedChildCount(target); i++ {
			s.bind(python.NamedChild(target, i), v, at, verb)
		}
	case "list_splat_pattern":
		s.bind(python.NamedChild(target, 0), v, at, verb)
	}
}

// assign handles `a = b = value`.
func (s *fnState) assign(n *sitter.Node, depth int) val {
	right := python.Child(n, "right")
	var v val
	if right != nil && python.KindOf(right) == "assignment" {
		v = s.assign(right, depth+1)
	} else {
		v = s.expr(right, depth)
	}
	left := python.Child(n, "left")
	if left != nil && python.KindOf(left) == "identifier" {
		name := s.f.Text(left)
		rv := python.Unparen(right)
		delete(s.derived, name)
		delete(s.verdicts, name)
		if s.isValidationCall(rv) {
			s.verdicts[name] = rv // ok = is_safe_url(x): `if ok:` checks x
		}
		if rv != nil && python.KindOf(rv) == "call" {
			// v = urlparse(w), realpath(w), Path(w).resolve(): checking v checks w.
			if w := s.viewOf(rv, 0); w != "" {
				s.derived[name] = w
			}
		}
		if rv != nil && s.m.isClientCtor(rv) {
			s.clients[name] = true
		}
	}
	s.bind(left, v, n, "assigned to")
	return v
}

// viewOf returns the variable a "view" call is computed from: urlparse(w), os.path.realpath(w),
// Path(w).resolve(), os.path.join(base, w).
func (s *fnState) viewOf(call *sitter.Node, depth int) string {
	for call != nil && depth < 8 {
		depth++
		call = python.Unparen(call)
		switch python.KindOf(call) {
		case "identifier":
			return s.f.Text(call)
		case "call":
			callee := python.Callee(call)
			q := s.f.QualifiedName(callee)
			switch lastSegment(q) {
			case "urlparse", "urlsplit", "realpath", "abspath", "normpath", "Path", "PurePath", "PurePosixPath", "join", "resolve", "absolute":
			default:
				return ""
			}
			args := python.CallArgs(call)
			if python.KindOf(callee) == "attribute" && (lastSegment(q) == "resolve" || lastSegment(q) == "absolute") {
				call = python.Child(callee, "object")
				continue
			}
			if len(args) == 0 {
				return ""
			}
			call = args[len(args)-1]
		default:
			return ""
		}
	}
	return ""
}

var checkMethods = map[string]bool{
	"fullmatch": true, "match": true, "startswith": true, "is_relative_to": true, "isdigit": true,
	"isalnum": true, "isalpha": true, "isnumeric": true, "isdecimal": true, "isidentifier": true,
	"url_has_allowed_host_and_scheme": true, "is_safe_url": true, "issubset": true,
}

// isValidationCall reports whether c is a call that validates its arguments or receiver.
func (s *fnState) isValidationCall(c *sitter.Node) bool {
	c = python.Unparen(c)
	if c == nil || python.KindOf(c) != "call" {
		return false
	}
	callee := python.Callee(c)
	var name string
	switch {
	case callee == nil:
		return false
	case python.KindOf(callee) == "attribute":
		name = s.f.Text(python.Child(callee, "attribute"))
	case python.KindOf(callee) == "identifier":
		name = s.f.Text(callee)
	}
	if checkMethods[name] {
		return true
	}
	for _, p := range []string{"validate", "is_valid", "valid_", "is_safe", "is_allowed", "allowed_"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// names returns the variable names (and dotted names) mentioned in n, iteratively.
func (s *fnState) names(n *sitter.Node) []string {
	var out []string
	stack := []*sitter.Node{n}
	for len(stack) > 0 && len(out) < 32 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c == nil {
			continue
		}
		switch python.KindOf(c) {
		case "identifier":
			out = append(out, s.f.Text(c))
			continue
		case "attribute":
			if d := s.f.DottedName(c); d != "" {
				out = append(out, d)
			}
		}
		if len(stack) < 256 {
			for i := uint(0); i < python.NamedChildCount(c); i++ {
				stack = append(stack, python.NamedChild(c, i))
			}
		}
	}
	return out
}

func compareOps(f *python.File, c *sitter.Node) []string {
	var ops []string
	for i := uint(0); i < python.ChildCount(c); i++ {
		if ch := python.ChildAt(c, i); !python.IsNamed(ch) {
			ops = append(ops, strings.Join(strings.Fields(f.Text(ch)), " "))
		}
	}
	return ops
}

// positiveCheck: names validated when cond holds (`if re.fullmatch(P, x):`, `if x in ALLOWED:`).
func (s *fnState) positiveCheck(cond *sitter.Node) []string {
	cond = python.Unparen(cond)
	if cond == nil {
		return nil
	}
	switch python.KindOf(cond) {
	case "identifier":
		if c := s.verdicts[s.f.Text(cond)]; c != nil {
			return s.names(c)
		}
	case "call":
		if s.isValidationCall(cond) {
			return s.names(cond)
		}
	case "comparison_operator":
		ops := compareOps(s.f, cond)
		if len(ops) == 1 && (ops[0] == "in" || ops[0] == "==") {
			return s.names(python.NamedChild(cond, 0))
		}
		if s.charsetCheck(cond) {
			return s.names(python.NamedChild(cond, 0))
		}
	case "boolean_operator":
		if op := python.Child(cond, "operator"); op != nil && s.f.Text(op) == "and" {
			return append(s.positiveCheck(python.Child(cond, "left")), s.positiveCheck(python.Child(cond, "right"))...)
		}
	}
	return nil
}

// negativeCheck: names validated after `if cond: exit` (`not fullmatch(...)`, `x not in ALLOWED`,
// `urlparse(x).netloc`, `x != "a"`).
func (s *fnState) negativeCheck(cond *sitter.Node, depth int) []string {
	cond = python.Unparen(cond)
	if cond == nil || depth > 16 {
		return nil
	}
	switch python.KindOf(cond) {
	case "not_operator":
		arg := python.Unparen(python.Child(cond, "argument"))
		if s.isValidationCall(arg) {
			return s.names(arg)
		}
		if arg != nil && python.KindOf(arg) == "identifier" && s.verdicts[s.f.Text(arg)] != nil {
			return s.names(s.verdicts[s.f.Text(arg)])
		}
		if arg != nil && python.KindOf(arg) == "comparison_operator" {
			if ops := compareOps(s.f, arg); len(ops) == 1 && (ops[0] == "in" || ops[0] == "==") {
				return s.names(arg)
			}
			if s.charsetCheck(arg) {
				return s.names(python.NamedChild(arg, 0))
			}
		}
		if arg != nil && python.KindOf(arg) == "boolean_operator" {
			// not (a and b) exits unless both hold.
			if op := python.Child(arg, "operator"); op != nil && s.f.Text(op) == "and" {
				return s.positiveCheck(arg)
			}
		}
	case "comparison_operator":
		ops := compareOps(s.f, cond)
		if len(ops) == 1 && (ops[0] == "not in" || ops[0] == "!=") {
			return s.names(cond)
		}
	case "boolean_operator":
		l, r := s.negativeCheck(python.Child(cond, "left"), depth+1), s.negativeCheck(python.Child(cond, "right"), depth+1)
		if op := python.Child(cond, "operator"); op != nil && s.f.Text(op) == "and" {
			// `a and b` is false when either is: only what both validate is validated. A
			// truth test of x is false only when x is empty, which is as good as validated:
			// `if (nxt or ajax) and not is_safe(nxt): nxt = "/"` (Django's set_language).
			l = append(l, s.falseWhenEmpty(python.Child(cond, "left"), 0)...)
			r = append(r, s.falseWhenEmpty(python.Child(cond, "right"), 0)...)
			var both []string
			for _, nm := range l {
				if slices.Contains(r, nm) {
					both = append(both, nm)
				}
			}
			return both
		}
		return append(l, r...)
	case "attribute":
		// if urlparse(x).netloc: abort() — only relative targets pass.
		switch s.f.Text(python.Child(cond, "attribute")) {
		case "netloc", "scheme", "hostname":
			return s.names(cond)
		}
	}
	return nil
}

// charsetCheck reports whether cond checks the characters of a value against an allowed set:
// `set(x) <= ALLOWED` (also with `<`, or `frozenset`).
func (s *fnState) charsetCheck(cond *sitter.Node) bool {
	ops := compareOps(s.f, cond)
	if len(ops) != 1 || ops[0] != "<=" && ops[0] != "<" {
		return false
	}
	l := python.Unparen(python.NamedChild(cond, 0))
	if l == nil || python.KindOf(l) != "call" {
		return false
	}
	switch s.f.Text(python.Callee(l)) {
	case "set", "frozenset":
		return true
	}
	return false
}

// falseWhenEmpty returns the variables that are empty (or None) whenever cond is false: `x`,
// `x is not None`, and both sides of an `or`.
func (s *fnState) falseWhenEmpty(cond *sitter.Node, depth int) []string {
	cond = python.Unparen(cond)
	if cond == nil || depth > 8 {
		return nil
	}
	switch python.KindOf(cond) {
	case "identifier":
		return []string{s.f.Text(cond)}
	case "comparison_operator":
		if ops := compareOps(s.f, cond); len(ops) == 1 && ops[0] == "is not" {
			if r := python.NamedChild(cond, 1); r != nil && python.KindOf(r) == "none" {
				if l := python.Unparen(python.NamedChild(cond, 0)); l != nil && python.KindOf(l) == "identifier" {
					return []string{s.f.Text(l)}
				}
			}
		}
	case "boolean_operator":
		if op := python.Child(cond, "operator"); op != nil && s.f.Text(op) == "or" {
			return append(s.falseWhenEmpty(python.Child(cond, "left"), depth+1), s.falseWhenEmpty(python.Child(cond, "right"), depth+1)...)
		}
	}
	return nil
}

var (
	fixedHost = regexp.MustCompile(`^(?:[A-Za-z][A-Za-z0-9+.\-]*:)?//[^/?#\s{}]+[/?#]|^/[^/\\]`)
	htmlTag   = regexp.MustCompile(`<[A-Za-z!/]`)
)

// built marks the traces of v as written into a constructed string whose literal text is lit
// and whose constant prefix (before the first interpolation) is prefix. A path join builds a
// path, which says nothing of its shape.
func built(v val, how, prefix, lit string) val {
	fixed := fixedHost.MatchString(prefix)
	sh := text
	if htmlTag.MatchString(lit) {
		sh = markup
	} else if how == "a path join" || how == "os.path.join" {
		sh = opaque
	}
	return v.mapT(func(t *trace) {
		t.via = how
		if fixed {
			t.clean |= 1<<redirectRule | 1<<ssrfRule
		}
		t.shape = max(t.shape, sh)
		if sh != opaque {
			t.boxed = false
		}
	})
}

// contained marks the traces of v as held in a container (a dict, list, set or tuple): a
// Flask view returns it as JSON, whatever its items hold.
func contained(v val) val {
	for _, t := range v {
		if t.shape != opaque || !t.boxed {
			return v.mapT(func(t *trace) { t.shape, t.boxed = opaque, true })
		}
	}
	return v
}

// stringParts returns the literal pieces (string_content) and interpolations of a string or of
// implicitly concatenated strings, in source order.
func stringParts(n *sitter.Node) []*sitter.Node {
	var out []*sitter.Node
	switch python.KindOf(n) {
	case "concatenated_string":
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			out = append(out, stringParts(python.NamedChild(n, i))...)
		}
	case "string":
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			if k := python.NamedChild(n, i); python.KindOf(k) == "string_content" || python.KindOf(k) == "interpolation" {
				out = append(out, k)
			}
		}
	}
	return out
}

// literal returns the literal text of a string node without its interpolations, and the text
// before the first interpolation.
func (s *fnState) literal(n *sitter.Node) (lit, prefix string, interps []*sitter.Node) {
	var b, p strings.Builder
	for _, k := range stringParts(n) {
		if python.KindOf(k) == "interpolation" {
			interps = append(interps, python.Child(k, "expression"))
			continue
		}
		b.WriteString(s.f.Text(k))
		if len(interps) == 0 {
			p.WriteString(s.f.Text(k))
		}
	}
	return b.String(), p.String(), interps
}

// expr evaluates the taint of an expression, checking the sinks of the calls it holds.
func (s *fnState) expr(n *sitter.Node, depth int) val {
	if n == nil || depth > maxDepth {
		return nil
	}
	f := s.f
	switch python.KindOf(n) {
	case "identifier":
		return s.env.get(f.Text(n))
	case "parenthesized_expression", "await", "list_splat", "dictionary_splat", "expression_list",
		"tuple", "list", "set", "dictionary", "pair", "argument_list":
		var vs []val
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			vs = append(vs, s.expr(python.NamedChild(n, i), depth+1))
		}
		if isContainer(n) {
			return contained(join(vs...))
		}
		return join(vs...)
	case "keyword_argument":
		return s.expr(python.Child(n, "value"), depth+1)
	case "conditional_expression":
		var vs []val
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			v := s.expr(python.NamedChild(n, i), depth+1)
			if i != 1 {
				vs = append(vs, v)
			}
		}
		return join(vs...)
	case "boolean_operator":
		return join(s.expr(python.Child(n, "left"), depth+1), s.expr(python.Child(n, "right"), depth+1))
	case "not_operator", "comparison_operator", "lambda", "integer", "float", "true", "false", "none":
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			s.expr(python.NamedChild(n, i), depth+1) // sinks inside
		}
		return nil
	case "assignment":
		return s.assign(n, depth)
	case "augmented_assignment":
		v := join(s.expr(python.Child(n, "left"), depth+1), s.expr(python.Child(n, "right"), depth+1))
		if r := python.Unparen(python.Child(n, "right")); r != nil && (python.KindOf(r) == "string" || python.KindOf(r) == "concatenated_string") {
			lit, _, _ := s.literal(r)
			v = built(v, "string concatenation", "", lit)
		} else if isContainer(r) {
			v = contained(v) // items += [data]
		} else if len(v) > 0 {
			v = built(v, "string concatenation", "", "")
		}
		s.bind(python.Child(n, "left"), v, n, "appended to")
		return v
	case "named_expression":
		v := s.expr(python.Child(n, "value"), depth+1)
		s.bind(python.Child(n, "name"), v, n, "assigned to")
		return v
	case "string", "concatenated_string":
		lit, prefix, interps := s.literal(n)
		var vs []val
		var query map[uintptr]bool
		if len(interps) > 0 && opensQuery(lit) {
			query = s.queryInterps(n)
		}
		for _, e := range interps {
			v := s.expr(e, depth+1)
			if query[e.Id()] {
				v = inQuery(v)
			}
			vs = append(vs, v)
		}
		v := join(vs...)
		if len(v) == 0 {
			return nil
		}
		return built(v, "an f-string", prefix, lit)
	case "binary_operator":
		return s.binary(n, depth)
	case "subscript":
		v := s.expr(python.Child(n, "value"), depth+1)
		s.expr(python.Child(n, "subscript"), depth+1)
		return v
	case "attribute":
		if o := s.source(n); o != nil {
			return val{{org: o, clean: o.clean, shape: o.shape, steps: (*step)(nil).add(o.node, "request data: "+o.desc)}}
		}
		if d := f.DottedName(n); d != "" {
			if v, ok := s.env.lookup(d); ok {
				return v
			}
			if head, field, ok := strings.Cut(d, "."); ok && s.m.typedFields[s.models[head]][field] {
				return nil
			}
		}
		return s.expr(python.Child(n, "object"), depth+1)
	case "call":
		return s.call(n, depth)
	case "list_comprehension", "set_comprehension", "generator_expression", "dictionary_comprehension":
		var vs []val
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			c := python.NamedChild(n, i)
			if python.KindOf(c) == "for_in_clause" {
				v := s.expr(python.Child(c, "right"), depth+1)
				s.bind(python.Child(c, "left"), v, c, "iterated as")
				vs = append(vs, v)
			}
		}
		vs = append(vs, s.expr(python.Child(n, "body"), depth+1))
		if python.KindOf(n) != "generator_expression" {
			return contained(join(vs...))
		}
		return join(vs...)
	}
	return nil
}

// isContainer reports whether n builds a dict, list, set or tuple.
func isContainer(n *sitter.Node) bool {
	switch python.KindOf(n) {
	case "tuple", "list", "set", "dictionary", "list_comprehension", "set_comprehension", "dictionary_comprehension":
		return true
	}
	return false
}

func (s *fnState) binary(n *sitter.Node, depth int) val {
	f := s.f
	left, right := python.Child(n, "left"), python.Child(n, "right")
	op := f.Text(python.Child(n, "operator"))
	lv := s.expr(left, depth+1)
	var rv val
	if after, ok := s.percentFormat(op, left); ok {
		rv = s.percentArgs(right, after, depth) // "%s?next=%s" % (base, data)
	} else {
		rv = s.expr(right, depth+1)
	}
	if op == "+" && len(rv) > 0 && s.chainOpensQuery(left) {
		rv = inQuery(rv) // base + "?q=" + data
	}
	v := join(lv, rv)
	if len(v) == 0 {
		return nil
	}
	switch op {
	case "+":
		if isContainer(python.Unparen(left)) || isContainer(python.Unparen(right)) {
			return contained(v) // [a] + items
		}
		// The constant prefix of a concatenation chain: its leftmost string literal.
		l := python.Unparen(left)
		for hops := 0; l != nil && python.KindOf(l) == "binary_operator" && f.Text(python.Child(l, "operator")) == "+"; hops++ {
			if hops > 32 {
				l = nil // a very long chain: no fixed prefix, rather than walk it at every level
				break
			}
			l = python.Unparen(python.Child(l, "left"))
		}
		prefix := ""
		if l != nil && (python.KindOf(l) == "string" || python.KindOf(l) == "concatenated_string") {
			_, prefix, _ = s.literal(l)
		}
		var lit string
		for _, side := range []*sitter.Node{left, right} {
			if side = python.Unparen(side); side != nil && (python.KindOf(side) == "string" || python.KindOf(side) == "concatenated_string") {
				t, _, _ := s.literal(side)
				lit += t
			}
		}
		if len(lv) > 0 && prefix == "" {
			// Tainted leftmost part: no fixed prefix.
			return built(v, "string concatenation", "", lit)
		}
		return built(v, "string concatenation", prefix, lit)
	case "%":
		l := python.Unparen(left)
		if l != nil && (python.KindOf(l) == "string" || python.KindOf(l) == "concatenated_string") {
			lit, _, _ := s.literal(l)
			prefix := lit
			if i := strings.Index(lit, "%"); i >= 0 {
				prefix = lit[:i]
			}
			return built(rv, "% formatting", prefix, lit)
		}
		return built(v, "% formatting", "", "")
	case "/":
		return built(v, "a path join", "", "")
	case "-", "*", "//", "**", "&", "|", "^", "<<", ">>", "@":
		return nil
	}
	return v
}

// source returns the origin when n reads request data.
func (s *fnState) source(n *sitter.Node) *origin {
	f := s.f
	if python.KindOf(n) != "attribute" {
		return nil
	}
	obj := python.Unparen(python.Child(n, "object"))
	attr := f.Text(python.Child(n, "attribute"))
	ok, flask := false, false
	if obj != nil && python.KindOf(obj) == "identifier" {
		name := f.Text(obj)
		switch {
		case s.reqs[name] == djangoReq:
			ok = djangoAttrs[attr]
		case s.reqs[name] == starletteReq:
			ok = starletteAttrs[attr]
		case s.reqs[name] == djangoLooseReq:
			ok = djangoUpperAttrs[attr]
		case f.Resolve(name) == "flask.request":
			ok, flask = flaskAttrs[attr], true
		}
	} else if obj != nil && python.KindOf(obj) == "attribute" && f.QualifiedName(obj) == "flask.request" {
		ok, flask = flaskAttrs[attr], true // `import flask` ... flask.request.args
	}
	if !ok {
		return nil
	}
	if o := s.m.origins[nodeKey(n)]; o != nil {
		return o
	}
	// Describe the whole read: request.args["name"], request.args.get("name").
	top := n
	read := "" // how the attribute is read: "item", "getlist", "read", "call" or whole
	if p := python.Parent(n); p != nil {
		switch python.KindOf(p) {
		case "subscript":
			if v := python.Child(p, "value"); v != nil && v.Id() == n.Id() {
				top, read = p, "item"
			}
		case "attribute":
			if gp := python.Parent(p); gp != nil && python.KindOf(gp) == "call" && python.Callee(gp) != nil && python.Callee(gp).Id() == p.Id() {
				switch m := f.Text(python.Child(p, "attribute")); m {
				case "get", "getlist", "get_json", "json", "body", "form", "read":
					top, read = gp, m
					if m == "get" {
						read = "item"
					}
				}
			}
		case "call":
			if c := python.Callee(p); c != nil && c.Id() == n.Id() {
				top, read = p, "call"
			}
		}
	}
	desc := f.Text(top)
	if len(desc) > 60 {
		desc = desc[:57] + "..."
	}
	desc = strings.Join(strings.Fields(desc), " ")
	o := &origin{param: -1, node: top, desc: desc}
	switch {
	case flask && (attr == "path" || attr == "full_path"):
		// Werkzeug strips the leading slashes of the path and puts back one: a target built
		// from it stays on this site (`//evil.example` cannot come out of it).
		o.clean = 1 << redirectRule
	case !flask && (attr == "path" || attr == "path_info" || attr == "get_full_path"):
		// Django's path can start with //, but redirecting to the page just requested is the
		// common "back to this page" idiom, not a target the client picks.
		o.clean = 1 << redirectRule
	}
	o.shape, o.noPlain = readShape(attr, read, flask)
	s.m.origins[nodeKey(n)] = o
	return o
}

// readShape tells what a request read gives: one parameter of the query, the form, the headers or
// the cookies is text, and so are the raw body and the URL; the mappings themselves, files and a
// parsed JSON body are structures (a Flask view returns a dict as JSON). Headers, cookies, the
// names of uploaded files and a JSON body (a page cannot make a browser send application/json to
// another site without its consent) are text that another site cannot put in its victim's
// request.
func readShape(attr, read string, flask bool) (shape, bool) {
	noPlain := false
	switch attr {
	case "headers", "cookies", "COOKIES", "META", "referrer", "files", "FILES", "json", "get_json":
		noPlain = true
	}
	switch read {
	case "item":
		switch attr {
		case "args", "form", "values", "view_args", "cookies", "headers", "GET", "POST", "COOKIES",
			"META", "query_params", "path_params", "data":
			return text, noPlain
		}
	case "read":
		return text, noPlain
	case "", "call":
		switch attr {
		case "get_data", "url", "full_path", "path", "base_url", "referrer", "query_string", "body",
			"path_info", "get_full_path":
			return text, noPlain
		case "data":
			if flask {
				return text, noPlain // the raw body; DRF's request.data is the parsed one
			}
		}
	}
	return opaque, noPlain
}

var (
	flaskAttrs = map[string]bool{
		"args": true, "form": true, "values": true, "json": true, "cookies": true, "headers": true,
		"files": true, "data": true, "view_args": true, "get_json": true, "get_data": true, "stream": true,
		"environ": false, "query_string": true,
		// The URL as the client sent it, and the page it says it came from.
		"url": true, "full_path": true, "path": true, "base_url": true, "referrer": true,
	}
	djangoAttrs = map[string]bool{
		"GET": true, "POST": true, "body": true, "headers": true, "COOKIES": true, "META": true,
		"FILES": true, "data": true, "query_params": true,
		// The path the client sent, percent-decoded.
		"path": true, "path_info": true, "get_full_path": true,
	}
	// djangoUpperAttrs are the request attributes no other object is likely to have.
	djangoUpperAttrs = map[string]bool{"GET": true, "POST": true, "COOKIES": true, "META": true, "FILES": true}
	starletteAttrs   = map[string]bool{
		"query_params": true, "path_params": true, "headers": true, "cookies": true, "json": true,
		"body": true, "form": true, "stream": true,
	}
)

// readsDjangoUpper reports whether src reads `request.GET`, `.POST`, `.COOKIES`, `.META` or
// `.FILES` as whole words: the test of whether a module importing no framework handles a Django
// request. It is a byte scan rather than a regular expression, since every such module pays it.
func readsDjangoUpper(src []byte) bool {
	const prefix = "request."
	for off := 0; ; {
		i := bytes.Index(src[off:], []byte(prefix))
		if i < 0 {
			return false
		}
		i += off
		off = i + len(prefix)
		if i > 0 && wordByte(src[i-1]) {
			continue
		}
		rest := src[off:]
		for _, attr := range [...]string{"GET", "POST", "COOKIES", "META", "FILES"} {
			if bytes.HasPrefix(rest, []byte(attr)) && (len(rest) == len(attr) || !wordByte(rest[len(attr)])) {
				return true
			}
		}
	}
}

// wordByte reports whether c is an ASCII word character, as `\b` in a regular expression means.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// readClasses records the validated-type fields of the module's classes.
func (m *fileModel) readClasses() {
	f := m.f
	for i := uint(0); i < python.NamedChildCount(f.Root); i++ {
		c := python.NamedChild(f.Root, i)
		if python.KindOf(c) == "decorated_definition" {
			c = python.Child(c, "definition")
		}
		if c == nil || python.KindOf(c) != "class_definition" {
			continue
		}
		fields := map[string]bool{}
		m.typedFields[f.Text(python.Child(c, "name"))] = fields
		body := python.Child(c, "body")
		if body == nil {
			continue
		}
		for j := uint(0); j < python.NamedChildCount(body); j++ {
			st := python.NamedChild(body, j)
			if python.KindOf(st) != "expression_statement" || python.NamedChildCount(st) == 0 {
				continue
			}
			a := python.NamedChild(st, 0)
			if python.KindOf(a) != "assignment" {
				continue
			}
			l, t := python.Child(a, "left"), python.Child(a, "type")
			if l != nil && python.KindOf(l) == "identifier" && t != nil && validatedTypes[strings.TrimSpace(f.Text(t))] {
				fields[f.Text(l)] = true
			}
		}
	}
}
