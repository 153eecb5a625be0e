package transport

import (
	"bytes"
	"slices"
	"sort"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/httpknow"
)

// paramWords are the spellings, in the three cases code uses, of the words every credential
// parameter name holds; a name is only recognised when its source text holds one of them, which
// keeps the keywords sound.
var paramWords = []string{
	"key", "Key", "KEY", "token", "Token", "TOKEN", "secret", "Secret", "SECRET",
	"pass", "Pass", "PASS", "session", "Session", "SESSION",
}

// KeyInURL reports API keys, tokens and passwords put in a URL's query string (AV505).
var KeyInURL = python.NewAnalyzer("AV505",
	withKinds("string", "concatenated_string", "binary_operator", "call"), paramWords, runKeyInURL)

const (
	urlRisk = "URLs are written to the logs of every server, proxy and load balancer on the way, to browser history and Referer headers; " +
		"send it in a header (X-API-Key, Authorization: Bearer) or a POST body instead"
	paramsMsg = "%s puts the credential %q in the URL's query string: " + urlRisk
	urlMsg    = "the URL carries the credential %q in its query string: " + urlRisk
)

// sensitiveParam reports whether a query parameter name (raw: as written in the source) names
// a credential (the table is shared with the Go analyzers).
func sensitiveParam(name, raw string) bool {
	if !httpknow.CredentialParam(name) {
		return false
	}
	for _, w := range paramWords {
		if strings.Contains(raw, w) {
			return true
		}
	}
	return false
}

// credValue reports whether a parameter's value can be a credential: not None, a boolean, a
// number or an empty string.
func credValue(f *python.File, v *sitter.Node) bool {
	v = python.Unparen(v)
	if v == nil || isNone(f, v) {
		return false
	}
	switch python.KindOf(v) {
	case "true", "false", "integer", "float":
		return false
	}
	return true
}

func runKeyInURL(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return // test code builds requests to fake hosts and malformed headers on purpose
	}
	b := python.Shared(pass.File, binderKey{}, func() *binder { return newBinder(pass) })
	cl := newClients(b)
	var reported map[uintptr]bool
	report := func(n *sitter.Node, format string, args ...any) {
		if reported == nil {
			reported = map[uintptr]bool{}
		}
		if !reported[n.Id()] {
			reported[n.Id()] = true
			pass.Reportf(n, format, args...)
		}
	}
	// params= of client calls. A params= argument is spelled in the source either as a keyword
	// or as a key of a literal **{...} splat; a file holding neither "params" nor "**" has none.
	// The keyword is looked up before the call is classified: most calls have none.
	if bytes.Contains(f.Src, []byte("params")) || bytes.Contains(f.Src, []byte("**")) {
		for _, call := range pass.Nodes("call") {
			v := f.KeywordArg(call, "params")
			if v == nil {
				continue
			}
			if _, ok := cl.classify(call, true); !ok {
				continue
			}
			for _, e := range paramEntries(b, v) {
				if sensitiveParam(e.key, e.raw) && credValue(f, e.value) {
					report(e.node, paramsMsg, "params=", e.key)
				}
			}
		}
	}
	// URLs built as strings. Both findings need a '?' or '&' in the constant text of a template,
	// and every constant part of a template is the decoded content of a string literal of this
	// file, read either inside the expression evaluated or inside the value of a name it follows.
	// A file whose literals cannot decode to either character has no URL finding; when no name
	// can stand for a value that reads such a literal, only the expressions holding one can.
	marks := queryMarks(f, pass.Nodes("string"))
	if len(marks) == 0 {
		return
	}
	// The names that may stand for a value whose template reads a marked literal; an expression
	// that reads neither a marked literal nor one of these names cannot yield a finding.
	marked := b.markedNames(marks)
	// Sort by position, reading each node's bounds once (each read is a call into C).
	type span struct {
		n          *sitter.Node
		start, end uint
	}
	var spans []span
	for _, k := range []string{"string", "concatenated_string", "binary_operator", "call"} {
		for _, n := range pass.Nodes(k) {
			start, end := python.StartByte(n), python.EndByte(n)
			// A dropped expression could only mark the receiver of its .format as read, and
			// that receiver lies inside it, so it holds no mark either and is dropped too.
			if len(marked) > 0 || holdsMark(marks, start, end) {
				spans = append(spans, span{n, start, end})
			}
		}
	}
	if len(spans) == 0 {
		return
	}
	cands := make([]*sitter.Node, len(spans))
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	for i := range spans {
		cands[i] = spans[i].n
	}
	// Operands of + and %, parts of implicit concatenations and receivers of .format are read
	// with the expression around them: evaluating them again would cost quadratic time on long
	// chains.
	inner := map[uintptr]bool{}
	for _, n := range pass.Nodes("binary_operator") {
		if op := python.Child(n, "operator"); op != nil && (python.KindOf(op) == "+" || python.KindOf(op) == "%") {
			for _, side := range []string{"left", "right"} {
				if c := python.Unparen(python.Child(n, side)); c != nil {
					inner[c.Id()] = true
				}
			}
		}
	}
	for _, n := range pass.Nodes("concatenated_string") {
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			inner[python.NamedChild(n, i).Id()] = true
		}
	}
	seenLit := map[uintptr]bool{}
	for _, n := range cands {
		if inner[n.Id()] || python.KindOf(n) == "call" && !formatCall(f, n) {
			continue
		}
		if python.KindOf(n) == "call" {
			if recv := python.Unparen(python.Child(python.Callee(n), "object")); recv != nil {
				inner[recv.Id()] = true
			}
		}
		if len(marked) > 0 && !b.reads(n, marks, func(name string) bool { return marked[name] }, 0) {
			continue
		}
		t := b.eval(n)
		for _, h := range queryCreds(t) {
			if seenLit[h.lit.Id()] {
				continue
			}
			seenLit[h.lit.Id()] = true
			report(n, urlMsg, h.name)
		}
		for _, e := range encodedQueries(b, t) {
			report(e.node, paramsMsg, "urlencode()", e.key)
		}
	}
}

// queryMarks returns, in source order, the offsets of the bytes of the string literals strs
// (in source order, as the file indexes them) that can put a '?' or '&' into a template's
// constant text: the characters themselves, and the backslashes of escape sequences that may
// decode to them (\x3f, \u0026, \046...; \n, \\ or \" cannot). A literal nested in an
// f-string's interpolation is read with the f-string around it.
func queryMarks(f *python.File, strs []*sitter.Node) []uint {
	var marks []uint
	var covered uint
	for _, s := range strs {
		start, end := python.StartByte(s), min(python.EndByte(s), uint(len(f.Src)))
		if start < covered || start >= end {
			continue
		}
		covered = end
		src := f.Src[start:end]
		for i := 0; i < len(src); i++ {
			switch src[i] {
			case '?', '&':
				marks = append(marks, start+uint(i))
			case '\\':
				if i+1 < len(src) && strings.IndexByte("xuUN01234567", src[i+1]) >= 0 {
					marks = append(marks, start+uint(i))
				}
			}
		}
	}
	return marks
}

// holdsMark reports whether the byte range [start, end) holds one of the sorted offsets marks.
func holdsMark(marks []uint, start, end uint) bool {
	i, _ := slices.BinarySearch(marks, start)
	return i < len(marks) && marks[i] < end
}

// markedNames returns the names (in any scope) bound to a value whose template may read a
// literal holding one of marks, directly or through other such names.
func (b *binder) markedNames(marks []uint) map[string]bool {
	var marked map[string]bool
	never := func(string) bool { return false }
	for k, bs := range b.binds {
		for _, bd := range bs {
			if bd.value == nil || marked[k.name] {
				continue
			}
			// A value reads a marked literal only if it holds one.
			if holdsMark(marks, python.StartByte(bd.value), python.EndByte(bd.value)) && b.reads(bd.value, marks, never, 0) {
				if marked == nil {
					marked = map[string]bool{}
				}
				marked[k.name] = true
			}
		}
	}
	if len(marked) == 0 {
		return nil
	}
	// Then the names whose values read those names, up to a fixed point.
	type pending struct {
		name string
		refs []string
	}
	var rest []pending
	for k, bs := range b.binds {
		for _, bd := range bs {
			if bd.value == nil || marked[k.name] {
				continue
			}
			var refs []string
			b.reads(bd.value, marks, func(name string) bool { refs = append(refs, name); return false }, 0)
			if len(refs) > 0 {
				rest = append(rest, pending{k.name, refs})
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for _, p := range rest {
			if marked[p.name] {
				continue
			}
			for _, r := range p.refs {
				if marked[r] {
					marked[p.name] = true
					changed = true
					break
				}
			}
		}
	}
	return marked
}

// reads walks what the template evaluation of n may read, without following names: it reports
// whether a literal it reads holds one of marks, or ref reports true for a name it would follow.
// It reads every branch eval may take, ignoring eval's budgets, and counts depth as eval does,
// so it never stops before eval would.
func (b *binder) reads(n *sitter.Node, marks []uint, ref func(string) bool, depth int) bool {
	n = python.Unparen(n)
	if n == nil || depth > maxDepth {
		return false
	}
	switch python.KindOf(n) {
	case "string":
		if holdsMark(marks, python.StartByte(n), python.EndByte(n)) {
			return true
		}
		for i := uint(0); i < python.ChildCount(n); i++ {
			if c := python.ChildAt(n, i); python.KindOf(c) == "interpolation" {
				if b.reads(python.Child(c, "expression"), marks, ref, depth+1) {
					return true
				}
			}
		}
	case "concatenated_string":
		for i := uint(0); i < python.NamedChildCount(n); i++ {
			if b.reads(python.NamedChild(n, i), marks, ref, depth+1) {
				return true
			}
		}
	case "binary_operator":
		op := python.Child(n, "operator")
		switch {
		case op != nil && python.KindOf(op) == "+":
			// eval reads the whole left spine at one depth.
			for cur := n; ; {
				if b.reads(python.Child(cur, "right"), marks, ref, depth+1) {
					return true
				}
				l := python.Unparen(python.Child(cur, "left"))
				if o := python.Child(l, "operator"); l == nil || python.KindOf(l) != "binary_operator" || o == nil || python.KindOf(o) != "+" {
					return b.reads(l, marks, ref, depth+1)
				}
				cur = l
			}
		case op != nil && python.KindOf(op) == "%":
			if b.reads(python.Child(n, "left"), marks, ref, depth+1) {
				return true
			}
			right := python.Unparen(python.Child(n, "right"))
			switch python.KindOf(right) {
			case "tuple", "dictionary":
				return b.readsItems(right, marks, ref, depth+1)
			}
			return b.reads(right, marks, ref, depth+1)
		}
	case "call":
		callee := python.Callee(n)
		if callee == nil || python.KindOf(callee) != "attribute" {
			return false
		}
		if b.reads(python.Child(callee, "object"), marks, ref, depth+1) {
			return true
		}
		if m := b.f.Text(python.Child(callee, "attribute")); m != "format" && m != "join" {
			return false
		}
		args := python.Child(n, "arguments")
		for i := uint(0); args != nil && i < python.NamedChildCount(args); i++ {
			a := python.NamedChild(args, i)
			switch python.KindOf(a) {
			case "keyword_argument":
				if b.reads(python.Child(a, "value"), marks, ref, depth+1) {
					return true
				}
			case "dictionary_splat":
				if d := python.Unparen(python.NamedChild(a, 0)); python.KindOf(d) == "dictionary" && b.readsItems(d, marks, ref, depth+1) {
					return true
				}
			default:
				if b.reads(a, marks, ref, depth+1) {
					return true
				}
				if u := python.Unparen(a); (python.KindOf(u) == "list" || python.KindOf(u) == "tuple") && b.readsItems(u, marks, ref, depth+1) {
					return true
				}
			}
		}
	case "identifier", "attribute":
		if name := b.f.DottedName(n); name != "" {
			return ref(name)
		}
	}
	return false
}

// readsItems is reads over the elements of a list or tuple, or the values of a dictionary, each
// read at depth.
func (b *binder) readsItems(n *sitter.Node, marks []uint, ref func(string) bool, depth int) bool {
	for i := uint(0); i < python.NamedChildCount(n); i++ {
		c := python.NamedChild(n, i)
		if python.KindOf(c) == "pair" {
			c = python.Child(c, "value")
		}
		if b.reads(c, marks, ref, depth) {
			return true
		}
	}
	return false
}

// formatCall reports whether call is str.format or str.join, the calls the template evaluation
// reads.
func formatCall(f *python.File, call *sitter.Node) bool {
	callee := python.Callee(call)
	if callee == nil || python.KindOf(callee) != "attribute" {
		return false
	}
	m := f.Text(python.Child(callee, "attribute"))
	return m == "format" || m == "join"
}

// paramEntries lists the entries of a params value: a dictionary, dict(...) or list of pairs,
// directly or through the names it was bound to, and what was put into those names afterwards.
func paramEntries(b *binder, v *sitter.Node) []entry {
	n := python.Unparen(v)
	var out []entry
	for range maxFollow {
		out = append(out, entries(b.f, n, 0)...)
		name := b.f.DottedName(n)
		if name == "" {
			break
		}
		for _, m := range b.mutationsOf(n, name) {
			out = append(out, entry{key: m.key, raw: m.raw, node: m.node, value: m.value})
		}
		next := b.value(n, name)
		if next == nil {
			for _, bd := range b.bindings(n, name) {
				out = append(out, entries(b.f, bd.value, 0)...)
			}
			break
		}
		n = python.Unparen(next)
	}
	return out
}

// A queryHit is a credential parameter found in a URL template.
type queryHit struct {
	name string
	lit  *sitter.Node // the literal holding the parameter name
}

// queryCreds finds ?name= and &name= with a credential name in the constant text of t, followed
// by a value computed at run time, or, in a constant http(s):// URL, by a constant that is not a
// placeholder.
func queryCreds(t tmpl) []queryHit {
	text := t.text()
	if httpknow.NonHTTPScheme(text) {
		return nil
	}
	isURL := strings.HasPrefix(text, "http://") || strings.HasPrefix(text, "https://") ||
		strings.HasPrefix(text, "HTTP://") || strings.HasPrefix(text, "HTTPS://")
	var hits []queryHit
	for i, p := range t {
		if p.isHole() {
			continue
		}
		s := p.text
		for j := 0; j < len(s); j++ {
			if s[j] != '?' && s[j] != '&' {
				continue
			}
			k := j + 1
			for k < len(s) && paramChar(s[k]) {
				k++
			}
			if k >= len(s) || s[k] != '=' || k == j+1 {
				continue
			}
			name := s[j+1 : k]
			if !strings.Contains(p.raw, name) || !sensitiveParam(name, name) {
				continue
			}
			value, hole := valueAfter(t, i, k+1)
			switch {
			case hole:
				hits = append(hits, queryHit{name, p.lit})
			case value != "" && isURL && !placeholder(value):
				hits = append(hits, queryHit{name, p.lit})
			}
		}
	}
	return hits
}

// paramChar reports whether c may appear in a query parameter name.
func paramChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
}

// valueAfter reads the value that starts at byte off of part i: its constant text up to & or
// #, and whether a run-time value comes first.
func valueAfter(t tmpl, i, off int) (string, bool) {
	var b strings.Builder
	for ; i < len(t); i, off = i+1, 0 {
		if t[i].isHole() {
			return b.String(), b.Len() == 0
		}
		s := t[i].text[off:]
		if end := strings.IndexAny(s, "&#"); end >= 0 {
			b.WriteString(s[:end])
			return b.String(), false
		}
		b.WriteString(s)
	}
	return b.String(), false
}

// placeholder reports whether a constant value is a placeholder for a run-time value (%s, {},
// <key>, $KEY, ${KEY}, :key) rather than a value.
func placeholder(v string) bool {
	return strings.IndexByte("%{<$:", v[0]) >= 0
}

// encodedQueries finds urllib.parse.urlencode({...}) appended after ? or & in a URL template and
// returns its credential entries.
func encodedQueries(b *binder, t tmpl) []entry {
	if httpknow.NonHTTPScheme(t.text()) {
		return nil
	}
	var out []entry
	for i, p := range t {
		if !p.isHole() || p.hole == nil || i == 0 || t[i-1].isHole() {
			continue
		}
		prev := t[i-1].text
		if !strings.HasSuffix(prev, "?") && !strings.HasSuffix(prev, "&") {
			continue
		}
		call := python.Unparen(p.hole)
		if python.KindOf(call) != "call" {
			continue
		}
		switch b.f.QualifiedName(python.Callee(call)) {
		case "urllib.parse.urlencode", "urllib.urlencode":
		default:
			continue
		}
		if args := python.CallArgs(call); len(args) > 0 {
			for _, e := range paramEntries(b, args[0]) {
				if sensitiveParam(e.key, e.raw) && credValue(b.f, e.value) {
					out = append(out, e)
				}
			}
		}
	}
	return out
}
