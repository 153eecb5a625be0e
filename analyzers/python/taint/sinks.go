package taint

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// sinkArg names the argument of a sink call that must not carry request data.
type sinkArg struct {
	rule int
	pos  int // positional index, -1 for keyword only
	kw   string
}

// funcSinks are sink functions by qualified name.
var funcSinks = map[string][]sinkArg{
	// AV401
	"sqlalchemy.text":                           {{sqlRule, 0, "text"}},
	"sqlalchemy.sql.text":                       {{sqlRule, 0, "text"}},
	"sqlalchemy.sql.expression.text":            {{sqlRule, 0, "text"}},
	"django.db.models.expressions.RawSQL":       {{sqlRule, 0, "sql"}},
	"django.db.models.RawSQL":                   {{sqlRule, 0, "sql"}},
	"os.system":                                 {{cmdRule, 0, "command"}},
	"os.popen":                                  {{cmdRule, 0, "cmd"}},
	"subprocess.getoutput":                      {{cmdRule, 0, "cmd"}},
	"subprocess.getstatusoutput":                {{cmdRule, 0, "cmd"}},
	"commands.getoutput":                        {{cmdRule, 0, "cmd"}},
	"commands.getstatusoutput":                  {{cmdRule, 0, "cmd"}},
	"asyncio.create_subprocess_shell":           {{cmdRule, 0, "cmd"}},
	"flask.render_template_string":              {{tmplRule, 0, "source"}},
	"jinja2.Template":                           {{tmplRule, 0, "source"}},
	"markupsafe.Markup":                         {{tmplRule, 0, "base"}},
	"flask.Markup":                              {{tmplRule, 0, "base"}},
	"jinja2.Markup":                             {{tmplRule, 0, "base"}},
	"django.utils.safestring.mark_safe":         {{tmplRule, 0, "s"}},
	"django.template.Template":                  {{tmplRule, 0, "template_string"}},
	"django.utils.html.format_html":             {{tmplRule, 0, "format_string"}},
	"open":                                      {{pathRule, 0, "file"}},
	"io.open":                                   {{pathRule, 0, "file"}},
	"codecs.open":                               {{pathRule, 0, "filename"}},
	"os.remove":                                 {{pathRule, 0, "path"}},
	"os.unlink":                                 {{pathRule, 0, "path"}},
	"os.rmdir":                                  {{pathRule, 0, "path"}},
	"os.listdir":                                {{pathRule, 0, "path"}},
	"os.makedirs":                               {{pathRule, 0, "name"}},
	"os.rename":                                 {{pathRule, 0, "src"}, {pathRule, 1, "dst"}},
	"os.replace":                                {{pathRule, 0, "src"}, {pathRule, 1, "dst"}},
	"shutil.copy":                               {{pathRule, 0, "src"}, {pathRule, 1, "dst"}},
	"shutil.copyfile":                           {{pathRule, 0, "src"}, {pathRule, 1, "dst"}},
	"shutil.copy2":                              {{pathRule, 0, "src"}, {pathRule, 1, "dst"}},
	"shutil.copytree":                           {{pathRule, 0, "src"}, {pathRule, 1, "dst"}},
	"shutil.move":                               {{pathRule, 0, "src"}, {pathRule, 1, "dst"}},
	"shutil.rmtree":                             {{pathRule, 0, "path"}},
	"flask.send_file":                           {{pathRule, 0, "path_or_file"}},
	"fastapi.responses.FileResponse":            {{pathRule, 0, "path"}},
	"starlette.responses.FileResponse":          {{pathRule, 0, "path"}},
	"flask.redirect":                            {{redirectRule, 0, "location"}},
	"werkzeug.utils.redirect":                   {{redirectRule, 0, "location"}},
	"django.shortcuts.redirect":                 {{redirectRule, 0, "to"}},
	"django.http.HttpResponseRedirect":          {{redirectRule, 0, "redirect_to"}},
	"django.http.HttpResponsePermanentRedirect": {{redirectRule, 0, "redirect_to"}},
	"fastapi.responses.RedirectResponse":        {{redirectRule, 0, "url"}},
	"starlette.responses.RedirectResponse":      {{redirectRule, 0, "url"}},
	"pickle.loads":                              {{deserRule, 0, "data"}},
	"pickle.load":                               {{deserRule, 0, "file"}},
	"pickle.Unpickler":                          {{deserRule, 0, "file"}},
	"cPickle.loads":                             {{deserRule, 0, "data"}},
	"cPickle.load":                              {{deserRule, 0, "file"}},
	"_pickle.loads":                             {{deserRule, 0, "data"}},
	"dill.loads":                                {{deserRule, 0, "str"}},
	"dill.load":                                 {{deserRule, 0, "file"}},
	"marshal.loads":                             {{deserRule, 0, "bytes"}},
	"marshal.load":                              {{deserRule, 0, "file"}},
	"jsonpickle.decode":                         {{deserRule, 0, "string"}},
	"shelve.open":                               {{deserRule, 0, "filename"}},
	"yaml.unsafe_load":                          {{deserRule, 0, "stream"}},
	"yaml.full_load":                            {{deserRule, 0, "stream"}},
	"yaml.unsafe_load_all":                      {{deserRule, 0, "stream"}},
	"yaml.full_load_all":                        {{deserRule, 0, "stream"}},
	"urllib.request.urlopen":                    {{ssrfRule, 0, "url"}},
	"urllib.request.Request":                    {{ssrfRule, 0, "url"}},
	"urllib.urlopen":                            {{ssrfRule, 0, "url"}},
	"urllib2.urlopen":                           {{ssrfRule, 0, "url"}},
	"eval":                                      {{evalRule, 0, ""}},
	"exec":                                      {{evalRule, 0, ""}},
	"compile":                                   {{evalRule, 0, "source"}},
	"__import__":                                {{evalRule, 0, "name"}},
	"importlib.import_module":                   {{evalRule, 0, "name"}},
}

// httpVerbs are the request functions of requests and httpx, and the methods of their clients.
var httpVerbs = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true,
	"options": true, "request": true, "stream": true,
}

// clientCtors build HTTP clients whose verb methods take a URL.
var clientCtors = map[string]bool{
	"requests.Session": true, "requests.session": true, "httpx.Client": true, "httpx.AsyncClient": true,
	"aiohttp.ClientSession": true, "urllib3.PoolManager": true, "requests.sessions.Session": true,
}

func (m *fileModel) isClientCtor(n *sitter.Node) bool {
	n = python.Unparen(n)
	if n == nil || python.KindOf(n) != "call" {
		return false
	}
	return clientCtors[m.f.QualifiedName(python.Callee(n))]
}

var shells = map[string]bool{
	"sh": true, "bash": true, "/bin/sh": true, "/bin/bash": true, "zsh": true, "/bin/zsh": true,
	"cmd": true, "cmd.exe": true, "powershell": true, "pwsh": true, "dash": true, "/usr/bin/env": false,
}

var subprocessFuncs = map[string]bool{
	"subprocess.run": true, "subprocess.call": true, "subprocess.check_call": true,
	"subprocess.check_output": true, "subprocess.Popen": true,
}

var safeLoaders = map[string]bool{"SafeLoader": true, "CSafeLoader": true, "BaseLoader": true, "CBaseLoader": true}

// calleeText is the sink's name as written, for messages.
func calleeText(f *python.File, callee *sitter.Node) string {
	t := strings.Join(strings.Fields(f.Text(callee)), "")
	if len(t) > 40 {
		t = "..." + t[len(t)-37:]
	}
	return t
}

// checkSinks reports the tainted arguments of a sink call.
func (s *fnState) checkSinks(n, callee *sitter.Node, q string, arg func(int, string) val, argNode func(int, string) *sitter.Node, recv val) {
	f := s.f
	name := calleeText(f, callee)
	report := func(rule int, v val) { s.sink(rule, n, name, v) }
	if q != "" {
		if _, shadowed := s.env.lookup(q); !shadowed {
			for _, sa := range funcSinks[q] {
				report(sa.rule, arg(sa.pos, sa.kw))
			}
		}
		switch {
		case subprocessFuncs[q]:
			cmd := argNode(0, "args")
			if sh := f.KeywordArg(n, "shell"); sh != nil && f.IsTrue(sh) {
				report(cmdRule, arg(0, "args"))
			} else if l := python.Unparen(cmd); l != nil && (python.KindOf(l) == "list" || python.KindOf(l) == "tuple") && python.NamedChildCount(l) >= 3 {
				prog, _ := f.StringValue(python.NamedChild(l, 0))
				flag, _ := f.StringValue(python.NamedChild(l, 1))
				if shells[prog] && (flag == "-c" || flag == "/c" || flag == "-Command") {
					report(cmdRule, s.expr(python.NamedChild(l, 2), 0))
				}
			}
			if l := python.Unparen(cmd); l != nil && (python.KindOf(l) == "list" || python.KindOf(l) == "tuple") && python.NamedChildCount(l) > 0 {
				// [data, "arg"]: without a shell, the client still chooses the program to run.
				if first := python.NamedChild(l, 0); python.KindOf(first) != "list_splat" {
					report(cmdRule, s.expr(first, 0).mapT(func(t *trace) { t.program = true }))
				}
			}
		case q == "yaml.load" || q == "yaml.load_all":
			loader := argNode(1, "Loader")
			if loader == nil || !safeLoaders[lastSegment(f.QualifiedName(loader))] {
				report(deserRule, arg(0, "stream"))
			}
		case bodyCtors[q].kind != notBody:
			s.checkBody(n, name, bodyCtors[q], arg)
		case strings.HasPrefix(q, "requests.") && httpVerbs[strings.TrimPrefix(q, "requests.")],
			strings.HasPrefix(q, "httpx.") && httpVerbs[strings.TrimPrefix(q, "httpx.")]:
			if strings.HasSuffix(q, ".request") || strings.HasSuffix(q, ".stream") {
				report(ssrfRule, arg(1, "url"))
			} else {
				report(ssrfRule, arg(0, "url"))
			}
		}
	}
	if python.KindOf(callee) != "attribute" {
		return
	}
	obj := python.Unparen(python.Child(callee, "object"))
	method := f.Text(python.Child(callee, "attribute"))
	switch method {
	case "execute", "executemany", "executescript", "exec_driver_sql":
		// DB-API cursors and connections, SQLAlchemy sessions, engines and connections.
		report(sqlRule, arg(0, "statement"))
		for _, kw := range []string{"query", "operation", "sql"} {
			report(sqlRule, arg(-1, kw))
		}
	case "raw":
		if strings.HasSuffix(f.Text(obj), "objects") || strings.Contains(f.Text(obj), ".objects.") {
			report(sqlRule, arg(0, "raw_query"))
		}
	case "extra":
		if strings.Contains(f.Text(obj), "objects") {
			for _, kw := range []string{"where", "select", "tables", "order_by"} {
				report(sqlRule, arg(-1, kw))
			}
		}
	case "save":
		// Werkzeug's FileStorage.save(dst) of a Flask upload: the destination is a path, and the
		// upload's own filename is the client's text, not sanitized by Werkzeug.
		if uploadedFile(recv) {
			report(pathRule, arg(0, "dst"))
		}
	case "from_string":
		if s.m.jinja {
			report(tmplRule, arg(0, "source"))
		}
	case "read_text", "read_bytes", "write_text", "write_bytes", "unlink", "rmdir", "open", "touch":
		// pathlib.Path(data).read_text() and the like: the receiver is the path.
		if o := python.Unparen(obj); o != nil && python.KindOf(o) == "call" && strings.HasPrefix(f.QualifiedName(python.Callee(o)), "pathlib.") ||
			o != nil && python.KindOf(o) == "binary_operator" || o != nil && python.KindOf(o) == "identifier" && s.isPathVar(f.Text(o)) {
			report(pathRule, recv)
		}
	}
	if httpVerbs[method] && s.clientObj(obj) {
		if method == "request" {
			report(ssrfRule, arg(1, "url"))
		} else {
			report(ssrfRule, arg(0, "url"))
		}
	}
}

// uploadedFile reports whether a value is a file uploaded to Flask (request.files).
func uploadedFile(v val) bool {
	for _, t := range v {
		if t.org != nil && t.org.param < 0 && strings.Contains(t.org.desc, "request.files") {
			return true
		}
	}
	return false
}

// clientObj reports whether obj is an HTTP client: a variable holding one, or a constructor call.
func (s *fnState) clientObj(obj *sitter.Node) bool {
	obj = python.Unparen(obj)
	if obj == nil {
		return false
	}
	switch python.KindOf(obj) {
	case "identifier":
		return s.clients[s.f.Text(obj)] || s.m.clients[s.f.Text(obj)]
	case "call":
		return s.m.isClientCtor(obj)
	}
	return false
}

// isPathVar: a variable name that was assigned a pathlib path in this function. Kept cheap: the
// variable's taint must have gone through a path join or Path() construction.
func (s *fnState) isPathVar(name string) bool {
	for _, t := range s.env.get(name) {
		if t.via == "a path join" {
			return true
		}
	}
	return false
}
