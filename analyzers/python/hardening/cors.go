package hardening

import (
	"fmt"
	"regexp"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// CORS reports CORS that lets any origin make credentialed requests (AV701).
var CORS = python.NewAnalyzer("AV701",
	[]string{"call", "assignment", "pair", "class_definition"},
	// Every finding needs credentials switched on: supports_credentials, allow_credentials,
	// CORS_ALLOW_CREDENTIALS or the Access-Control-Allow-Credentials header, spelled out in the
	// source (header names in any of these cases), or in the configuration another module holds
	// for app.config.from_object.
	[]string{"redentials", "REDENTIALS", "from_object"},
	runCORS)

const (
	// corsLibMsg takes the library, what makes it accept any origin, and the fix.
	corsLibMsg = `%s accepts every origin (%s) with credentials: it answers any web site with that site's own origin, ` +
		`so a page the user visits can call the API with their cookies and read the responses; %s`
	flaskCORSFix = `list the trusted origins: origins=["https://app.example.com"]`
	// flaskConfigFix is flaskCORSFix when the application's configuration takes part.
	flaskConfigFix = `list the trusted origins: origins=["https://app.example.com"], or CORS_ORIGINS in the app's configuration`
	starletteFix   = `list the trusted origins: allow_origins=["https://app.example.com"]`
	djangoCORSFix  = `list the trusted origins in CORS_ALLOWED_ORIGINS`
	// reflectMsg and wildcardMsg take the line of the credentials header.
	reflectMsg = `Access-Control-Allow-Origin echoes the request's Origin while Access-Control-Allow-Credentials is true (%s): ` +
		`any web site the user visits can call the API with their cookies and read the responses; compare the Origin with an allowlist before echoing it`
	wildcardMsg = `Access-Control-Allow-Origin is * while Access-Control-Allow-Credentials is true (%s): ` +
		`browsers refuse this pair, and echoing the request's Origin to make it work opens the API to every web site; answer with an allowlisted origin`
)

const (
	acao = "Access-Control-Allow-Origin"
	acac = "Access-Control-Allow-Credentials"
)

func runCORS(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	c := &corsPass{Pass: pass}
	defer c.close()
	for _, call := range pass.Nodes("call") {
		// A configuration chosen at run time (if settings.DEBUG: ...) is left to that choice.
		if d, ok := corsCall(c, call); ok && !python.RuntimeConditional(f, call) {
			pass.Report(d)
		}
	}
	djangoCORS(pass)
	handWritten(pass)
}

// corsPass is a pass of the CORS analyzer, with what it reads once per file.
type corsPass struct {
	*python.Pass
	writes     []configWrite // flask-cors settings written to app.config, once read
	writesRead bool
	anyApp     *corsConfig
	foreign    []*python.File // other modules' settings, parsed back from the project facts
}

func (c *corsPass) close() {
	for _, g := range c.foreign {
		g.Close()
	}
}

// config returns what an application's configuration tells flask-cors (see flaskCORSConfig).
func (c *corsPass) config(app string, before *sitter.Node) *corsConfig {
	if !c.writesRead {
		c.writesRead = true
		c.writes = configWrites(c)
	}
	return flaskCORSConfig(c.File, c.writes, app, before)
}

// anyAppConfig returns the flask-cors settings of any application's configuration in the file,
// read once: @cross_origin reads them at each request.
func (c *corsPass) anyAppConfig() *corsConfig {
	if c.anyApp == nil {
		c.anyApp = c.config("", nil)
	}
	return c.anyApp
}

// corsCall returns the finding for a flask-cors or Starlette CORS configuration that accepts any
// origin with credentials.
func corsCall(pass *corsPass, call *sitter.Node) (python.Diagnostic, bool) {
	f := pass.File
	switch name := f.QualifiedName(python.Callee(call)); name {
	case "flask_cors.CORS", "flask_cors.extension.CORS", "flask_cors.cross_origin", "flask_cors.decorator.cross_origin":
		lib := "flask-cors"
		o := corsOptions{f: f, calls: []*sitter.Node{call}}
		if strings.HasSuffix(name, "cross_origin") {
			// Read at each request, from the configuration of the application serving it.
			lib, o.cfg = "@cross_origin", pass.anyAppConfig()
		} else if app := arg(f, call, 0, "app"); app != nil {
			// CORS(app) reads app.config when called; CORS() leaves it to init_app.
			o.cfg = pass.config(f.Text(python.Unparen(app)), call)
		}
		return o.diagnostic(lib, call)
	case "starlette.middleware.cors.CORSMiddleware", "fastapi.middleware.cors.CORSMiddleware":
		// CORSMiddleware(app, allow_origins=..., ...)
		return starletteCORS(f, call, call)
	default:
		// cors = CORS(...) ... cors.init_app(app): the configuration is read by init_app.
		if d, ok := corsInitApp(pass, call); ok {
			return d, true
		}
		// app.add_middleware(CORSMiddleware, ...) and Middleware(CORSMiddleware, ...)
		callee := python.Callee(call)
		isAdd := callee != nil && python.KindOf(callee) == "attribute" && f.Text(python.Child(callee, "attribute")) == "add_middleware"
		isMiddleware := name == "starlette.middleware.Middleware" || name == "fastapi.middleware.Middleware"
		if !isAdd && !isMiddleware {
			break
		}
		if args := python.CallArgs(call); len(args) > 0 && corsMiddleware(f, args[0]) {
			return starletteCORS(f, call, call)
		}
	}
	return python.Diagnostic{}, false
}

func corsMiddleware(f *python.File, n *sitter.Node) bool {
	switch f.QualifiedName(n) {
	case "starlette.middleware.cors.CORSMiddleware", "fastapi.middleware.cors.CORSMiddleware":
		return true
	}
	return false
}

// corsInitApp returns the finding for `cors.init_app(app)` where cors = CORS(...) in this file,
// when the application's configuration (read by init_app) or init_app's own options make it
// accept any origin with credentials while the constructor's alone did not (that is reported at
// the constructor).
func corsInitApp(pass *corsPass, call *sitter.Node) (python.Diagnostic, bool) {
	f := pass.File
	callee := python.Callee(call)
	if callee == nil || python.KindOf(callee) != "attribute" || f.Text(python.Child(callee, "attribute")) != "init_app" {
		return python.Diagnostic{}, false
	}
	recv := python.Unparen(python.Child(callee, "object"))
	app := arg(f, call, 0, "app")
	if recv == nil || python.KindOf(recv) != "identifier" || app == nil {
		return python.Diagnostic{}, false
	}
	var ctor *sitter.Node
	for _, a := range pass.Nodes("assignment") {
		left, v := python.Child(a, "left"), python.AssignedValue(a)
		if left == nil || v == nil || python.KindOf(v) != "call" || f.Text(left) != f.Text(recv) {
			continue
		}
		switch f.QualifiedName(python.Callee(v)) {
		case "flask_cors.CORS", "flask_cors.extension.CORS":
			if arg(f, v, 0, "app") == nil && python.AtModuleLevel(a) {
				ctor = v
			}
		}
	}
	if ctor == nil || (corsOptions{f: f, calls: []*sitter.Node{ctor}}).anyOrigin() != "" {
		return python.Diagnostic{}, false
	}
	o := corsOptions{f: f, calls: []*sitter.Node{ctor, call}, cfg: pass.config(f.Text(python.Unparen(app)), call)}
	return o.diagnostic("flask-cors", call)
}

// corsOptions are flask-cors options as it merges them: the application's configuration (cfg,
// nil when unknown), then the keyword arguments of each call in turn (CORS(...), then
// init_app(...)); a later one wins.
type corsOptions struct {
	f     *python.File
	calls []*sitter.Node
	cfg   *corsConfig
}

// get returns an option's value, and the setting when it comes from the configuration.
func (o corsOptions) get(name string) (*sitter.Node, *configValue) {
	for i := len(o.calls) - 1; i >= 0; i-- {
		if v := kwarg(o.f, o.calls[i], name); v != nil {
			return v, nil
		}
	}
	if o.cfg != nil {
		if cv, ok := o.cfg.opts[name]; ok {
			return cv.value, &cv
		}
	}
	return nil, nil
}

// fileOf returns the file holding an option's value: the configuration's, for a setting another
// module writes.
func (o corsOptions) fileOf(cfg *configValue) *python.File {
	if cfg != nil && cfg.file != nil {
		return cfg.file
	}
	return o.f
}

// diagnostic reports at the call when the options accept any origin with credentials.
func (o corsOptions) diagnostic(lib string, at *sitter.Node) (python.Diagnostic, bool) {
	why := o.anyOrigin()
	if why == "" {
		return python.Diagnostic{}, false
	}
	fix := flaskCORSFix
	if strings.Contains(why, "CORS_") {
		fix = flaskConfigFix
	}
	return python.NodeDiagnostic(at, fmt.Sprintf(corsLibMsg, lib, why, fix)), true
}

// anyOrigin says why flask-cors options accept every origin with credentials, or returns "".
// Options of a `resources` entry override the others; origins default to "*", which flask-cors
// answers by reflecting the request's Origin. Settings from the configuration are named with the
// line that writes them.
func (o corsOptions) anyOrigin() string {
	for _, c := range o.calls {
		if hasOpaqueSplat(c) {
			return ""
		}
	}
	if sw, swCfg := o.get("send_wildcard"); sw != nil && !isFalse(o.fileOf(swCfg), sw) {
		return "" // "*" is sent as it is, which browsers refuse with credentials
	}
	credsV, credsCfg := o.get("supports_credentials")
	creds := o.fileOf(credsCfg).IsTrue(credsV)
	origins, originsCfg := o.get("origins")
	// A configuration loaded from elsewhere may list the origins the call leaves to it.
	unknown := o.cfg != nil && o.cfg.opaque
	credsWhy := func(c bool, cfg *configValue) string {
		if c && cfg != nil {
			return fmt.Sprintf(", with %s = True%s", cfg.key, cfg.place())
		}
		return ""
	}
	resV, resCfg := o.get("resources")
	res := python.Unparen(resV)
	rf := o.fileOf(resCfg) // the file of the resources' entries
	if res == nil || python.KindOf(res) == "string" || python.KindOf(res) == "list" || python.KindOf(res) == "concatenated_string" {
		if creds && !(origins == nil && unknown) {
			if why := flaskOriginsAny(o.fileOf(originsCfg), origins, originsCfg); why != "" {
				return why + credsWhy(creds, credsCfg)
			}
		}
		return ""
	}
	if python.KindOf(res) != "dictionary" {
		return "" // resources from a variable may override the origins
	}
	for i := uint(0); i < python.NamedChildCount(res); i++ {
		p := python.NamedChild(res, i)
		if python.KindOf(p) != "pair" {
			continue
		}
		opts := python.Unparen(python.Child(p, "value"))
		if opts == nil || python.KindOf(opts) != "dictionary" {
			continue
		}
		or, orFile, orCfg, c, cCfg := origins, o.fileOf(originsCfg), originsCfg, creds, credsCfg
		if v := rawDictValue(rf, opts, "origins"); v != nil {
			or, orFile, orCfg = v, rf, nil
		}
		if v := rawDictValue(rf, opts, "supports_credentials"); v != nil {
			c, cCfg = rf.IsTrue(v), nil
		}
		if c && !(or == nil && unknown) {
			if why := flaskOriginsAny(orFile, or, orCfg); why != "" {
				pattern, _ := rf.StringValue(python.Child(p, "key"))
				return fmt.Sprintf("%s for %q", why, pattern) + credsWhy(c, cCfg)
			}
		}
	}
	return ""
}

// rawDictValue is File.DictValue for keys spelled out in the source.
func rawDictValue(f *python.File, d *sitter.Node, key string) *sitter.Node {
	v := f.DictValue(d, key)
	if v == nil {
		return nil
	}
	if k, ok := literal(f, python.Child(python.Parent(v), "key")); !ok || k != key {
		return nil
	}
	return v
}

// flaskOriginsAny says why flask-cors origins accept any origin: absent (the default "*"), "*",
// or a regular expression that matches any origin (flask-cors takes strings with regex
// characters as patterns, matched at the start). f holds origins; cfg is the configuration
// setting the origins come from, if they do.
func flaskOriginsAny(f *python.File, origins *sitter.Node, cfg *configValue) string {
	if origins == nil {
		return `origins defaults to "*"`
	}
	name, where := "origins", ""
	if cfg != nil {
		name, where = cfg.key, cfg.place()
	}
	for _, s := range stringItems(f, origins) {
		if s == "*" {
			return fmt.Sprintf(`%s="*"%s`, name, where)
		}
		if strings.ContainsAny(s, `*\]?$^[()`) && matchesAnyOrigin(s, false) {
			return fmt.Sprintf("%s pattern %q matches any origin%s", name, s, where)
		}
	}
	return ""
}

// stringItems returns the constant strings of a string literal or of a list, tuple or set
// literal of them, written in place or assigned once to the name given (origins = [...]).
func stringItems(f *python.File, n *sitter.Node) []string {
	n = assignedOnce(f, n)
	if n == nil {
		return nil
	}
	if s, ok := f.StringValue(n); ok {
		return []string{s}
	}
	switch python.KindOf(n) {
	case "list", "tuple", "set":
	default:
		return nil
	}
	var out []string
	for i := uint(0); i < python.NamedChildCount(n); i++ {
		if s, ok := f.StringValue(python.NamedChild(n, i)); ok {
			out = append(out, s)
		}
	}
	return out
}

// starletteCORS reports a Starlette or FastAPI CORSMiddleware configured with any origin and
// allow_credentials=True; opts is the call holding the keyword arguments.
func starletteCORS(f *python.File, at, opts *sitter.Node) (python.Diagnostic, bool) {
	if hasOpaqueSplat(opts) || !f.IsTrue(kwarg(f, opts, "allow_credentials")) {
		return python.Diagnostic{}, false
	}
	why := ""
	for _, s := range stringItems(f, kwarg(f, opts, "allow_origins")) {
		if s == "*" {
			why = `allow_origins holds "*"`
		}
	}
	if re, ok := f.StringValue(assignedOnce(f, kwarg(f, opts, "allow_origin_regex"))); ok && why == "" && matchesAnyOrigin(re, true) {
		why = fmt.Sprintf("allow_origin_regex %q matches any origin", re)
	}
	if why == "" {
		return python.Diagnostic{}, false
	}
	return python.NodeDiagnostic(at, fmt.Sprintf(corsLibMsg, "CORSMiddleware", why, starletteFix)), true
}

// attackerOrigins are origins no allowlist should accept.
var attackerOrigins = []string{"https://attacker.invalid", "http://evil.example.net"}

// matchesAnyOrigin reports whether a Python regular expression accepts an attacker's origin:
// matched at the start (re.match) or in full (re.fullmatch). Patterns Go's regexp cannot compile
// are given the benefit of the doubt.
func matchesAnyOrigin(pattern string, full bool) bool {
	expr := `^(?i:` + pattern + `)`
	if full {
		expr = `^(?:` + pattern + `)$`
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return false
	}
	for _, o := range attackerOrigins {
		if re.MatchString(o) {
			return true
		}
	}
	return false
}

// djangoCORS reports django-cors-headers settings that accept any origin with credentials:
// CORS_ALLOW_ALL_ORIGINS = True (or CORS_ORIGIN_ALLOW_ALL, or an origin regex matching anything)
// with CORS_ALLOW_CREDENTIALS = True, at module level and unconditionally.
func djangoCORS(pass *python.Pass) {
	f := pass.File
	var all *sitter.Node
	why, creds := "", false
	for _, a := range pass.Nodes("assignment") {
		left, value := python.Child(a, "left"), python.AssignedValue(a)
		if left == nil || value == nil || python.KindOf(left) != "identifier" || !python.AtModuleLevel(a) || python.RuntimeConditional(f, a) {
			continue
		}
		switch name := f.Text(left); name {
		case "CORS_ALLOW_CREDENTIALS":
			creds = f.IsTrue(value)
		case "CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL":
			if f.IsTrue(value) && all == nil {
				all, why = a, name+" = True"
			}
		case "CORS_ALLOWED_ORIGIN_REGEXES", "CORS_ORIGIN_REGEX_WHITELIST":
			for _, re := range stringItems(f, value) {
				if all == nil && matchesAnyOrigin(re, false) {
					all, why = a, fmt.Sprintf("%s holds %q, which matches any origin", name, re)
				}
			}
		}
	}
	if all != nil && creds {
		pass.Report(python.NodeDiagnostic(all, fmt.Sprintf(corsLibMsg, "django-cors-headers", why, djangoCORSFix)))
	}
}

// headerSetting is one response header set by hand: the node setting it, and the value.
type headerSetting struct {
	node, value *sitter.Node
}

// handWritten reports Access-Control-Allow-Origin set to * or to the request's Origin in a
// function (or at module level) that also sets Access-Control-Allow-Credentials: true.
func handWritten(pass *python.Pass) {
	f := pass.File
	type scopeHeaders struct {
		origin []headerSetting
		cred   *sitter.Node
	}
	scopes := map[uintptr]*scopeHeaders{}
	var order []*sitter.Node
	add := func(n, key, value *sitter.Node) {
		name, ok := literal(f, key)
		if !ok || value == nil {
			return
		}
		isOrigin := strings.EqualFold(name, acao)
		// The credentials header must be spelled with "redentials" or "REDENTIALS", as the
		// prefilter expects.
		isCred := strings.EqualFold(name, acac) && (strings.Contains(name, "redentials") || strings.Contains(name, "REDENTIALS"))
		if !isOrigin && !isCred {
			return
		}
		scope := enclosingFunctionOrModule(f, n)
		s := scopes[scope.Id()]
		if s == nil {
			s = &scopeHeaders{}
			scopes[scope.Id()] = s
			order = append(order, scope)
		}
		if isOrigin {
			s.origin = append(s.origin, headerSetting{n, value})
		} else if v, ok := f.StringValue(value); ok && strings.EqualFold(v, "true") || f.IsTrue(value) {
			s.cred = n
		}
	}
	// response.headers["..."] = v, response["..."] = v (Django)
	for _, a := range pass.Nodes("assignment") {
		if left := python.Child(a, "left"); left != nil && python.KindOf(left) == "subscript" {
			add(a, python.Child(left, "subscript"), python.AssignedValue(a))
		}
	}
	// headers.add(k, v), headers.set(k, v), headers.setdefault(k, v)
	for _, call := range pass.Nodes("call") {
		callee := python.Callee(call)
		if callee == nil || python.KindOf(callee) != "attribute" {
			continue
		}
		switch f.Text(python.Child(callee, "attribute")) {
		case "add", "set", "setdefault", "add_header", "__setitem__":
			if args := python.CallArgs(call); len(args) == 2 {
				add(call, args[0], args[1])
			}
		}
	}
	// {"Access-Control-Allow-Origin": "*"} given as headers or to headers.update
	for _, p := range pass.Nodes("pair") {
		add(p, python.Child(p, "key"), python.Child(p, "value"))
	}
	for _, scope := range order {
		s := scopes[scope.Id()]
		if s.cred == nil {
			continue
		}
		credLine := fmt.Sprintf("line %d", python.StartPosition(s.cred).Row+1)
		for _, h := range s.origin {
			if v, ok := f.StringValue(h.value); ok {
				if v == "*" && !separateFlags(f, h.node, s.cred) {
					pass.Report(python.NodeDiagnostic(h.node, fmt.Sprintf(wildcardMsg, credLine)))
				}
				continue
			}
			if reflected(pass, scope, h.value) {
				pass.Report(python.NodeDiagnostic(h.node, fmt.Sprintf(reflectMsg, credLine)))
			}
		}
	}
}

// originRead reports whether n reads the request's Origin header: request.headers.get("Origin"),
// request.headers["Origin"], request.META.get("HTTP_ORIGIN"), request.environ["HTTP_ORIGIN"],
// or Flask's request.origin.
func originRead(f *python.File, n *sitter.Node) bool {
	n = python.Unparen(n)
	if n == nil {
		return false
	}
	var container, key *sitter.Node
	switch python.KindOf(n) {
	case "attribute":
		return f.QualifiedName(n) == "flask.request.origin"
	case "call":
		callee := python.Callee(n)
		args := python.CallArgs(n)
		if callee == nil || python.KindOf(callee) != "attribute" || f.Text(python.Child(callee, "attribute")) != "get" || len(args) == 0 {
			return false
		}
		container, key = python.Child(callee, "object"), args[0]
	case "subscript":
		container, key = python.Child(n, "value"), python.Child(n, "subscript")
	default:
		return false
	}
	container = python.Unparen(container)
	if container == nil || python.KindOf(container) != "attribute" {
		return false
	}
	k, ok := f.StringValue(key)
	if !ok {
		return false
	}
	switch f.Text(python.Child(container, "attribute")) {
	case "headers":
		return strings.EqualFold(k, "Origin")
	case "META", "environ", "scope":
		return k == "HTTP_ORIGIN"
	}
	return false
}

// reflected reports whether value is the request's Origin, read in place or through a variable
// of the scope, and the scope never looks at it otherwise (an allowlist lookup, a comparison
// with a trusted origin). Testing that it is present does not count, nor logging it.
func reflected(pass *python.Pass, scope, value *sitter.Node) bool {
	f := pass.File
	value = python.Unparen(value)
	name := ""
	defs := map[uintptr]bool{}
	switch {
	case originRead(f, value):
	case python.KindOf(value) == "identifier":
		name = f.Text(value)
		for _, a := range pass.Nodes("assignment") {
			left := python.Child(a, "left")
			if left == nil || python.KindOf(left) != "identifier" || f.Text(left) != name || enclosingFunctionOrModule(f, a).Id() != scope.Id() {
				continue
			}
			if v := python.AssignedValue(a); v != nil && originRead(f, v) {
				defs[v.Id()] = true
				defs[left.Id()] = true
			}
		}
		if len(defs) == 0 {
			return false
		}
	default:
		return false
	}
	checked := false
	walk(scope, func(n *sitter.Node) bool {
		if checked || n.Id() == value.Id() || defs[n.Id()] {
			return false
		}
		if python.KindOf(n) == "function_definition" && n.Id() != scope.Id() {
			return false // another scope
		}
		use := name != "" && python.KindOf(n) == "identifier" && f.Text(n) == name || originRead(f, n)
		if !use {
			return true
		}
		if !presenceCheck(f, n) && !logged(f, n) {
			checked = true
		}
		return false
	})
	return !checked
}

// presenceCheck reports whether the origin at n is only tested for presence: `if origin:`,
// `if not origin`, `origin is None`, `origin != ""`, `len(origin) > 0`.
func presenceCheck(f *python.File, n *sitter.Node) bool {
	p := python.Parent(n)
	for p != nil && python.KindOf(p) == "parenthesized_expression" {
		n, p = p, python.Parent(p)
	}
	if p == nil {
		return false
	}
	switch python.KindOf(p) {
	case "if_statement", "elif_clause", "while_statement", "conditional_expression":
		if c := python.Child(p, "condition"); c != nil && c.Id() == n.Id() {
			return true
		}
		return python.KindOf(p) == "conditional_expression" // x if origin else y
	case "not_operator":
		return true
	case "boolean_operator":
		return true
	case "comparison_operator":
		for i := uint(0); i < python.NamedChildCount(p); i++ {
			o := python.NamedChild(p, i)
			if o.Id() == n.Id() {
				continue
			}
			if s, ok := f.StringValue(o); ok && s == "" || python.KindOf(o) == "none" || python.KindOf(o) == "integer" && f.Text(o) == "0" {
				return true
			}
		}
	case "argument_list":
		if call := python.Parent(p); call != nil && f.Text(python.Callee(call)) == "len" {
			return presenceCheck(f, call)
		}
	}
	return false
}

// logged reports whether the origin at n is an argument of print, a logging call or a logger
// method.
func logged(f *python.File, n *sitter.Node) bool {
	p := python.Parent(n)
	if p == nil || python.KindOf(p) != "argument_list" || python.Parent(p) == nil {
		return false
	}
	callee := python.Callee(python.Parent(p))
	name := f.QualifiedName(callee)
	if name == "print" || strings.HasPrefix(name, "logging.") {
		return true
	}
	if callee != nil && python.KindOf(callee) == "attribute" {
		switch f.Text(python.Child(callee, "attribute")) {
		case "debug", "info", "warning", "warn", "error", "exception", "critical", "log":
			return true
		}
	}
	return false
}

// separateFlags reports whether the wildcard origin and the credentials header are each set in
// a branch of its own flag (if allow_all_origins: ...; if allow_credentials: ...): a CORS
// implementation whose caller picks the options, not an application that sends both.
func separateFlags(f *python.File, origin, cred *sitter.Node) bool {
	a, b := flagBranch(f, origin), flagBranch(f, cred)
	return a != nil && b != nil && a.Id() != b.Id()
}

// flagBranch returns the if statement whose branch holds n when its condition is a plain name
// (a flag: if allow_credentials:, if not explicit_origin:), or nil.
func flagBranch(f *python.File, n *sitter.Node) *sitter.Node {
	for p := python.Parent(n); p != nil; p = python.Parent(p) {
		switch python.KindOf(p) {
		case "function_definition", "class_definition", "lambda", "module":
			return nil
		case "if_statement":
			c := python.Unparen(python.Child(p, "condition"))
			if c != nil && python.KindOf(c) == "not_operator" {
				c = python.Unparen(python.Child(c, "argument"))
			}
			if c != nil && python.KindOf(c) == "identifier" {
				return p
			}
			return nil
		}
	}
	return nil
}
