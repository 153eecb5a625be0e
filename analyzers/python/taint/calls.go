package taint

import (
	"fmt"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// conversions end every flow: the result is a number, a UUID or a boolean.
var conversions = map[string]bool{
	"int": true, "float": true, "bool": true, "len": true, "abs": true, "round": true, "ord": true,
	"hash": true, "isinstance": true, "id": true, "uuid.UUID": true, "decimal.Decimal": true,
	"datetime.date.fromisoformat": true, "datetime.datetime.fromisoformat": true, "ast.literal_eval": false,
}

// sanitizers end the flow for the rules they neutralise.
var sanitizers = map[string]uint16{
	"shlex.quote":                          1 << cmdRule,
	"pipes.quote":                          1 << cmdRule,
	"html.escape":                          1 << tmplRule,
	"markupsafe.escape":                    1 << tmplRule,
	"flask.escape":                         1 << tmplRule,
	"jinja2.escape":                        1 << tmplRule,
	"bleach.clean":                         1 << tmplRule,
	"django.utils.html.escape":             1 << tmplRule,
	"django.utils.html.conditional_escape": 1 << tmplRule,
	"werkzeug.utils.secure_filename":       1<<pathRule | 1<<tmplRule, // [A-Za-z0-9_.-] only
	"werkzeug.secure_filename":             1<<pathRule | 1<<tmplRule,
	"os.path.basename":                     1 << pathRule,
	"posixpath.basename":                   1 << pathRule,
	"django.utils.http.url_has_allowed_host_and_scheme": 0xffff,
}

// propagators return data derived from their arguments.
var propagators = map[string]string{
	"str": "", "repr": "", "bytes": "", "list": "", "tuple": "", "set": "", "dict": "", "sorted": "",
	"reversed": "", "format": "", "os.path.join": "os.path.join", "posixpath.join": "os.path.join",
	"os.path.abspath": "", "os.path.normpath": "", "os.path.realpath": "", "os.path.expanduser": "",
	"pathlib.Path": "a path join", "pathlib.PurePath": "a path join", "pathlib.PosixPath": "a path join", "urllib.parse.urljoin": "urljoin",
	"urllib.parse.unquote": "", "urllib.parse.unquote_plus": "", "base64.b64decode": "",
	"base64.urlsafe_b64decode": "", "base64.decodebytes": "", "base64.standard_b64decode": "",
	"base64.b32decode": "", "base64.b16decode": "", "base64.b85decode": "", "binascii.a2b_base64": "",
	"binascii.unhexlify": "", "zlib.decompress": "", "gzip.decompress": "", "bz2.decompress": "",
	"lzma.decompress": "", "json.loads": "", "io.BytesIO": "", "io.StringIO": "",
	"urllib.parse.urlparse": "", "urllib.parse.urlsplit": "",
}

// boolMethods return booleans, counts or positions, not the data.
var boolMethods = map[string]bool{
	"startswith": true, "endswith": true, "isdigit": true, "isalnum": true, "isalpha": true,
	"isnumeric": true, "isdecimal": true, "isidentifier": true, "islower": true, "isupper": true,
	"isspace": true, "count": true, "find": true, "rfind": true, "index": true, "rindex": true,
	"is_relative_to": true, "exists": true, "is_file": true, "is_dir": true, "fullmatch": true,
	"match": true, "search": true, "is_valid": true, "has_key": true, "__len__": true,
}

// imported reports whether the dotted name's head is an imported module or name.
func (s *fnState) imported(n *sitter.Node) bool {
	d := s.f.DottedName(n)
	if d == "" {
		return false
	}
	head, _, _ := strings.Cut(d, ".")
	_, ok := s.f.Imports[head]
	return ok
}

func (s *fnState) call(n *sitter.Node, depth int) val {
	f := s.f
	callee := python.Callee(n)
	if callee == nil {
		return nil
	}
	args := python.CallArgs(n)
	argv := map[uintptr]val{}
	var all []val
	if al := python.Child(n, "arguments"); al != nil {
		for i := uint(0); i < python.NamedChildCount(al); i++ {
			a := python.NamedChild(al, i)
			v := s.expr(a, depth+1)
			argv[a.Id()] = v
			if python.KindOf(a) == "keyword_argument" {
				if vn := python.Child(a, "value"); vn != nil {
					argv[vn.Id()] = v
				}
			}
			all = append(all, v)
		}
	}
	arg := func(i int, kw string) val {
		if kw != "" {
			if k := f.KeywordArg(n, kw); k != nil {
				return argv[k.Id()]
			}
		}
		if i >= 0 && i < len(args) {
			return argv[args[i].Id()]
		}
		return nil
	}
	argNode := func(i int, kw string) *sitter.Node {
		if kw != "" {
			if k := f.KeywordArg(n, kw); k != nil {
				return k
			}
		}
		if i >= 0 && i < len(args) {
			return args[i]
		}
		return nil
	}

	// Request sources that are calls: request.get_json(), await request.json().
	var recv val
	if python.KindOf(callee) == "attribute" {
		if o := s.source(callee); o != nil {
			return val{{org: o, clean: o.clean, shape: o.shape, steps: (*step)(nil).add(o.node, "request data: "+o.desc)}}
		}
		recv = s.expr(python.Child(callee, "object"), depth+1)
	}

	q := ""
	if s.imported(callee) || python.KindOf(callee) == "identifier" {
		q = f.QualifiedName(callee)
	}
	s.checkSinks(n, callee, q, arg, argNode, recv)

	// Same-module helpers.
	if v, ok := s.helper(n, callee, args, argv); ok {
		return v
	}
	// Another module's function, when the join re-analyses this file with the summaries of
	// the modules it calls.
	if v, ok := s.external(n, callee, q, args, argv); ok {
		return v
	}
	// A same-module function handed over to run later or elsewhere with the arguments that
	// follow it: BackgroundTasks.add_task(fn, a, b), run_in_threadpool(fn, a).
	if i, result := deferredCall(f, callee, q); i >= 0 && i < len(args) {
		if v, ok := s.helper(n, args[i], args[i+1:], argv); ok {
			if result {
				return v
			}
			return nil
		}
	}
	s.recordCross(n, callee, q, args, argv)
	if q != "" {
		if conversions[q] {
			return nil
		}
		if q == "json.dumps" {
			// JSON text: quotes are escaped, tags are not. It matters only in an HTML body.
			return join(all...).mapT(func(t *trace) {
				t.clean |= ^uint16(1 << tmplRule)
				t.shape, t.via = text, "json.dumps()"
			})
		}
		if mask, ok := sanitizers[q]; ok {
			return join(all...).mapT(func(t *trace) { t.clean |= mask })
		}
		if how, ok := propagators[q]; ok {
			v := join(all...)
			if how == "urljoin" {
				// urljoin(BASE, path) keeps BASE's host only for a relative path; no change.
				return v
			}
			if how != "" {
				return built(v, how, "", "")
			}
			return v
		}
		if python.KindOf(callee) == "identifier" {
			return nil // an unknown function: its result is not the data
		}
	}
	if python.KindOf(callee) != "attribute" {
		return nil
	}
	method := f.Text(python.Child(callee, "attribute"))
	if method == "replace" && len(args) == 2 {
		// page.replace("{{ name }}", data): the data is written into the string.
		if v := argv[args[1].Id()]; len(v) > 0 {
			return built(join(recv, v), "str.replace()", "", "")
		}
	}
	if len(recv) == 0 && method != "join" && method != "format" && method != "format_map" {
		return nil // a module function we do not model, or a method of clean data
	}
	switch {
	case boolMethods[method]:
		return nil
	case method == "split" || method == "rsplit" || method == "splitlines" || method == "partition" || method == "rpartition":
		return contained(recv) // a list of strings
	case method == "join":
		if len(args) > 0 {
			return built(join(recv, arg(0, "")), "join()", "", "")
		}
	case method == "format" || method == "format_map":
		o := python.Unparen(python.Child(callee, "object"))
		v := join(all...)
		if len(v) == 0 {
			return recv
		}
		if o != nil && (python.KindOf(o) == "string" || python.KindOf(o) == "concatenated_string") {
			lit, _, _ := s.literal(o)
			prefix := lit
			if i := strings.Index(lit, "{"); i >= 0 {
				prefix = lit[:i]
			}
			if method == "format" && opensQuery(lit) {
				v = s.formatArgs(n, lit, args, argv, v)
			}
			return built(v, ".format()", prefix, lit)
		}
		return built(join(recv, v), ".format()", "", "")
	case method == "get" || method == "getlist" || method == "pop":
		if t := f.KeywordArg(n, "type"); t != nil && conversions[f.QualifiedName(t)] {
			return nil
		}
	}
	return recv
}

// helper applies the summary of a same-module function called at n.
func (s *fnState) helper(n, callee *sitter.Node, args []*sitter.Node, argv map[uintptr]val) (val, bool) {
	f := s.f
	var fn *sitter.Node
	offset := 0
	switch python.KindOf(callee) {
	case "identifier":
		if _, imp := f.Imports[f.Text(callee)]; imp {
			return nil, false
		}
		fn = s.m.byName[f.Text(callee)]
	case "attribute":
		if o := python.Child(callee, "object"); o != nil && (f.Text(o) == "self" || f.Text(o) == "cls") {
			fn = s.m.methods[f.Text(python.Child(callee, "attribute"))]
			offset = 1
		}
	}
	if fn == nil {
		return nil, false
	}
	sum := s.m.summaryOf(fn)
	sum.read = true
	name := f.Text(python.Child(fn, "name"))
	ps := (&fnState{f: f, fn: fn}).params()
	var out val
	for _, b := range s.bindArgs(n, args, argv, ps, offset) {
		passed := passedTo(n, name, ps, b)
		out = join(out, returnedBy(n, name, passed, sum, b.idx))
		for _, ps := range sum.sinks[b.idx] {
			for _, t := range passed {
				if t.clean&(1<<ps.rule) != 0 {
					continue
				}
				sh := max(t.shape, ps.shape)
				plain := false
				if ps.body && t.org.param < 0 {
					// The helper writes its parameter into an HTML body: the caller's data
					// decides, as at a body of its own.
					if sh < markup && (sh == opaque || t.org.noPlain) {
						continue
					}
					plain = sh < markup
				}
				// Prepend the caller's path to the helper's path.
				st := t.steps
				for _, r := range ps.steps.list() {
					if st != nil && st.n >= maxSteps {
						break
					}
					st = &step{rel: r, prev: st, n: stepCount(st) + 1}
				}
				nt := t.with(func(x *trace) {
					x.steps = st
					if ps.via != "" {
						x.via = ps.via
					}
					x.helpers = append(append([]string(nil), t.helpers...), ps.helpers...)
					x.shape = sh
					x.program = ps.program
					x.plain = plain
					x.body = ps.body && t.org.param >= 0
				})
				s.hit(ps.rule, ps.sink, ps.sinkFn, nt, true)
			}
		}
		// What the helper passes on to another module's function goes there from here too.
		for _, pc := range sum.cross {
			if pc.param != b.idx {
				continue
			}
			for _, t := range passed {
				s.addCross(t.with(func(x *trace) {
					x.steps = appendSteps(t.steps, pc.steps)
					x.clean |= pc.clean
					x.shape = max(t.shape, pc.shape)
					if pc.via != "" {
						x.via = pc.via
					}
				}), pc.crossTarget, pc.arg, pc.kw)
			}
		}
	}
	if len(sum.retReal) > 0 {
		out = join(out, sum.retReal.stepped(n, "returned by "+name+"()"))
	}
	return out, true
}

// bound is an argument's value and the index of the parameter it binds.
type bound struct {
	idx int
	v   val
}

// bindArgs maps the traced arguments of the call n to the parameters ps of the function called;
// offset is the number of parameters before the first argument (self, cls).
func (s *fnState) bindArgs(n *sitter.Node, args []*sitter.Node, argv map[uintptr]val, ps []param, offset int) []bound {
	var bs []bound
	for i, a := range args {
		if v := argv[a.Id()]; len(v) > 0 {
			bs = append(bs, bound{i + offset, v})
		}
	}
	if al := python.Child(n, "arguments"); al != nil {
		for i := uint(0); i < python.NamedChildCount(al); i++ {
			a := python.NamedChild(al, i)
			if python.KindOf(a) != "keyword_argument" || len(argv[a.Id()]) == 0 {
				continue
			}
			kw := s.f.Text(python.Child(a, "name"))
			for j, p := range ps {
				if p.name == kw {
					bs = append(bs, bound{j, argv[a.Id()]})
				}
			}
		}
	}
	return bs
}

// passedTo is b's value with the step of its call to name.
func passedTo(n *sitter.Node, name string, ps []param, b bound) val {
	pname := fmt.Sprint(b.idx)
	if b.idx < len(ps) {
		pname = ps[b.idx].name
	}
	return b.v.mapT(func(t *trace) {
		t.steps = t.steps.add(n, fmt.Sprintf("passed to %s() as %s", name, pname))
		t.helpers = append(append([]string(nil), t.helpers...), name)
	})
}

// returnedBy is what the call n of name returns of the value passed as parameter idx, by the
// function's summary.
func returnedBy(n *sitter.Node, name string, passed val, sum *summary, idx int) val {
	r, ok := sum.returns[idx]
	if !ok {
		return nil
	}
	ret := passed
	if r.clean != 0 {
		ret = ret.mapT(func(t *trace) { t.clean |= r.clean })
	}
	if r.boxed && r.shape == opaque {
		ret = contained(ret) // return {"name": name}
	} else if r.shape != opaque {
		ret = ret.mapT(func(t *trace) { t.shape, t.boxed = max(t.shape, r.shape), false })
	}
	return ret.stepped(n, "returned by "+name+"()")
}

// deferredFuncs are functions that call their argument at index idx with the arguments after it;
// result tells whether they return what it returns.
var deferredFuncs = map[string]struct {
	idx    int
	result bool
}{
	"starlette.background.BackgroundTask":     {0, false},
	"fastapi.background.BackgroundTask":       {0, false},
	"starlette.concurrency.run_in_threadpool": {0, true},
	"fastapi.concurrency.run_in_threadpool":   {0, true},
	"asyncio.to_thread":                       {0, true},
	"anyio.to_thread.run_sync":                {0, true},
}

// deferredMethods are methods that do the same: FastAPI's and Starlette's
// BackgroundTasks.add_task, an event loop's run_in_executor(executor, fn, ...), an executor's
// submit.
var deferredMethods = map[string]struct {
	idx    int
	result bool
}{
	"add_task": {0, false}, "run_in_executor": {1, true}, "submit": {0, false},
}

// deferredCall returns the index of the function argument of a call that runs it with the
// arguments after it (-1 if the call does not), and whether the call returns its result.
func deferredCall(f *python.File, callee *sitter.Node, q string) (int, bool) {
	if d, ok := deferredFuncs[q]; ok {
		return d.idx, d.result
	}
	if python.KindOf(callee) == "attribute" {
		if d, ok := deferredMethods[f.Text(python.Child(callee, "attribute"))]; ok {
			return d.idx, d.result
		}
	}
	return -1, false
}

func stepCount(s *step) int {
	if s == nil {
		return 0
	}
	return s.n
}

// sink reports the traces of v that reach a sink of rule at node n.
func (s *fnState) sink(rule int, n *sitter.Node, sinkFn string, v val) {
	for _, t := range v {
		if t.clean&(1<<rule) != 0 {
			continue
		}
		s.hit(rule, n, sinkFn, t.with(func(x *trace) { x.steps = x.steps.add(n, "reaches "+sinkFn) }), false)
	}
}

// hit records a flow into a sink: a finding for request data, a summary entry for a parameter.
// The trace's steps end at the sink.
func (s *fnState) hit(rule int, sinkNode *sitter.Node, sinkFn string, t *trace, viaHelper bool) {
	if t.org.param >= 0 {
		for _, ps := range s.sum.sinks[t.org.param] {
			if ps.rule == rule && ps.sink.Id() == sinkNode.Id() {
				return
			}
		}
		s.sum.sinks[t.org.param] = append(s.sum.sinks[t.org.param], paramSink{
			rule: rule, sink: sinkNode, sinkFn: sinkFn, steps: t.steps, via: t.via, helpers: t.helpers, shape: t.shape,
			program: t.program, body: t.body,
		})
		s.grew()
		return
	}
	m := s.m
	if !m.reporting {
		return
	}
	k := [2]uint{uint(rule), python.StartByte(sinkNode)}
	if m.seen[k] {
		return
	}
	m.seen[k] = true
	source := fmt.Sprintf("%s (line %d)", t.org.desc, int(python.StartPosition(t.org.node).Row)+1)
	msg := flowMessage(rule, source, sinkFn, t.via, t.helpers, t.program, t.plain)
	m.findings[rule] = append(m.findings[rule], finding{rule: rule, sink: sinkNode, msg: msg, related: t.steps.list()})
}

// flowMessage says what reaches a sink and how: source is the request data and where it is read,
// via the last construction it went through, helpers the functions it was passed to; program and
// plain select the advice for a program name and for text in an HTML body.
func flowMessage(rule int, source, sinkFn, via string, helpers []string, program, plain bool) string {
	how := ""
	if via != "" {
		how = " through " + via
	}
	if len(helpers) > 0 {
		how += " via " + strings.Join(helpers, "() and ") + "()"
	}
	adv := advice[rule]
	if rule == cmdRule && program {
		how += " as the program to run"
		adv = programAdvice
	}
	if rule == tmplRule && plain {
		adv = bodyAdvice
	}
	return fmt.Sprintf("%s reaches %s%s: %s", source, sinkFn, how, adv)
}

// bodyAdvice replaces the template advice when the data is text written into an HTML response
// body that holds no literal tags.
const bodyAdvice = "the response is served as text/html, so markup in the client's text runs as script in the browser of whoever follows a crafted link (reflected cross-site scripting); escape it (html.escape), return JSON (jsonify, JsonResponse), or set a text/plain content type"

// programAdvice replaces the command-injection advice when the data names the program itself.
const programAdvice = "the client chooses which program the server runs, with the server's privileges; run a fixed program and pass the value as one of its arguments, or map the few allowed names to fixed commands"

var advice = [numRules]string{
	sqlRule:      "whoever sends the request can rewrite the SQL the database runs; pass the value as a bound parameter (execute(\"... WHERE name = %s\", (value,)), text(\"... :name\") with params) instead of building the query text",
	cmdRule:      "a shell runs whatever the request adds after ; | or $(...); pass an argument list without shell=True, or quote the value with shlex.quote",
	tmplRule:     "the client's text is trusted as template code or HTML, which allows template injection and cross-site scripting; render a fixed template with the value as a context variable, or escape it (html.escape, markupsafe.escape)",
	pathRule:     "../ sequences or an absolute path let the client read, overwrite or delete any file the server can; use send_from_directory or secure_filename, or check that the resolved path stays under the base directory and reject it otherwise",
	redirectRule: "the client chooses where the user is sent, which makes phishing links look trusted; redirect to a fixed path (url_for) or check the target's host against an allowlist (url_has_allowed_host_and_scheme, urlparse(target).netloc) first",
	deserRule:    "deserializing client data with this format runs code chosen by the client; accept JSON (json.loads) or use yaml.safe_load",
	ssrfRule:     "the server fetches a URL chosen by the client, reaching internal services and cloud metadata; fix the scheme and host in code, or check urlparse(url).hostname against an allowlist and reject the rest",
	evalRule:     "the server runs code sent by the client; parse the data instead (ast.literal_eval, json.loads) or map allowed names to functions",
}
