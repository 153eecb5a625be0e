package secrets

import (
	"path/filepath"
	"sort"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/credentials"
	engine "github.com/apivet/apivet/internal/secrets"
)

// kinds are the node kinds the collector reads; every analyzer of the package declares all of
// them, so whichever runs first finds them indexed.
var kinds = []string{
	"string", "concatenated_string", // the literals
	"assignment", "keyword_argument", "pair", "default_parameter", "typed_default_parameter",
	"call", "comparison_operator", // what binds a literal to a name or a security API
	"dictionary", // name maps, whose values are names whatever their keys say
}

// proseKeywords take text for people (option help, error details), which quotes example URLs
// and headers rather than configuring them: add_argument("--proxy", help="scheme://[user:pw@]host").
var proseKeywords = map[string]bool{"help": true, "description": true, "epilog": true, "usage": true,
	"detail": true, "message": true, "msg": true, "summary": true, "hint": true, "example": true}

// binding is what the collector knows about the place of one literal.
type binding struct {
	name, sink string
	authHeader bool // the value of an Authorization header: a Bearer value is a bearer-header sink
	prose      bool // a docstring or help text: only provider tokens are reported there
	// compared: the literal is what a value is compared with. Only a real-looking secret is
	// reported there: a placeholder is what code checks against to refuse it
	// (if api_key == "your_api_key": raise …), and lexers compare tokens with "..." or "(".
	compared bool
	// hidden: a mask written over a secret to show the rest (url.replace(password="****")).
	hidden bool
}

// result is one finding of the file, for the analyzer of its rule.
type result struct {
	rule   string
	diag   python.Diagnostic
	secret string // the matched bytes, for tests; never reported
}

// collector works out, in one pass over the indexed nodes, the binding of every literal that has
// one. It neither walks the tree nor climbs it: Node.Parent costs a descent from the root, so it is
// kept for the rare unbound literal that passes the prefilter (isDocstring).
type collector struct {
	f     *python.File
	bound map[uintptr]binding
	// starts are the start offsets of the string nodes, in source order: a node with none inside
	// it binds nothing, and most calls and assignments are dismissed by one binary search.
	starts []uint
}

// collect returns every finding of the four rules in f.
func collect(f *python.File) []result {
	c := &collector{f: f, bound: map[uintptr]binding{}}
	c.bindAll()
	test := f.IsTest()
	var out []result
	report := func(n *sitter.Node, value string, ctx engine.Context, only, skip string) {
		ctx.Language = "python"
		for _, m := range engine.Scan(value, ctx) {
			if only != "" && m.Rule != only || m.Rule == skip {
				continue
			}
			if m.Rule == engine.RulePlaceholder && inRedaction(f, n) {
				continue // a mask or placeholder written in __repr__ or redact_url, over a secret
			}
			out = append(out, result{m.Rule, python.NodeDiagnostic(n, engine.Message(m, ctx)), value[m.Start:m.End]})
		}
	}
	// The strings of an implicit concatenation are read as one literal, through their parent.
	inner := map[uintptr]bool{}
	for _, cs := range f.Nodes("concatenated_string") {
		for _, part := range namedChildren(cs) {
			inner[part.Id()] = true
		}
	}
	for _, list := range [][]*sitter.Node{f.Nodes("string"), f.Nodes("concatenated_string")} {
		for _, n := range list {
			if inner[n.Id()] {
				continue
			}
			// Most literals are plain strings, read from their bytes without building a literal;
			// lit.segments is only read for f-strings (not constant).
			var lit literal
			value, constant := plainString(f, n)
			if !constant {
				lit = readLiteral(f, n)
				value, constant = lit.value()
			}
			b, named := c.bound[n.Id()]
			if custom := f.Settings.SecretFormats; len(custom) > 0 {
				// The project's own token formats, checked in constant text, f-strings included.
				for _, seg := range append([]string{value}, lit.segments...) {
					for _, m := range engine.ScanCustom(seg, custom) {
						ctx := engine.Context{TestFile: test, Language: "python"}
						out = append(out, result{m.Rule, python.NodeDiagnostic(n, engine.Message(m, ctx)), seg[m.Start:m.End]})
					}
					if constant {
						break
					}
				}
			}
			if !constant {
				// An f-string: its value is decided at run time, but a provider token written into
				// its constant text is still in the source.
				for _, seg := range lit.segments {
					if engine.Prefilter(seg) {
						report(n, seg, engine.Context{TestFile: test}, engine.RuleTokenFormat, "")
					}
				}
				continue
			}
			ctx := engine.Context{TestFile: test}
			if named && !b.prose {
				ctx.Name, ctx.Sink = messageName(b.name), b.sink
				if b.authHeader && ctx.Sink == "" && hasTokenScheme(value) {
					ctx.Sink = sinkBearer
				}
			}
			if ctx.Name == "" && ctx.Sink == "" && !engine.Prefilter(value) {
				continue
			}
			only, skip := "", ""
			if b.prose || !named && isDocstring(n) {
				only = engine.RuleTokenFormat // prose: only a provider token is a leak there
			}
			if b.compared || b.hidden {
				skip = engine.RulePlaceholder
			}
			report(n, value, ctx, only, skip)
		}
	}
	// Comments are prose too, but a provider token pasted into one is as leaked as in code.
	for _, cm := range f.Comments {
		text := f.Text(cm)
		if engine.Prefilter(text) {
			ctx := engine.Context{TestFile: test}
			report(cm, text, ctx, engine.RuleTokenFormat, "")
		}
	}
	return out
}

// messageName is the name passed to the engine. A name that is neither a credential nor a URL
// setting (default=, LOCATION, broker=) cannot change the verdict, but the engine would suggest
// it as the environment variable to use (os.environ["DEFAULT"]); without it, the suggestion is
// the engine's default for the kind of secret.
func messageName(name string) string {
	if engine.IsCredentialName(name) {
		return name
	}
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '_' || r == '-' || r == '.' })
	if len(words) > 0 {
		switch words[len(words)-1] {
		case "url", "uri", "dsn", "urls", "uris":
			return name
		}
	}
	return ""
}

// hasTokenScheme reports whether an Authorization header value starts with the Bearer or Token
// scheme (Basic credentials are judged by the engine from the value alone).
func hasTokenScheme(v string) bool {
	v = strings.TrimLeft(v, " \t")
	for _, s := range []string{"bearer ", "token "} {
		if len(v) > len(s) && strings.EqualFold(v[:len(s)], s) {
			return true
		}
	}
	return false
}

// hasLiteral reports whether a string literal starts inside n.
func (c *collector) hasLiteral(n *sitter.Node) bool {
	if n == nil {
		return false
	}
	start, end := python.StartByte(n), python.EndByte(n)
	i := sort.Search(len(c.starts), func(i int) bool { return c.starts[i] >= start })
	return i < len(c.starts) && c.starts[i] < end
}

func (c *collector) bindAll() {
	f := c.f
	strs := f.Nodes("string")
	c.starts = make([]uint, len(strs))
	for i, n := range strs {
		c.starts[i] = python.StartByte(n)
	}
	// Later bindings win: a keyword argument names its literal ("default"), and the assignment
	// of a Field(default=…) or the call of a lookup (os.environ.get(key, default=…)) renames it.
	for _, k := range f.Nodes("keyword_argument") {
		v := python.Child(k, "value")
		if !c.hasLiteral(v) {
			continue
		}
		name := f.Text(python.Child(k, "name"))
		if proseKeywords[name] {
			if v = unparen(v); isLiteral(v) {
				c.bound[v.Id()] = binding{prose: true}
			}
			continue
		}
		c.bind(v, name)
	}
	for _, kind := range []string{"default_parameter", "typed_default_parameter"} {
		for _, p := range f.Nodes(kind) {
			if v := python.Child(p, "value"); c.hasLiteral(v) {
				c.bind(v, identName(f, python.Child(p, "name")))
			}
		}
	}
	nameMaps := c.nameMapPairs()
	for _, p := range f.Nodes("pair") {
		if nameMaps[p.Id()] {
			continue
		}
		if v := python.Child(p, "value"); c.hasLiteral(v) {
			if key, ok := c.stringValue(python.Child(p, "key")); ok {
				c.bind(v, key)
			}
		}
	}
	for _, a := range f.Nodes("assignment") {
		c.assignment(a)
	}
	for _, cmp := range f.Nodes("comparison_operator") {
		if c.hasLiteral(cmp) {
			c.comparison(cmp)
		}
	}
	// Calls last: a security API adds its sink to a literal already named by a keyword. The same
	// pass picks the calls followSinks reads, which it handles once every literal is bound.
	var sinks []sinkCall
	for _, call := range f.Nodes("call") {
		callee := unparen(python.Callee(call))
		if callee == nil {
			continue
		}
		if c.hasLiteral(python.Child(call, "arguments")) {
			c.call(call, callee)
		}
		if sinkMethods[writtenLast(f, callee)] {
			sinks = append(sinks, sinkCall{call, callee})
		}
	}
	// And the literals security APIs receive through a name.
	c.followSinks(sinks)
}

// isDocstring reports whether the literal n is the docstring of the module, a class or a
// function. It is asked only of the few literals that pass the engine's prefilter without a
// binding, so its Parent calls (each a descent from the root) cost little overall.
func isDocstring(n *sitter.Node) bool {
	stmt := python.Parent(n)
	if stmt == nil || python.KindOf(stmt) != "expression_statement" || python.NamedChildCount(stmt) != 1 {
		return false
	}
	body := python.Parent(stmt)
	if body == nil {
		return false
	}
	switch python.KindOf(body) {
	case "module":
	case "block":
		owner := python.Parent(body)
		if owner == nil || python.KindOf(owner) != "function_definition" && python.KindOf(owner) != "class_definition" {
			return false
		}
	default:
		return false
	}
	for _, s := range python.NamedChildren(body) {
		if python.KindOf(s) != "comment" {
			return s.Id() == stmt.Id()
		}
	}
	return false
}

func isLiteral(n *sitter.Node) bool {
	return n != nil && (python.KindOf(n) == "string" || python.KindOf(n) == "concatenated_string")
}

// stringValue is the value of a constant string literal (not an f-string).
func (c *collector) stringValue(n *sitter.Node) (string, bool) {
	n = unparen(n)
	if !isLiteral(n) {
		return "", false
	}
	if v, ok := plainString(c.f, n); ok {
		return v, true
	}
	return readLiteral(c.f, n).value()
}

// identName is the text of an identifier, or "" (a tuple pattern parameter, an error hole).
func identName(f *python.File, n *sitter.Node) string {
	if n == nil || python.KindOf(n) != "identifier" {
		return ""
	}
	return f.Text(n)
}

// targetName is the name a value assigned to the target is bound to: the variable, the last
// attribute (app.secret_key -> secret_key: the object it hangs on says nothing about the value),
// or the string key of a subscript (app.config["SECRET_KEY"], os.environ["API_KEY"]).
func (c *collector) targetName(t *sitter.Node) string {
	t = unparen(t)
	if t == nil {
		return ""
	}
	switch python.KindOf(t) {
	case "identifier":
		return c.f.Text(t)
	case "attribute":
		return identName(c.f, python.Child(t, "attribute"))
	case "subscript":
		if key, ok := c.stringValue(python.Child(t, "subscript")); ok {
			return key
		}
	}
	return ""
}

func (c *collector) assignment(a *sitter.Node) {
	right := python.Child(a, "right")
	if !c.hasLiteral(right) {
		return
	}
	left, right := python.Child(a, "left"), unparen(right)
	if left == nil || right == nil {
		return
	}
	switch python.KindOf(left) {
	case "pattern_list", "tuple_pattern", "list_pattern":
		// user, password = "admin", "…"
		switch python.KindOf(right) {
		case "expression_list", "tuple", "list":
		default:
			return
		}
		targets, values := namedChildren(left), namedChildren(right)
		if len(targets) != len(values) {
			return
		}
		for i, t := range targets {
			c.bind(values[i], c.targetName(t))
		}
		return
	}
	name := c.targetName(left)
	if name == "" {
		return
	}
	// api_key: str = Field(default="…")
	if python.KindOf(right) == "call" {
		if pos, ok := fieldFuncs[c.f.QualifiedName(python.Callee(right))]; ok {
			if v := c.f.KeywordArg(right, "default"); v != nil {
				c.bind(v, name)
			} else if args := python.CallArgs(right); pos >= 0 && pos < len(args) {
				c.bind(args[pos], name)
			}
		}
		return
	}
	c.bind(right, name)
}

// bind records name for the literal value v, looking through parentheses, an `or` fallback
// (API_KEY = os.environ.get("API_KEY") or "…") and one level of tuple, list or set: a sequence
// bound to a credential name holds credentials, except that a pair bound to an auth name
// (auth = ("user", "pass")) is a user name and a password.
func (c *collector) bind(v *sitter.Node, name string) {
	if name == "" {
		return
	}
	v = unparen(v)
	for v != nil && python.KindOf(v) == "boolean_operator" && c.f.Text(python.Child(v, "operator")) == "or" {
		v = unparen(python.Child(v, "right"))
	}
	if v == nil {
		return
	}
	switch python.KindOf(v) {
	case "string", "concatenated_string":
		c.bound[v.Id()] = binding{name: name, authHeader: isAuthHeader(name)}
	case "tuple", "list", "set", "expression_list":
		elems := namedChildren(v)
		if isAuthPairName(name) && len(elems) == 2 {
			c.setSink(elems[1], sinkBasicAuth)
			return
		}
		if !holdsCredentials(name) {
			return
		}
		for _, e := range elems {
			if e = unparen(e); isLiteral(e) {
				c.bound[e.Id()] = binding{name: name}
			}
		}
	}
}

// setSink marks the literal v as the secret argument of a security API. A name the literal
// already has is kept when it is a credential name (HTTPBasicAuth("u", password="…")) and
// dropped otherwise (jwt.encode(p, key="…"): "key" says less than the sink).
func (c *collector) setSink(v *sitter.Node, sink string) {
	v = unparen(v)
	if !isLiteral(v) {
		return
	}
	b := c.bound[v.Id()]
	if b.prose {
		return
	}
	if !engine.IsCredentialName(b.name) {
		b.name = ""
	}
	b.sink = sink
	c.bound[v.Id()] = b
}

// isAuthHeader: the Authorization (or Proxy-Authorization) header, whose value is a credential.
func isAuthHeader(name string) bool {
	return strings.EqualFold(name, "authorization") || strings.EqualFold(name, "proxy-authorization")
}

// isAuthPairName: names that hold a (user, password) pair: auth, basic_auth, basicAuth,
// credentials, creds (not OAuth, which names a protocol).
func isAuthPairName(name string) bool {
	switch lastWord(name) {
	case "auth":
		return !strings.HasSuffix(strings.ToLower(name), "oauth")
	case "creds", "credentials", "credential":
		return true
	}
	return false
}

// holdsCredentials: a sequence bound to the name holds credentials (SIGNING_KEYS, API_TOKENS,
// SECRET_KEY_FALLBACKS), not names or formats of them (_SSH_KEY_FORMATS, token_variants, a
// "Password Hashing" list of function names).
func holdsCredentials(name string) bool {
	switch lastWord(name) {
	case "keys", "tokens", "secrets", "passwords", "credentials", "creds", "fallbacks":
		return true
	}
	return false
}

// lastWord is the last word of a name in snake, kebab, dotted or camel case, in lower case.
func lastWord(name string) string {
	end := len(name)
	for end > 0 && !isAlnum(name[end-1]) {
		end--
	}
	start := end
	for start > 0 && isAlnum(name[start-1]) {
		start--
		c := name[start]
		if c >= 'A' && c <= 'Z' && start > 0 && name[start-1] >= 'a' && name[start-1] <= 'z' {
			break // camelCase boundary: basicAuth -> Auth
		}
	}
	return strings.ToLower(name[start:end])
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// comparison binds a literal compared for (in)equality with a named value: password == "…",
// request.headers.get("X-API-Key") != "…".
func (c *collector) comparison(cmp *sitter.Node) {
	if python.NamedChildCount(cmp) != 2 {
		return
	}
	op := c.f.Text(python.Child(cmp, "operators"))
	if op != "==" && op != "!=" {
		return
	}
	c.bindPair(python.NamedChild(cmp, 0), python.NamedChild(cmp, 1))
}

// bindPair binds whichever of a and b is a literal to the other's name.
func (c *collector) bindPair(a, b *sitter.Node) {
	a, b = unparen(a), unparen(b)
	if a == nil || b == nil {
		return
	}
	if isLiteral(a) {
		a, b = b, a
	}
	if !isLiteral(b) || isLiteral(a) {
		return
	}
	name := c.targetName(a)
	if name == "" && python.KindOf(a) == "call" {
		name = c.lookupKey(a)
	}
	if name != "" {
		c.bound[b.Id()] = binding{name: name, compared: true}
	}
}

// lookupKey is the key of a lookup call such as headers.get("X-API-Key"), or "".
func (c *collector) lookupKey(call *sitter.Node) string {
	callee := unparen(python.Callee(call))
	if callee == nil {
		return ""
	}
	return c.lookupKeyOf(call, callee, c.qualifiedName(callee), func() []*sitter.Node { return python.CallArgs(call) })
}

// lookupKeyOf is lookupKey for a call whose callee and qualified name (as qualifiedName gives
// it) are known; positional lists its positional arguments.
func (c *collector) lookupKeyOf(call, callee *sitter.Node, qn string, positional func() []*sitter.Node) string {
	if !lookupFuncs[qn] && !c.envReader(callee) {
		if python.KindOf(callee) != "attribute" || !lookupMethods[c.f.Text(python.Child(callee, "attribute"))] {
			return ""
		}
	}
	args := positional()
	if len(args) == 0 {
		return ""
	}
	if key, ok := c.stringValue(args[0]); ok && isKeyName(key) {
		return key
	}
	return ""
}

// devSettingsModule reports whether a path is a development or test settings module of a
// Django or Flask project (settings/local.py, settings/test.py, local_settings.py,
// config/dev.py): a settings or config module, or a module of a settings or config package,
// named for development or tests.
func devSettingsModule(path string) bool {
	path = filepath.ToSlash(path)
	base := strings.TrimSuffix(filepath.Base(path), ".py")
	dir := filepath.Base(filepath.Dir(path))
	words := credentials.Words(base)
	inSettings := dir == "settings" || dir == "config" || dir == "configs"
	for _, w := range words {
		if w == "settings" || w == "config" {
			inSettings = true
		}
	}
	if !inSettings {
		return false
	}
	for _, w := range words {
		switch w {
		case "test", "tests", "testing", "dev", "development", "local", "ci":
			return true
		}
	}
	return false
}

// envReader reports whether callee reads a variable through a django-environ or environs reader:
// env(...), env.str(...).
func (c *collector) envReader(callee *sitter.Node) bool {
	switch python.KindOf(callee) {
	case "identifier":
		return envReaders[c.f.Text(callee)]
	case "attribute":
		o := python.Child(callee, "object")
		return python.KindOf(o) == "identifier" && envReaders[c.f.Text(o)] && c.f.Text(python.Child(callee, "attribute")) == "str"
	}
	return false
}

// isKeyName: an environment variable, header or configuration key name, not a URL or a sentence
// (requests.get("https://…/token", …) is no lookup of a key named like a token).
func isKeyName(s string) bool {
	if s == "" || len(s) > 128 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; {
		case ch >= 'a' && ch <= 'z', ch >= 'A' && ch <= 'Z', ch == '_':
		case ch >= '0' && ch <= '9', ch == '-', ch == '.':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func (c *collector) call(call, callee *sitter.Node) {
	f := c.f
	qn := c.qualifiedName(callee)
	// The positional arguments are listed on first use: most calls use none of them.
	var args []*sitter.Node
	argsRead := false
	positional := func() []*sitter.Node {
		if !argsRead {
			args, argsRead = python.CallArgs(call), true
		}
		return args
	}
	if s, ok := callSinks[qn]; ok {
		if v := f.KeywordArg(call, s.keyword); v != nil {
			c.setSink(v, s.sink)
		} else if args := positional(); s.pos >= 0 && s.pos < len(args) {
			c.setSink(args[s.pos], s.sink)
		}
	}
	c.markMasks(call, callee)
	if compareFuncs[qn] {
		if args := positional(); len(args) == 2 {
			c.bindPair(args[0], args[1])
		}
	}
	// requests.get(url, auth=("user", "…")), httpx.Client(auth=…): the keyword binding of the
	// tuple already made its second element a password.

	// os.environ.get("API_KEY", "…"), settings.get("password", "…"). In a development or test
	// settings module (settings/local.py, settings/test.py) the default is the value used on a
	// developer's machine or in the test suite, not a production secret.
	if key := c.lookupKeyOf(call, callee, qn, positional); key != "" && !devSettingsModule(f.Path) {
		if v := f.KeywordArg(call, "default"); v != nil {
			c.bind(v, key)
		} else if args := positional(); len(args) >= 2 {
			c.bind(args[1], key)
		}
	}
	// parser.add_argument("-p", "--password", default="…"), click.option("--api-key", default="…")
	if optionFuncs[qn] || python.KindOf(callee) == "attribute" && f.Text(python.Child(callee, "attribute")) == "add_argument" {
		if v := f.KeywordArg(call, "default"); v != nil {
			c.bind(v, c.optionName(positional()))
		}
	}
}

// qualifiedName is f.QualifiedName(callee) when its last segment is one the call tables (callSinks,
// compareFuncs, lookupFuncs, optionFuncs) end with, and "" otherwise: no key of theirs can match
// then, and resolving the name through the imports costs a string built per call.
func (c *collector) qualifiedName(callee *sitter.Node) string {
	if !tableLasts[resolvedLast(c.f, callee)] {
		return ""
	}
	return c.f.QualifiedName(callee)
}

// resolvedLast is the last segment of f.QualifiedName(callee) whenever that is not "": the
// attribute of an attribute (Resolve rewrites only the head of a dotted name), or the name an
// identifier is imported as, or the identifier itself.
func resolvedLast(f *python.File, callee *sitter.Node) string {
	switch python.KindOf(callee) {
	case "attribute":
		return f.Text(python.Child(callee, "attribute"))
	case "identifier":
		name := f.Text(callee)
		if full, ok := f.Imports[name]; ok {
			return full[strings.LastIndexByte(full, '.')+1:]
		}
		return name
	}
	return ""
}

// writtenLast is the last name of a callee as written: the attribute of an attribute, or the
// identifier, without resolving imports; "" for anything else.
func writtenLast(f *python.File, callee *sitter.Node) string {
	switch python.KindOf(callee) {
	case "attribute":
		return identName(f, python.Child(callee, "attribute"))
	case "identifier":
		return f.Text(callee)
	}
	return ""
}

// optionName is the longest option string among the arguments, without its dashes.
func (c *collector) optionName(args []*sitter.Node) string {
	best := ""
	for _, a := range args {
		if s, ok := c.stringValue(a); ok && strings.HasPrefix(s, "-") {
			if s = strings.TrimLeft(s, "-"); len(s) > len(best) {
				best = s
			}
		}
	}
	return best
}

// unparen strips parentheses around an expression, also when comments sit inside them
// (python.Unparen stops there: the comment is a second named child).
func unparen(n *sitter.Node) *sitter.Node {
	for n != nil && python.KindOf(n) == "parenthesized_expression" {
		var inner *sitter.Node
		for _, c := range namedChildren(n) {
			if python.KindOf(c) != "comment" {
				if inner != nil {
					return n
				}
				inner = c
			}
		}
		if inner == nil {
			return n
		}
		n = inner
	}
	return n
}
