package taint

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"sync"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// Flows across modules. A view often hands request data to a function of another module of the
// project (crud.get_user(db, user_id), services.export(path)) which builds the query or the
// command. Each file's model records the request data it passes to functions other modules
// define (Export); once every file is analysed, the join opens each module named, analyses what
// its functions do with their parameters (the summaries a same-module helper gets), and reports
// the flows that reach a sink there, at the sink, with the steps from the view. Modules the
// helper passes the data on to are followed the same way, a few calls deep.

// Join is the taint analyzers' whole-project step.
var Join = &python.Join{Name: "taint", Keywords: keywords, Export: exportCalls, Report: joinFlows}

// maxCross bounds the calls a file records; maxJoinDepth how many modules a flow is followed into.
const (
	maxCross     = 200
	maxJoinDepth = 4
)

// crossTarget is a function another module defines: module.name, or module.Class.method,
// called on an instance of the class when instance is set.
type crossTarget struct {
	callee   string
	instance bool
}

// crossCall is request data passed to a function another module defines.
type crossCall struct {
	crossTarget
	arg int // its positional index, or -1 for a keyword argument
	kw  string
	t   *trace // its steps end at the call
}

// paramCross is a parameter a function passes on to another module's function, directly or
// through same-module helpers: part of the function's summary.
type paramCross struct {
	param int
	crossTarget
	arg         int
	kw          string
	steps       *step // from the parameter to the call, the call included
	clean       uint16
	shape       shape
	via         string
	first, last uint // the call's bytes, to tell calls apart
}

// addCross records t, which ends at a call passing it to callee: request data for the file's
// export, a parameter in the function's summary.
func (s *fnState) addCross(t *trace, to crossTarget, arg int, kw string) {
	m := s.m
	if t.org.param < 0 {
		if len(m.cross) < maxCross {
			m.cross = append(m.cross, crossCall{crossTarget: to, arg: arg, kw: kw, t: t})
		}
		return
	}
	at := t.steps
	var first, last uint
	if at != nil {
		first, last = at.rel.StartByte, at.rel.EndByte
	}
	for _, pc := range s.sum.cross {
		if pc.param == t.org.param && pc.crossTarget == to && pc.arg == arg && pc.kw == kw && pc.first == first && pc.last == last {
			return
		}
	}
	if len(s.sum.cross) >= maxCross {
		return
	}
	s.sum.cross = append(s.sum.cross, paramCross{param: t.org.param, crossTarget: to, arg: arg, kw: kw, steps: t.steps,
		clean: t.clean, shape: t.shape, via: t.via, first: first, last: last})
	s.grew()
}

// appendSteps is head followed by the steps of tail, within maxSteps.
func appendSteps(head, tail *step) *step {
	st := head
	for _, r := range tail.list() {
		if st != nil && st.n >= maxSteps {
			break
		}
		st = &step{rel: r, prev: st, n: stepCount(st) + 1}
	}
	return st
}

// notProject are the top-level packages whose functions are never the project's own: calls into
// them are not recorded (the join would find no module of the project for them anyway).
var notProject = map[string]bool{
	"flask": true, "fastapi": true, "starlette": true, "django": true, "rest_framework": true,
	"werkzeug": true, "jinja2": true, "pydantic": true, "sqlalchemy": true, "requests": true,
	"httpx": true, "json": true, "os": true, "re": true, "logging": true, "typing": true,
	"datetime": true, "subprocess": true, "shlex": true, "pathlib": true, "urllib": true,
	"base64": true, "hashlib": true, "hmac": true, "html": true, "markupsafe": true, "yaml": true,
	"pickle": true, "uuid": true, "time": true, "math": true, "random": true, "secrets": true,
	"collections": true, "itertools": true, "functools": true, "asyncio": true, "io": true,
}

// recordCross records the traced arguments of a call to a function of another module.
func (s *fnState) recordCross(n, callee *sitter.Node, q string, args []*sitter.Node, argv map[uintptr]val) {
	m := s.m
	if len(m.cross) >= maxCross || funcSinks[q] != nil || conversions[q] {
		return
	}
	traced := false
	for _, v := range argv {
		traced = traced || len(v) > 0
	}
	if !traced {
		return
	}
	if _, ok := sanitizers[q]; ok {
		return
	}
	if _, ok := propagators[q]; ok {
		return
	}
	target, ok := s.crossTargetOf(callee, q)
	if !ok {
		return
	}
	module, name := calleeModule(target.callee), calleeName(target.callee)
	add := func(i int, kw string, v val) {
		for _, t := range v {
			s.addCross(t.with(func(x *trace) {
				x.steps = x.steps.add(n, "passed to "+name+"() of "+module)
			}), target, i, kw)
		}
	}
	for i, a := range args {
		add(i, "", argv[a.Id()])
	}
	if al := python.Child(n, "arguments"); al != nil {
		for i := uint(0); i < python.NamedChildCount(al); i++ {
			if a := python.NamedChild(al, i); python.KindOf(a) == "keyword_argument" {
				add(-1, s.f.Text(python.Child(a, "name")), argv[a.Id()])
			}
		}
	}
}

// crossTargetOf is the function of another module of the project that callee names, if it names
// one: an imported function or class method, or a method called on a parameter annotated with an
// imported class.
func (s *fnState) crossTargetOf(callee *sitter.Node, q string) (crossTarget, bool) {
	m := s.m
	if m.rel == nil {
		m.rel = python.RelativeImports(s.f, s.f.Module)
	}
	var module, name string
	ok, instance := false, false
	switch {
	case q != "" && s.imported(callee):
		module, name, ok = python.ResolveImported(s.f, m.rel, s.f.DottedName(callee))
	case python.KindOf(callee) == "attribute":
		// A method called on an instance of a class of another module: a parameter annotated
		// with it (repo: UserRepo = Depends(get_repo)), a local variable assigned one
		// (svc = OrderService(db)), or the instance made in place (OrderService(db).refund(x)).
		class := ""
		switch obj := python.Unparen(python.Child(callee, "object")); python.KindOf(obj) {
		case "identifier":
			if class = s.paramClass(s.f.Text(obj)); class == "" {
				class = s.localClass(s.f.Text(obj))
			}
		case "call":
			if c := python.Callee(obj); s.imported(c) {
				class = s.f.DottedName(c)
			}
		case "attribute":
			if o := python.Child(obj, "object"); o != nil && s.f.Text(o) == "self" {
				class = s.attributeClass(s.f.Text(python.Child(obj, "attribute")))
			}
		}
		if class != "" {
			if cm, cn, found := python.ResolveImported(s.f, m.rel, class); found {
				module, name, ok, instance = cm+"."+cn, s.f.Text(python.Child(callee, "attribute")), true, true
			}
		}
	}
	if head, _, _ := strings.Cut(module, "."); !ok || head == "" || notProject[head] {
		return crossTarget{}, false
	}
	return crossTarget{callee: module + "." + name, instance: instance}, true
}

// externalFunc gives, while the join re-analyses a file, the summary of another module's
// function a call names, with its parameters and the offset of its first argument.
type externalFunc func(crossTarget) (sum *summary, params []param, offset int, ok bool)

// external applies what another module's function returns of its parameters, when the model
// has the other modules' summaries (the join's second look at a file); ok is false otherwise.
func (s *fnState) external(n, callee *sitter.Node, q string, args []*sitter.Node, argv map[uintptr]val) (val, bool) {
	if s.m.ext == nil || funcSinks[q] != nil || conversions[q] {
		return nil, false
	}
	target, ok := s.crossTargetOf(callee, q)
	if !ok {
		return nil, false
	}
	sum, ps, offset, ok := s.m.ext(target)
	if !ok {
		return nil, false
	}
	name := calleeName(target.callee)
	var out val
	for _, b := range s.bindArgs(n, args, argv, ps, offset) {
		out = join(out, returnedBy(n, name, passedTo(n, name, ps, b), sum, b.idx))
	}
	return out, true
}

// localClass is the imported name a local variable of the function is assigned a call to
// (svc = OrderService(db)), when that is its only assignment, or "".
func (s *fnState) localClass(name string) string {
	class, n := "", 0
	python.Walk(python.Child(s.fn, "body"), 5000, func(x *sitter.Node) bool {
		switch python.KindOf(x) {
		case "function_definition", "class_definition", "lambda":
			return false
		case "assignment", "augmented_assignment":
			if s.f.Text(python.Child(x, "left")) != name {
				return true
			}
			n++
			if v := python.Unparen(python.AssignedValue(x)); v != nil && python.KindOf(v) == "call" && s.imported(python.Callee(v)) {
				class = s.f.DottedName(python.Callee(v))
			}
		}
		return true
	})
	if n != 1 {
		return ""
	}
	return class
}

// attributeClass is the imported name the methods of the function's class assign a call to
// as self.name (self.billing = RefundService() in __init__), when that is the attribute's only
// assignment, or "".
func (s *fnState) attributeClass(name string) string {
	class := python.Parent(s.fn)
	for class != nil && python.KindOf(class) != "class_definition" {
		if k := python.KindOf(class); k == "function_definition" || k == "module" {
			return "" // a nested function, or not a method
		}
		class = python.Parent(class)
	}
	if class == nil {
		return ""
	}
	found, n := "", 0
	python.Walk(python.Child(class, "body"), 20000, func(x *sitter.Node) bool {
		switch python.KindOf(x) {
		case "class_definition", "lambda":
			return false
		case "assignment", "augmented_assignment":
			if s.f.Text(python.Child(x, "left")) != "self."+name {
				return true
			}
			n++
			if v := python.Unparen(python.AssignedValue(x)); v != nil && python.KindOf(v) == "call" && s.imported(python.Callee(v)) {
				found = s.f.DottedName(python.Callee(v))
			}
		}
		return true
	})
	if n != 1 {
		return ""
	}
	return found
}

// paramClass is the class a parameter of the function is annotated with, as written (UserRepo,
// repos.UserRepo, also inside Annotated[...] or Optional[...]), or "".
func (s *fnState) paramClass(name string) string {
	for _, p := range s.params() {
		if p.name != name || p.typ == "" {
			continue
		}
		t := p.typ
		for _, wrap := range []string{"Annotated[", "Optional[", "typing.Annotated[", "typing.Optional["} {
			if strings.HasPrefix(t, wrap) {
				t = strings.TrimSuffix(strings.TrimPrefix(t, wrap), "]")
				t, _, _ = strings.Cut(t, ",")
				t = strings.TrimSpace(t)
			}
		}
		for _, c := range t {
			if !(c == '.' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return ""
			}
		}
		return t
	}
	return ""
}

// exportedCall is request data a file passes to another module's function: what the join needs
// of the trace, with its steps up to the call.
type exportedCall struct {
	Callee   string           `json:"callee"`
	Instance bool             `json:"instance,omitempty"`
	Arg      int              `json:"arg"`
	Keyword  string           `json:"kw,omitempty"`
	Desc     string           `json:"desc"`
	Line     int              `json:"line"`
	Clean    uint16           `json:"clean,omitempty"`
	Shape    shape            `json:"shape,omitempty"`
	NoPlain  bool             `json:"noPlain,omitempty"`
	Via      string           `json:"via,omitempty"`
	Helpers  []string         `json:"helpers,omitempty"`
	Steps    []python.Related `json:"steps,omitempty"`
}

// exportCalls is the join's export: the request data the file passes to other modules.
func exportCalls(f *python.File) []byte {
	m := modelOf(f)
	var out []exportedCall
	for _, c := range m.cross {
		out = append(out, exportedCall{
			Callee: c.callee, Instance: c.instance, Arg: c.arg, Keyword: c.kw,
			Desc: c.t.org.desc, Line: int(python.StartPosition(c.t.org.node).Row) + 1,
			Clean: c.t.clean, Shape: c.t.shape, NoPlain: c.t.org.noPlain, Via: c.t.via, Helpers: c.t.helpers,
			Steps: c.t.steps.list(),
		})
	}
	if len(out) == 0 {
		return nil
	}
	b, err := json.Marshal(out)
	if err != nil {
		return nil
	}
	return b
}

func calleeName(callee string) string   { return callee[strings.LastIndexByte(callee, '.')+1:] }
func calleeModule(callee string) string { return callee[:max(strings.LastIndexByte(callee, '.'), 0)] }

// flow is request data on its way through other modules: where it was read, how it was built
// and sanitized, and its steps, each with its file.
type flow struct {
	source  string // "request.args (app/views.py line 12)"
	clean   uint16
	shape   shape
	noPlain bool
	via     string
	helpers []string
	steps   []python.Related
}

type joiner struct {
	open      python.OpenModule
	delivered int // calls of deliver, for tests
	mu        sync.Mutex
	models    map[string]*modelOnce
	seen      map[string]bool
	out       []python.JoinDiagnostic
}

type modelOnce struct {
	once sync.Once
	m    *fileModel
}

// joinFlows is the join's report: every exported call followed into the module it names. The
// modules the exports name are parsed and analysed in parallel first; the flows are then
// followed in path order, which keeps the report the same from run to run.
func joinFlows(exports []python.Export, open python.OpenModule) []python.JoinDiagnostic {
	j := &joiner{open: open, models: map[string]*modelOnce{}, seen: map[string]bool{}}
	decoded := make([][]exportedCall, len(exports))
	var modules []string
	named := map[string]bool{}
	for i, e := range exports {
		if json.Unmarshal(e.Data, &decoded[i]) != nil {
			continue
		}
		for _, c := range decoded[i] {
			if m := calleeModule(c.Callee); !named[m] {
				named[m] = true
				modules = append(modules, m)
			}
		}
	}
	parallel(len(modules), func(i int) { j.model(modules[i]) })
	for i, e := range exports {
		for _, c := range decoded[i] {
			steps := make([]python.Related, len(c.Steps))
			for i, r := range c.Steps {
				r.Path = e.Path
				steps[i] = r
			}
			fl := flow{source: fmt.Sprintf("%s (%s line %d)", c.Desc, e.Path, c.Line), clean: c.Clean, shape: c.Shape,
				noPlain: c.NoPlain, via: c.Via, helpers: c.Helpers, steps: steps}
			j.deliver(fl, crossTarget{c.Callee, c.Instance}, c.Arg, c.Keyword, 0, map[visit]bool{})
		}
	}
	j.returnedFlows(exports, decoded)
	return j.out
}

// returnedFlows looks again at the files that pass request data to another module's function
// which returns it (built into a path or a query, or as it came): the file is analysed anew with
// those functions' summaries, and the flows it then reports are added (the driver drops those it
// had reported already).
func (j *joiner) returnedFlows(exports []python.Export, decoded [][]exportedCall) {
	ext := func(t crossTarget) (*summary, []param, int, bool) {
		m, fn, offset := j.function(t)
		if fn == nil {
			return nil, nil, 0, false
		}
		sum := m.summaries[nodeKey(fn)]
		if sum == nil {
			return nil, nil, 0, false
		}
		return sum, (&fnState{f: m.f, fn: fn}).params(), offset, true
	}
	var todo []int
	for i, e := range exports {
		again := false
		for _, c := range decoded[i] {
			if sum, ps, offset, ok := ext(crossTarget{c.Callee, c.Instance}); ok && len(sum.returns) > 0 {
				p := c.Arg + offset
				if c.Keyword != "" {
					p = -1
					for k, pr := range ps {
						if pr.name == c.Keyword {
							p = k
						}
					}
				}
				_, again = sum.returns[p]
			}
			if again {
				break
			}
		}
		if again && e.Module != "" {
			todo = append(todo, i)
		}
	}
	// The files are analysed in parallel and their flows added in path order.
	found := make([][]python.JoinDiagnostic, len(todo))
	parallel(len(todo), func(k int) {
		e := exports[todo[k]]
		f := j.open(e.Module)
		if f == nil || f.Path != e.Path {
			return
		}
		m := analyseWith(f, false, ext)
		for rule := range m.findings {
			for _, fd := range m.findings[rule] {
				d := python.NodeDiagnostic(fd.sink, fd.msg)
				d.Category = ruleIDs[rule]
				d.Related = inFile(fd.related, f.Path)
				found[k] = append(found[k], python.JoinDiagnostic{Path: f.Path, Diagnostic: d})
			}
		}
	})
	for _, ds := range found {
		j.out = append(j.out, ds...)
	}
}

// parallel calls do for 0..n-1 on GOMAXPROCS goroutines and returns when all calls have.
func parallel(n int, do func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				do(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// model is the summaries model of a module of the project, or nil. It is safe for concurrent use.
func (j *joiner) model(module string) *fileModel {
	j.mu.Lock()
	e, ok := j.models[module]
	if !ok {
		e = &modelOnce{}
		j.models[module] = e
	}
	j.mu.Unlock()
	e.once.Do(func() {
		if f := j.open(module); f != nil {
			e.m = analyse(f, true)
		}
	})
	return e.m
}

// deliver follows fl into argument arg (or keyword kw) of callee, a module.name: it reports the
// sinks the parameter reaches there and goes on into the modules the function passes it to.
// visit is a parameter of a function a flow has reached, and what decides what it leads to
// there: the rules the data is sanitized for, and its shape.
type visit struct {
	fn    *sitter.Node
	param int
	clean uint16
	shape shape
}

func (j *joiner) deliver(fl flow, to crossTarget, arg int, kw string, depth int, visited map[visit]bool) {
	if depth >= maxJoinDepth {
		return
	}
	j.delivered++
	m, fn, offset := j.function(to)
	if fn == nil {
		return
	}
	name := calleeName(to.callee)
	p := arg
	if p >= 0 {
		p += offset
	}
	if kw != "" {
		p = -1
		for i, pr := range (&fnState{f: m.f, fn: fn}).params() {
			if pr.name == kw {
				p = i
			}
		}
	}
	sum := m.summaries[nodeKey(fn)]
	v := visit{fn, p, fl.clean, fl.shape}
	if p < 0 || sum == nil || visited[v] {
		return // reached already as it is now: what it leads to was reported then
	}
	visited[v] = true
	path := m.f.Path
	fl.helpers = append(append([]string(nil), fl.helpers...), name)
	for _, ps := range sum.sinks[p] {
		if fl.clean&(1<<ps.rule) != 0 {
			continue
		}
		sh := max(fl.shape, ps.shape)
		plain := false
		if ps.body {
			if sh < markup && (sh == opaque || fl.noPlain) {
				continue
			}
			plain = sh < markup
		}
		key := fmt.Sprintf("%d\x00%s\x00%d", ps.rule, path, python.StartByte(ps.sink))
		if j.seen[key] {
			continue
		}
		j.seen[key] = true
		via := fl.via
		if ps.via != "" {
			via = ps.via
		}
		d := python.NodeDiagnostic(ps.sink, flowMessage(ps.rule, fl.source, ps.sinkFn, via, append(fl.helpers, ps.helpers...), ps.program, plain))
		d.Category = ruleIDs[ps.rule]
		d.Related = append(append([]python.Related(nil), fl.steps...), inFile(ps.steps.list(), path)...)
		j.out = append(j.out, python.JoinDiagnostic{Path: path, Diagnostic: d})
	}
	for _, c := range sum.cross {
		if c.param != p {
			continue
		}
		next := fl
		next.clean |= c.clean
		next.shape = max(fl.shape, c.shape)
		if c.via != "" {
			next.via = c.via
		}
		next.steps = append(append([]python.Related(nil), fl.steps...), inFile(c.steps.list(), path)...)
		j.deliver(next, c.crossTarget, c.arg, c.kw, depth+1, visited)
	}
}

// function finds the function a callee names: a module-level function (module.name), or a
// method of a class the module defines, called on the class (module.Class.method), on an
// instance the module creates at its top level (module.service.method) or on an instance the
// caller was given (to.instance). offset is the number of parameters before the first argument:
// 1 for self or cls.
func (j *joiner) function(to crossTarget) (*fileModel, *sitter.Node, int) {
	callee := to.callee
	if !to.instance {
		if m := j.model(calleeModule(callee)); m != nil {
			if fn := m.byName[calleeName(callee)]; fn != nil {
				return m, fn, 0
			}
		}
	}
	owner := calleeModule(callee)
	m := j.model(calleeModule(owner))
	if m == nil {
		return nil, nil, 0
	}
	class, onInstance := calleeName(owner), to.instance
	if c := m.instanceOf(class); c != "" {
		class, onInstance = c, true
	}
	fn := m.method(class, calleeName(callee))
	if fn == nil {
		return nil, nil, 0
	}
	offset := 0
	switch {
	case m.decoratedWith(fn, "staticmethod"):
	case m.decoratedWith(fn, "classmethod"), onInstance:
		offset = 1
	}
	return m, fn, offset
}

// instanceOf is the class of a module-level variable assigned an instance of a class the module
// defines (service = UserService()), or "".
func (m *fileModel) instanceOf(name string) string {
	f := m.f
	for i := uint(0); i < python.NamedChildCount(f.Root); i++ {
		st := python.NamedChild(f.Root, i)
		if python.KindOf(st) != "expression_statement" || python.NamedChildCount(st) == 0 {
			continue
		}
		a := python.NamedChild(st, 0)
		if python.KindOf(a) != "assignment" || f.Text(python.Child(a, "left")) != name {
			continue
		}
		if v := python.Unparen(python.AssignedValue(a)); v != nil && python.KindOf(v) == "call" {
			if c := f.DottedName(python.Callee(v)); c != "" && m.method(c, "") != nil {
				return c
			}
		}
	}
	return ""
}

// method is the method name of the module-level class class (name "": any method, to tell
// whether the module defines the class), or nil.
func (m *fileModel) method(class, name string) *sitter.Node {
	for _, fn := range m.funcs {
		if name != "" && m.f.Text(python.Child(fn, "name")) != name {
			continue
		}
		p := python.Parent(fn)
		if p != nil && python.KindOf(p) == "decorated_definition" {
			p = python.Parent(p)
		}
		if p == nil || python.KindOf(p) != "block" {
			continue
		}
		c := python.Parent(p)
		if c == nil || python.KindOf(c) != "class_definition" || m.f.Text(python.Child(c, "name")) != class {
			continue
		}
		if gp := python.Parent(c); gp != nil && python.KindOf(gp) == "decorated_definition" {
			gp = python.Parent(gp)
			if gp == nil || python.KindOf(gp) != "module" {
				continue
			}
		} else if gp == nil || python.KindOf(gp) != "module" {
			continue
		}
		return fn
	}
	return nil
}

// decoratedWith reports whether fn carries the decorator name (@staticmethod, @classmethod).
func (m *fileModel) decoratedWith(fn *sitter.Node, name string) bool {
	for _, d := range decorators(fn) {
		if m.f.Text(d) == name {
			return true
		}
	}
	return false
}

// inFile sets the file of steps.
func inFile(steps []python.Related, path string) []python.Related {
	for i := range steps {
		steps[i].Path = path
	}
	return steps
}
