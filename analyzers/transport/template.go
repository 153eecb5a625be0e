package transport

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/defs"
	"github.com/apivet/apivet/internal/httpknow"
)

// A part is a piece of a string value: constant text, or a hole for a value known only at run
// time.
type part struct {
	text string
	lit  ast.Expr // the constant expression the text comes from; nil for a hole
	hole ast.Expr // the run-time value (may be nil when unknown)
}

func (p part) isHole() bool { return p.lit == nil }

// A tmpl is what a string expression evaluates to: constant text and holes, in order. The
// evaluation follows constants, +, fmt.Sprintf, strings.Join of a literal slice and variables
// assigned once.
type tmpl []part

// Bounds for hostile input: deep nesting, variables that double a string at each step.
const (
	maxParts  = 256
	maxSteps  = 512
	maxDepth  = 24
	maxFollow = 4
)

type evaluator struct {
	info  *types.Info
	defs  *defs.Index
	steps int
}

func eval(info *types.Info, defs *defs.Index, e ast.Expr) tmpl {
	ev := &evaluator{info: info, defs: defs}
	return ev.eval(e, 0, 0)
}

func holeOf(e ast.Expr) tmpl { return tmpl{{hole: e}} }

func (t tmpl) add(ps ...part) tmpl {
	if len(t)+len(ps) > maxParts {
		return append(t, part{})
	}
	return append(t, ps...)
}

// constant reports whether t holds no hole.
func (t tmpl) constant() bool {
	for _, p := range t {
		if p.isHole() {
			return false
		}
	}
	return len(t) > 0
}

// text joins the constant text, writing each hole as "\x00".
func (t tmpl) text() string {
	var b strings.Builder
	for _, p := range t {
		if p.isHole() {
			b.WriteByte(0)
		} else {
			b.WriteString(p.text)
		}
	}
	return b.String()
}

func (ev *evaluator) eval(e ast.Expr, depth, follows int) tmpl {
	e = ast.Unparen(e)
	ev.steps++
	if e == nil || depth > maxDepth || ev.steps > maxSteps {
		return holeOf(e)
	}
	info := ev.info
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return tmpl{{text: constant.StringVal(tv.Value), lit: e}}
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			break
		}
		// Walk the left spine iteratively: long a + b + c + ... chains stay flat.
		operands := []ast.Expr{e.Y}
		cur := ast.Unparen(e.X)
		for len(operands) < maxParts {
			b, ok := cur.(*ast.BinaryExpr)
			if !ok || b.Op != token.ADD || info.Types[b].Value != nil {
				break
			}
			operands = append(operands, b.Y)
			cur = ast.Unparen(b.X)
		}
		operands = append(operands, cur)
		var out tmpl
		for i := len(operands) - 1; i >= 0; i-- {
			out = out.add(ev.eval(operands[i], depth+1, follows)...)
		}
		return out
	case *ast.CallExpr:
		switch {
		case analysisutil.IsPkgFunc(info, e, fmtPath, "Sprintf") && len(e.Args) > 0 && !e.Ellipsis.IsValid():
			return ev.sprintf(e, depth, follows)
		case analysisutil.IsPkgFunc(info, e, stringsPath, "Join") && len(e.Args) == 2:
			lit, ok := ast.Unparen(e.Args[0]).(*ast.CompositeLit)
			sep := ev.eval(e.Args[1], depth+1, follows)
			if !ok || !sep.constant() {
				break
			}
			var out tmpl
			for i, elt := range lit.Elts {
				if _, kv := elt.(*ast.KeyValueExpr); kv {
					return holeOf(e)
				}
				if i > 0 {
					out = out.add(sep...)
				}
				out = out.add(ev.eval(elt, depth+1, follows)...)
			}
			return out
		}
	case *ast.Ident, *ast.SelectorExpr:
		if follows >= maxFollow {
			break
		}
		if v := ev.defs.Value(ev.defs.ObjOf(e)); v != nil {
			return ev.eval(v, depth+1, follows+1)
		}
	}
	return holeOf(e)
}

// sprintf evaluates fmt.Sprintf with a constant format: %s and %v without flags take their
// argument's value, other verbs are holes; explicit argument indexes and * give up.
func (ev *evaluator) sprintf(call *ast.CallExpr, depth, follows int) tmpl {
	format := ev.eval(call.Args[0], depth+1, follows)
	if !format.constant() {
		return holeOf(call)
	}
	args := call.Args[1:]
	next := 0
	var out tmpl
	for _, p := range format {
		s := p.text
		start := 0
		for i := 0; i < len(s); i++ {
			if s[i] != '%' {
				continue
			}
			if i+1 < len(s) && s[i+1] == '%' {
				out = out.add(part{text: s[start:i] + "%", lit: p.lit})
				i++
				start = i + 1
				continue
			}
			out = out.add(part{text: s[start:i], lit: p.lit})
			j := i + 1
			simple := true
			for j < len(s) && strings.IndexByte("+-# 0123456789.", s[j]) >= 0 {
				simple = false
				j++
			}
			if j >= len(s) || s[j] == '[' || s[j] == '*' || next >= len(args) {
				return holeOf(call)
			}
			arg := args[next]
			next++
			if simple && (s[j] == 's' || s[j] == 'v') {
				out = out.add(ev.eval(arg, depth+1, follows)...)
			} else {
				out = out.add(part{hole: arg})
			}
			start = j + 1
			i = j
		}
		out = out.add(part{text: s[start:], lit: p.lit})
	}
	return out
}

// A target is what a URL template says about where a request goes.
type target struct {
	plain     bool   // the scheme is a constant http://
	host      string // the host, when the authority is constant up to its end or port
	hostKnown bool
	userinfo  bool // user:secret@ in the authority
}

// urlTarget reads a URL template: whether its scheme is a constant http://, and its host.
func urlTarget(t tmpl) target {
	text := t.text()
	if len(text) < 7 || !strings.EqualFold(text[:7], "http://") {
		return target{}
	}
	tg := target{plain: true}
	text = text[7:]
	end := strings.IndexAny(text, "/?#\x00")
	authority := text
	cut := false
	if end >= 0 {
		authority = text[:end]
		cut = text[end] == 0
	}
	if at := strings.LastIndexByte(authority, '@'); at >= 0 {
		tg.userinfo = at > 0
		authority = authority[at+1:]
	}
	host, port := authority, false
	if strings.HasPrefix(host, "[") {
		if i := strings.IndexByte(host, ']'); i >= 0 {
			host, port = host[1:i], true
		}
	} else if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host, port = host[:i], true
	}
	tg.host = strings.ToLower(host)
	tg.hostKnown = host != "" && (!cut || port)
	return tg
}

// origin names the scheme and host of a plain-HTTP target for messages, never its user
// information.
func (tg target) origin() string {
	if tg.hostKnown {
		return "http://" + tg.host
	}
	return "an http:// URL"
}

// exposed reports whether a request to tg leaves the machine over plain HTTP.
func (tg target) exposed() bool {
	return tg.plain && !(tg.hostKnown && httpknow.Loopback(tg.host))
}
