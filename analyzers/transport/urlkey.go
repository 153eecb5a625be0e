package transport

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/defs"
	"github.com/apivet/apivet/internal/httpknow"
)

// KeyInURLAnalyzer reports API keys, tokens and passwords put in a URL's query string (AV505):
// url.Values holding a credential parameter whose Encode() becomes a URL's query, and URLs built
// with + or fmt.Sprintf that put a run-time value after ?api_key=, and credential parameters given
// to resty's SetQueryParam, SetQueryParams, SetQueryParamsFromValues and SetQueryString.
var KeyInURLAnalyzer = analysisutil.New("AV505", runKeyInURL, inspect.Analyzer)

const (
	urlRisk = "URLs are written to the logs of every server, proxy and load balancer on the way, to browser history and Referer headers; " +
		"send it in a header (X-API-Key, Authorization: Bearer) or a POST body instead"
	valuesMsg = "the credential %q is put in url.Values that become the URL's query string: " + urlRisk
	urlMsg    = "the URL carries the credential %q in its query string: " + urlRisk
	restyMsg  = "the credential %q is put in the request's query string by %s: " + urlRisk
)

// A keySite is one parameter put into url.Values.
type keySite struct {
	node  ast.Node
	key   string
	value ast.Expr
}

func runKeyInURL(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, httpPath, urlPath, restyPath) {
		return nil, nil
	}
	info := pass.TypesInfo
	all := shipped(pass)
	k := &keyChecker{pass: pass, info: info, defs: defs.New(info, all), sites: map[types.Object][]keySite{}, reported: map[token.Pos]bool{}}
	k.indexValues(all)
	seenLit := map[string]bool{}
	for _, file := range all {
		for c := range file.Preorder((*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil), (*ast.BinaryExpr)(nil), (*ast.CallExpr)(nil), (*ast.BasicLit)(nil)) {
			if call, ok := c.Node().(*ast.CallExpr); ok {
				k.restyQuery(call)
			}
			switch n := c.Node().(type) {
			case *ast.AssignStmt:
				// u.RawQuery = q.Encode()
				for i, lhs := range n.Lhs {
					if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && i < len(n.Rhs) && len(n.Lhs) == len(n.Rhs) &&
						selectsField(info, sel, urlPath, "URL", "RawQuery") {
						k.encoded(eval(info, k.defs, n.Rhs[i]), true)
					}
				}
			case *ast.CompositeLit:
				// url.URL{RawQuery: q.Encode()}
				if analysisutil.IsNamed(info.TypeOf(n), urlPath, "URL") {
					for _, kv := range keyedFields(info, n, urlPath, "URL", "RawQuery") {
						k.encoded(eval(info, k.defs, kv.Value), true)
					}
				}
			case *ast.BinaryExpr, *ast.CallExpr, *ast.BasicLit:
				e := n.(ast.Expr)
				if !k.maximal(c, e) {
					continue
				}
				t := eval(info, k.defs, e)
				k.encoded(t, false)
				for _, h := range queryCreds(t) {
					id := k.pass.Fset.Position(h.lit.Pos()).String() + "\x00" + h.name
					if !seenLit[id] {
						seenLit[id] = true
						k.report(e, urlMsg, h.name)
					}
				}
			}
		}
	}
	return nil, nil
}

type keyChecker struct {
	pass     *analysis.Pass
	info     *types.Info
	defs     *defs.Index
	sites    map[types.Object][]keySite // url.Values variable -> parameters set on it
	reported map[token.Pos]bool
}

func (k *keyChecker) report(n ast.Node, format string, args ...any) {
	if !k.reported[n.Pos()] {
		k.reported[n.Pos()] = true
		analysisutil.Report(k.pass, n, format, args...)
	}
}

// indexValues records the parameters set on url.Values variables: q.Set(k, v), q.Add(k, v) and
// q[k] = []string{v}.
func (k *keyChecker) indexValues(all []inspector.Cursor) {
	for _, file := range all {
		for c := range file.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
			switch n := c.Node().(type) {
			case *ast.CallExpr:
				if !analysisutil.IsMethod(k.info, n, urlPath, "Values", "Set", "Add") || len(n.Args) != 2 {
					continue
				}
				sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
				key, isConst := analysisutil.ConstString(k.info, n.Args[0])
				if !ok || !isConst {
					continue
				}
				if obj := k.defs.ObjOf(sel.X); obj != nil {
					k.sites[obj] = append(k.sites[obj], keySite{n, key, n.Args[1]})
				}
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					continue
				}
				for i, lhs := range n.Lhs {
					ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
					if !ok || !analysisutil.IsNamed(k.info.TypeOf(ix.X), urlPath, "Values") {
						continue
					}
					key, isConst := analysisutil.ConstString(k.info, ix.Index)
					if obj := k.defs.ObjOf(ix.X); isConst && obj != nil {
						k.sites[obj] = append(k.sites[obj], keySite{n, key, n.Rhs[i]})
					}
				}
			}
		}
	}
}

// restyQuery reports the credential parameters resty puts in the query string of every request
// (of a Client) or of one Request: SetQueryParam(k, v), SetQueryParams(map[string]string{k: v}),
// SetQueryParamsFromValues(url.Values) and SetQueryString("api_key="+key). Form data
// (SetFormData) goes in a POST body and is not reported.
func (k *keyChecker) restyQuery(call *ast.CallExpr) {
	_, name, _, ok := restyMethod(k.info, call)
	if !ok || len(call.Args) == 0 {
		return
	}
	switch name {
	case "SetQueryParam":
		key, isConst := analysisutil.ConstString(k.info, call.Args[0])
		if isConst && len(call.Args) == 2 && httpknow.CredentialParam(key) && !emptyConst(k.info, call.Args[1]) {
			k.report(call, restyMsg, key, name)
		}
	case "SetQueryParams":
		lit, isLit := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
		if !isLit {
			return
		}
		for _, elt := range lit.Elts {
			kv, isKV := elt.(*ast.KeyValueExpr)
			if !isKV {
				continue
			}
			if key, isConst := analysisutil.ConstString(k.info, kv.Key); isConst && httpknow.CredentialParam(key) && !emptyConst(k.info, kv.Value) {
				k.report(kv, restyMsg, key, name)
			}
		}
	case "SetQueryParamsFromValues":
		for _, s := range k.valuesSites(call.Args[0]) {
			if httpknow.CredentialParam(s.key) && !emptyConst(k.info, s.value) {
				k.report(s.node, valuesMsg, s.key)
			}
		}
	case "SetQueryString":
		// The query without its "?": read it as if it followed one. Reported at the argument,
		// where the reading of string expressions above would report a "&api_key=" too.
		t := append(tmpl{{text: "?", lit: call.Args[0]}}, eval(k.info, k.defs, call.Args[0])...)
		for _, h := range queryCreds(t) {
			k.report(call.Args[0], restyMsg, h.name, name)
		}
	}
}

// maximal reports whether e is a whole string expression to read as a URL: not an operand of
// a + (the chain is read whole), a string-typed expression, and for calls, fmt.Sprintf.
func (k *keyChecker) maximal(c inspector.Cursor, e ast.Expr) bool {
	if !isString(k.info, e) {
		return false
	}
	if call, ok := e.(*ast.CallExpr); ok && !analysisutil.IsPkgFunc(k.info, call, fmtPath, "Sprintf") {
		return false
	}
	for p := c.Parent(); p.Valid(); p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.ParenExpr:
			continue
		case *ast.BinaryExpr:
			return n.Op != token.ADD
		}
		return true
	}
	return true
}

// encoded reports the credential parameters of url.Values encoded into a URL query: t is the
// query itself (whole) or a URL in which Encode() follows ? or &.
func (k *keyChecker) encoded(t tmpl, whole bool) {
	if httpknow.NonHTTPScheme(t.text()) {
		return
	}
	for i, p := range t {
		call, ok := ast.Unparen(p.hole).(*ast.CallExpr)
		if !p.isHole() || !ok || !analysisutil.IsMethod(k.info, call, urlPath, "Values", "Encode") {
			continue
		}
		if !whole {
			if i == 0 || t[i-1].isHole() {
				continue
			}
			if prev := t[i-1].text; !strings.HasSuffix(prev, "?") && !strings.HasSuffix(prev, "&") {
				continue
			}
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		for _, s := range k.valuesSites(sel.X) {
			if httpknow.CredentialParam(s.key) && !emptyConst(k.info, s.value) {
				k.report(s.node, valuesMsg, s.key)
			}
		}
	}
}

// valuesSites lists the parameters put in the url.Values that e denotes: the keys of a literal
// (given directly or assigned to the variable) and those set on the variable.
func (k *keyChecker) valuesSites(e ast.Expr) []keySite {
	var out []keySite
	literal := func(e ast.Expr) {
		lit, ok := ast.Unparen(e).(*ast.CompositeLit)
		if !ok || !analysisutil.IsNamed(k.info.TypeOf(lit), urlPath, "Values") {
			return
		}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if key, ok := analysisutil.ConstString(k.info, kv.Key); ok {
					var v ast.Expr
					if els := elements(kv.Value); len(els) > 0 {
						v = els[0]
					}
					out = append(out, keySite{kv, key, v})
				}
			}
		}
	}
	literal(e)
	if obj := k.defs.ObjOf(e); obj != nil {
		for _, d := range k.defs.Vars[obj] {
			if d.Expr != nil && d.Index < 0 {
				literal(d.Expr)
			}
		}
		out = append(out, k.sites[obj]...)
	}
	return out
}

// emptyConst reports whether e is the constant empty string (or a []string{""}).
func emptyConst(info *types.Info, e ast.Expr) bool {
	if e == nil {
		return false
	}
	if els := elements(e); len(els) == 1 {
		e = els[0]
	}
	s, ok := analysisutil.ConstString(info, e)
	return ok && s == ""
}

// A queryHit is a credential parameter found in a URL template.
type queryHit struct {
	name string
	lit  ast.Expr // the constant holding the parameter name
}

// queryCreds finds ?name= and &name= with a credential name in the constant text of t, followed
// by a value computed at run time, or, in a constant http(s):// URL, by a constant that is not a
// placeholder.
func queryCreds(t tmpl) []queryHit {
	text := t.text()
	if httpknow.NonHTTPScheme(text) {
		return nil
	}
	lower := strings.ToLower(text)
	isURL := strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
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
			e := j + 1
			for e < len(s) && paramChar(s[e]) {
				e++
			}
			if e >= len(s) || s[e] != '=' || e == j+1 || !httpknow.CredentialParam(s[j+1:e]) {
				continue
			}
			value, hole := valueAfter(t, i, e+1)
			if hole || value != "" && isURL && !placeholder(value) {
				hits = append(hits, queryHit{s[j+1 : e], p.lit})
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
// <key>, $KEY, :key) rather than a value.
func placeholder(v string) bool {
	return strings.IndexByte("%{<$:", v[0]) >= 0
}
