package transport

import (
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
	reported := map[uintptr]bool{}
	report := func(n *sitter.Node, format string, args ...any) {
		if !reported[n.Id()] {
			reported[n.Id()] = true
			pass.Reportf(n, format, args...)
		}
	}
	// params= of client calls.
	for _, cc := range cl.all(pass.Nodes("call"), true) {
		if v := f.KeywordArg(cc.call, "params"); v != nil {
			for _, e := range paramEntries(b, v) {
				if sensitiveParam(e.key, e.raw) && credValue(f, e.value) {
					report(e.node, paramsMsg, "params=", e.key)
				}
			}
		}
	}
	// URLs built as strings.
	var cands []*sitter.Node
	for _, k := range []string{"string", "concatenated_string", "binary_operator", "call"} {
		cands = append(cands, pass.Nodes(k)...)
	}
	// Sort by position, reading each node's bounds once (each read is a call into C).
	type span struct {
		n          *sitter.Node
		start, end uint
	}
	spans := make([]span, len(cands))
	for i, n := range cands {
		spans[i] = span{n, python.StartByte(n), python.EndByte(n)}
	}
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
