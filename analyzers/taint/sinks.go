package taint

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"
)

// collectChecks finds the validations of tainted values guarding blocks: an if whose failing
// branch leaves (return, error, panic) before the code that uses the value. Recognised checks:
// allowlist lookups (allowed[x], slices.Contains(list, x)), comparisons with a non-empty
// constant or an untainted value (u.Host == "api.example.com"), regexp MatchString, and for
// paths filepath.IsLocal(x) and strings.HasPrefix(filepath.Clean(x), base).
func (s *fnState) collectChecks() {
	type edge struct{ from, to *ssa.BasicBlock }
	type passed struct {
		n     *node
		kinds uint16
	}
	// joined holds checks whose valid edge enters a block with other predecessors: the block
	// is validated when every edge into it passes a check of the same value
	// (x == "a" || x == "b").
	joined := map[edge]passed{}
	for _, b := range s.fn.Blocks {
		if len(b.Instrs) == 0 || len(b.Succs) != 2 {
			continue
		}
		iff, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		v, kinds, onTrue := s.checkOf(iff.Cond)
		joinedOnly := false
		if v == nil {
			v, onTrue = s.dotDotCheck(iff.Cond)
			kinds, joinedOnly = Path.bit(), true
		}
		if v == nil {
			continue
		}
		n := s.get(v)
		if n == nil {
			continue
		}
		good := b.Succs[0]
		if !onTrue {
			good = b.Succs[1]
		}
		if joinedOnly {
			if len(good.Preds) == 1 {
				s.checks = append(s.checks, check{n: n, kinds: kinds, good: good, joined: true})
			}
			continue
		}
		if len(good.Preds) != 1 {
			if b.Succs[0] != b.Succs[1] {
				joined[edge{b, good}] = passed{n, kinds}
			}
			continue
		}
		s.addCheck(n, kinds, good)
	}
	for _, b := range s.fn.Blocks {
		if len(b.Preds) < 2 {
			continue
		}
		first, ok := joined[edge{b.Preds[0], b}]
		for _, p := range b.Preds[1:] {
			if !ok {
				break
			}
			e, found := joined[edge{p, b}]
			ok = found && e.n == first.n
			first.kinds &= e.kinds
		}
		if ok && first.kinds != 0 {
			s.addCheck(first.n, first.kinds, b)
		}
	}
}

// addCheck records that code in good sees n validated for kinds.
func (s *fnState) addCheck(n *node, kinds uint16, good *ssa.BasicBlock) {
	// A check of a field read also checks the value it was read from (u.Host checks u).
	for m := n; m != nil; m = m.prev {
		s.checks = append(s.checks, check{n: m, kinds: kinds, good: good})
		if !m.field && !m.step.Silent {
			break
		}
	}
}

// checkOf returns the value a condition validates, the kinds it validates it for and whether
// the value is valid when the condition is true.
func (s *fnState) checkOf(cond ssa.Value) (ssa.Value, uint16, bool) {
	onTrue := true
	for i := 0; i < 8; i++ {
		u, ok := cond.(*ssa.UnOp)
		if !ok || u.Op != token.NOT {
			break
		}
		cond, onTrue = u.X, !onTrue
	}
	switch c := cond.(type) {
	case *ssa.Extract: // _, ok := allowed[x]
		if l, ok := c.Tuple.(*ssa.Lookup); ok && c.Index == 1 && s.get(l.X) == nil {
			return l.Index, allKinds, onTrue
		}
	case *ssa.Lookup: // allowed[x] with bool values
		if s.get(c.X) == nil {
			return c.Index, allKinds, onTrue
		}
	case *ssa.BinOp:
		if c.Op != token.EQL && c.Op != token.NEQ {
			return nil, 0, false
		}
		if c.Op == token.NEQ {
			onTrue = !onTrue
		}
		x, y := c.X, c.Y
		if s.get(x) == nil {
			x, y = y, x
		}
		if s.get(x) == nil || s.get(y) != nil {
			return nil, 0, false
		}
		if k, ok := y.(*ssa.Const); ok {
			// x == "" or x != nil validate nothing.
			if k.Value == nil || k.Value.Kind() == constant.String && constant.StringVal(k.Value) == "" {
				return nil, 0, false
			}
		}
		return x, allKinds, onTrue
	case *ssa.Call:
		fn, recv, args := calleeOf(c.Common())
		k := keyOf(fn)
		switch {
		case k == key{"slices", "", "Contains"} && len(args) == 2 && s.get(args[0]) == nil:
			return args[1], allKinds, onTrue
		case k.pkg == "regexp" && k.recv == "Regexp" && (k.name == "MatchString" || k.name == "Match") && len(args) == 1 && s.get(recv) == nil:
			return args[0], allKinds, onTrue
		case (k == key{"path/filepath", "", "IsLocal"}) && len(args) == 1:
			return args[0], Path.bit(), onTrue
		case k == key{"strings", "", "HasPrefix"} && len(args) == 2:
			var kinds uint16
			if n := s.get(args[0]); n != nil && cleanedPath(n) {
				kinds |= Path.bit()
			}
			if p, ok := constString(args[1]); ok {
				if safeURLPrefix(p) {
					kinds |= SSRF.bit() | Redirect.bit()
				}
				if safeLocalPrefix(p) {
					kinds |= Redirect.bit()
				}
			}
			if kinds != 0 {
				return args[0], kinds, onTrue
			}
		}
	}
	return nil, 0, false
}

// dotDotCheck recognises strings.Contains(x, "..") (or regexp.MatchString(`\.\.`, x)) and returns x and whether x is free of ".."
// when the condition is true.
func (s *fnState) dotDotCheck(cond ssa.Value) (ssa.Value, bool) {
	onTrue := true
	for i := 0; i < 8; i++ {
		u, ok := cond.(*ssa.UnOp)
		if !ok || u.Op != token.NOT {
			break
		}
		cond, onTrue = u.X, !onTrue
	}
	if e, ok := cond.(*ssa.Extract); ok && e.Index == 0 { // matched, _ := regexp.MatchString(`\.\.`, x)
		cond = e.Tuple
	}
	c, ok := cond.(*ssa.Call)
	if !ok {
		return nil, false
	}
	fn, _, args := calleeOf(c.Common())
	if len(args) != 2 {
		return nil, false
	}
	switch k := keyOf(fn); k {
	case key{"strings", "", "Contains"}:
		if sub, ok := constString(args[1]); ok && sub == ".." {
			return args[0], !onTrue
		}
	case key{"regexp", "", "MatchString"}:
		if pat, ok := constString(args[0]); ok && pat == `\.\.` {
			return args[1], !onTrue
		}
	}
	return nil, false
}

// cleanedPath reports whether the trace passes through filepath.Clean, Abs or Rel (path.Clean
// too): only a cleaned path can be checked with strings.HasPrefix.
func cleanedPath(n *node) bool {
	for ; n != nil; n = n.prev {
		switch n.step.Desc {
		case "filepath.Clean", "filepath.Abs", "filepath.Rel", "path.Clean", "filepath.Join", "filepath.EvalSymlinks":
			// filepath.Join cleans its result.
			return true
		}
	}
	return false
}

func constString(v ssa.Value) (string, bool) {
	if k, ok := v.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String {
		return constant.StringVal(k.Value), true
	}
	return "", false
}

// safeURLPrefix: a constant scheme (or a protocol-relative //) and host followed by a path,
// query or fragment: "https://api.example.com/users/" fixes where the request goes.
var safeURLPrefixRE = regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9+.-]*:)?//[^/?#@\\]+[/?#]`)

func safeURLPrefix(p string) bool { return safeURLPrefixRE.MatchString(p) }

// safeLocalPrefix: a path on this site ("/profile/"), not a protocol-relative "//host" or "/\host".
func safeLocalPrefix(p string) bool {
	return len(p) >= 2 && p[0] == '/' && p[1] != '/' && p[1] != '\\'
}

// sanitized reports whether the trace n is validated for kind where it is used, in block b.
func (s *fnState) sanitized(kind Kind, n *node, b *ssa.BasicBlock) bool {
	if n.clears()&kind.bit() != 0 {
		return true
	}
	for _, c := range s.checks {
		if c.kinds&kind.bit() == 0 || !c.good.Dominates(b) {
			continue
		}
		joined := false
		for m := n; m != nil; m = m.prev {
			if m == c.n {
				if !c.joined || joined {
					return true
				}
				break
			}
			// A path without ".." can still be absolute: only joined under a base is it
			// kept inside (filepath.Join("/srv", "/etc/passwd") is /srv/etc/passwd).
			joined = joined || m.step.Desc == "filepath.Join" || m.step.Desc == "path.Join"
		}
	}
	return false
}

// constPrefix returns the constant start of a string built by concatenation or fmt.Sprintf.
func constPrefix(v ssa.Value) string {
	for i := 0; i < 16; i++ {
		switch x := v.(type) {
		case *ssa.Const:
			p, _ := constString(x)
			return p
		case *ssa.BinOp:
			if x.Op != token.ADD {
				return ""
			}
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Call:
			fn, _, args := calleeOf(x.Common())
			k := keyOf(fn)
			if k.pkg == "fmt" && k.name == "Sprintf" && len(args) > 0 {
				p, _ := constString(args[0])
				if i := strings.Index(p, "%"); i >= 0 {
					p = p[:i]
				}
				return p
			}
			return ""
		default:
			return ""
		}
	}
	return ""
}

var htmlTag = regexp.MustCompile(`<[a-zA-Z!/]`)

// direct reports whether a trace carries request data itself: it passes through no call whose
// result is other data chosen with it (os.ReadFile(name), store.Get(id)), and it starts from the
// URL, form or body, which another site can make a victim's browser send (not headers or
// cookies).
func direct(n *node) bool {
	for ; n != nil && n.prev != nil; n = n.prev {
		if n.step.Silent && n.step.Desc != "field" && n.step.Desc != "element" && !requestAccessor(n.step.Desc) {
			return false
		}
	}
	return n != nil && crossSite(n)
}

// crossSite reports whether the root of a trace is request data another site can choose for a
// victim's browser (a link's URL, a form it submits): not headers, cookies, the Referer or the
// User-Agent. A parameter counts: its callers decide.
func crossSite(n *node) bool {
	n = n.root()
	if n.param >= 0 {
		return true
	}
	for _, h := range []string{"Header", "UserAgent", "Referer", "Cookie", "Trailer"} {
		if strings.Contains(n.source, h) {
			return false
		}
	}
	return true
}

// requestAccessor reports whether a silent step (named by key.String) reads or reshapes the data
// it is given rather than fetching other data: r.URL.Query(), url.Values.Get, strings.Reader.
func requestAccessor(desc string) bool {
	for _, p := range []string{"url.", "http.", "multipart.", "strings.", "bytes.", "bufio.", "io."} {
		if strings.HasPrefix(desc, p) {
			return true
		}
	}
	return false
}

// leadsWithData reports whether a value written first to a response without a Content-Type
// starts with something other than constant text: net/http then sniffs the content type from
// the data itself, and data starting with <script> or <html> is served as text/html.
func leadsWithData(v ssa.Value) bool {
	for i := 0; i < 8; i++ {
		switch x := v.(type) {
		case *ssa.Const:
			return false
		case *ssa.Convert:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.Call:
			fn, _, args := calleeOf(x.Common())
			if k := keyOf(fn); k.pkg == "fmt" && k.name == "Sprintf" && len(args) > 0 {
				format, ok := constString(args[0])
				return ok && formatLeads(format)
			}
		}
		break
	}
	return strings.TrimLeft(constPrefix(v), sniffSpace) == ""
}

// sniffSpace is the white space net/http skips before sniffing a body.
const sniffSpace = " \t\r\n\f"

// formatLeads reports whether the output of a format starts with its first argument: only
// white space comes before the first verb, and the verb is not %q (whose leading quote makes the
// body sniff as text/plain).
func formatLeads(format string) bool {
	i := strings.IndexByte(format, '%')
	if i < 0 || strings.TrimLeft(format[:i], sniffSpace) != "" {
		return false
	}
	j := i + 1
	for j < len(format) && strings.IndexByte("+-# 0123456789.", format[j]) >= 0 {
		j++
	}
	return j < len(format) && format[j] != 'q' && format[j] != '%'
}

// htmlEvidence reports whether a value written to a response is built from a constant holding
// an HTML tag: the response is meant as HTML.
func htmlEvidence(v ssa.Value) bool {
	work := []ssa.Value{v}
	seen := map[ssa.Value]bool{}
	for len(work) > 0 && len(seen) < 64 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if v == nil || seen[v] {
			continue
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.Const:
			if p, ok := constString(x); ok && htmlTag.MatchString(p) {
				return true
			}
		case *ssa.BinOp:
			work = append(work, x.X, x.Y)
		case *ssa.MakeInterface:
			work = append(work, x.X)
		case *ssa.Convert:
			work = append(work, x.X)
		case *ssa.ChangeType:
			work = append(work, x.X)
		case *ssa.Phi:
			work = append(work, x.Edges...)
		case *ssa.Slice:
			work = append(work, x.X)
		case *ssa.Alloc:
			for _, r := range *x.Referrers() {
				if ia, ok := r.(*ssa.IndexAddr); ok {
					for _, rr := range *ia.Referrers() {
						if st, ok := rr.(*ssa.Store); ok {
							work = append(work, st.Val)
						}
					}
				}
			}
		case *ssa.Call:
			fn, _, args := calleeOf(x.Common())
			if k := keyOf(fn); k.pkg == "fmt" || k.pkg == "strings" {
				work = append(work, args...)
			}
		}
	}
	return false
}

// isResponseWriter reports whether t has the methods of http.ResponseWriter.
func isResponseWriter(t types.Type) bool {
	if t == nil {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Header")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() != 1 {
		return false
	}
	n, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "net/http" || n.Obj().Name() != "Header" {
		return false
	}
	w, _, _ := types.LookupFieldOrMethod(t, true, nil, "WriteHeader")
	return w != nil
}

// writer returns the dynamic value of an io.Writer argument.
func writer(v ssa.Value) ssa.Value {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		return mi.X
	}
	if ci, ok := v.(*ssa.ChangeInterface); ok {
		return ci.X
	}
	return v
}

// sinkArgs returns the sink arguments of a call: for each, its kind and index in args.
func (s *fnState) sinkArgs(c ssa.CallInstruction) (k key, recv ssa.Value, args []ssa.Value, out []sinkSpec) {
	fn, recv, args := calleeOf(c.Common())
	k = keyOf(fn)
	for _, sp := range sinkCalls[k] {
		if sp.arg >= len(args) {
			continue
		}
		if sp.kind == SQL && k.pkg == gormPath {
			// gorm's Where(&User{Name: x}) and Where(map) build parameterised conditions.
			a := args[sp.arg]
			if mi, ok := a.(*ssa.MakeInterface); ok {
				a = mi.X
			}
			if b, ok := a.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
				continue
			}
		}
		out = append(out, sp)
	}
	switch {
	case k.pkg == gormPath && k.recv == "DB" && gormInline[k.name] && len(args) == 2:
		// db.First(&user, id): a string inline condition is SQL text unless it is a number
		// (gorm's security notes call db.First(&user, userInputID) an injection).
		if e := gormCondition(args[1]); e != nil {
			out = append(out, sinkSpec{kind: SQL, arg: 1})
		}
	case k == key{"os/exec", "", "Command"} || k == key{"os/exec", "", "CommandContext"}:
		first := 0
		if k.name == "CommandContext" {
			first = 1
		}
		if len(args) > first+1 && shellDashC(args[first], args[first+1]) {
			out = append(out, sinkSpec{kind: Command, arg: first + 1})
		}
	case k.pkg == "text/template" && k.recv == "Template" && (k.name == "Execute" || k.name == "ExecuteTemplate"):
		if len(args) > 0 && isResponseWriter(writer(args[0]).Type()) && !s.textCT {
			out = append(out, sinkSpec{kind: HTML, arg: len(args) - 1})
		}
	case fprint[k] && len(args) > 1 && isResponseWriter(writer(args[0]).Type()) && !s.textCT:
		if s.htmlCT || htmlEvidence(args[1]) || len(args) > 2 && htmlEvidence(args[2]) {
			for i := 1; i < len(args); i++ {
				out = append(out, sinkSpec{kind: HTML, arg: i})
			}
		} else if !s.anyCT {
			// The body starts with the data: fmt.Fprintf(w, "%s", name), fmt.Fprint(w, name).
			if format, ok := constString(args[1]); ok && k.name == "Fprintf" && len(args) == 3 && formatLeads(format) && len(variadicElems(args[2])) == 1 {
				out = append(out, sinkSpec{kind: HTML, arg: 2, sniff: true})
			} else if k.name != "Fprintf" && len(args) == 2 {
				if elems := variadicElems(args[1]); len(elems) == 1 && elems[0] != nil && leadsWithData(elems[0]) {
					out = append(out, sinkSpec{kind: HTML, arg: 1, sniff: true})
				}
			}
		}
	case k == key{"io", "", "WriteString"} && len(args) == 2 && isResponseWriter(writer(args[0]).Type()) && !s.textCT:
		if s.htmlCT || htmlEvidence(args[1]) {
			out = append(out, sinkSpec{kind: HTML, arg: 1})
		} else if !s.anyCT && leadsWithData(args[1]) {
			out = append(out, sinkSpec{kind: HTML, arg: 1, sniff: true})
		}
	case (k.name == "Write" || k.name == "WriteString") && recv != nil && len(args) == 1 && isResponseWriter(recv.Type()) && !s.textCT:
		if s.htmlCT || htmlEvidence(args[0]) {
			out = append(out, sinkSpec{kind: HTML, arg: 0})
		} else if !s.anyCT && leadsWithData(args[0]) {
			out = append(out, sinkSpec{kind: HTML, arg: 0, sniff: true})
		}
	case k == key{httpPath, "Header", "Set"} || k == key{httpPath, "Header", "Add"}:
		// w.Header().Set("Location", target) with a 3xx status is a redirect.
		if name, ok := constString(args[0]); ok && len(args) == 2 && strings.EqualFold(name, "Location") {
			out = append(out, sinkSpec{kind: Redirect, arg: 1})
		}
	case k == key{ginPath, "Context", "Data"} && len(args) == 3:
		if ct, ok := constString(args[1]); ok && strings.Contains(ct, "html") {
			out = append(out, sinkSpec{kind: HTML, arg: 2})
		}
	}
	return k, recv, args, out
}

// gormInline are the gorm finishers whose variadic conditions start with an inline condition.
var gormInline = map[string]bool{"First": true, "Take": true, "Last": true, "Find": true, "Delete": true, "FirstOrInit": true, "FirstOrCreate": true}

// gormCondition returns the first inline condition of a gorm finisher's variadic argument when
// it is a string.
func gormCondition(variadic ssa.Value) ssa.Value {
	e := variadicElems(variadic)[0]
	if mi, ok := e.(*ssa.MakeInterface); ok {
		e = mi.X
	}
	if e == nil {
		return nil
	}
	if b, ok := e.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return nil
	}
	return e
}

// shellDashC reports exec.Command("sh", "-c", ...): the variadic arguments hold "-c" first.
func shellDashC(prog, variadic ssa.Value) bool {
	p, ok := constString(prog)
	if !ok {
		return false
	}
	switch strings.TrimPrefix(strings.TrimPrefix(p, "/usr"), "/bin/") {
	case "sh", "bash", "zsh", "dash", "ksh":
	default:
		if p != "cmd" && p != "cmd.exe" && p != "powershell" && p != "pwsh" {
			return false
		}
	}
	return true
}

// variadicElems returns the stored elements of a variadic argument slice, by index.
func variadicElems(v ssa.Value) map[int64]ssa.Value {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	out := map[int64]ssa.Value{}
	for _, r := range *alloc.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		idx, ok := ia.Index.(*ssa.Const)
		if !ok || idx.Value == nil {
			continue
		}
		i, _ := constant.Int64Val(idx.Value)
		for _, rr := range *ia.Referrers() {
			if st, ok := rr.(*ssa.Store); ok && st.Addr == ia {
				out[i] = st.Val
			}
		}
	}
	return out
}

func (s *fnState) sinks(instr ssa.Instruction, final bool) {
	switch v := instr.(type) {
	case *ssa.Call:
		s.callSinks(v, final)
	case *ssa.Go:
		s.callSinks(v, final)
	case *ssa.Defer:
		s.callSinks(v, final)
	case *ssa.MakeClosure:
		s.closureSinks(v, final)
	case *ssa.ChangeType, *ssa.Convert:
		val := v.(ssa.Value)
		var x ssa.Value
		if ct, ok := v.(*ssa.ChangeType); ok {
			x = ct.X
		} else {
			x = v.(*ssa.Convert).X
		}
		n := s.get(x)
		if n == nil {
			return
		}
		if t, ok := types.Unalias(val.Type()).(*types.Named); ok && t.Obj().Pkg() != nil && t.Obj().Pkg().Path() == "html/template" {
			switch t.Obj().Name() {
			case "HTML", "JS", "JSStr", "URL", "CSS", "HTMLAttr", "Srcset":
				s.reach(HTML, n, nil, instr.Block(), v.Pos(), "template."+t.Obj().Name()+" conversion", final, nil)
			}
		}
	case *ssa.Return:
		for _, r := range v.Results {
			n := s.get(r)
			if n == nil {
				continue
			}
			rt := n.root()
			if rt.param < 0 {
				if s.sum.Source == nil {
					src := []Step{s.p.exportStep(rt.step)}
					for _, st := range n.steps() {
						src = append(src, s.p.exportStep(st))
					}
					s.sum.Source = src
				}
			} else if rt.param < 64 {
				if s.sum.Returns&(1<<rt.param) == 0 {
					s.sum.ReturnClears = n.clears()
				}
				s.sum.Returns |= 1 << rt.param
			}
		}
	}
}

// closureSinks reports request data captured by a function literal that reaches a sink inside it
// (db.Transaction(func(tx *gorm.DB) error { return tx.Exec("..." + name).Error }), go func() {
// ... }()): the flow is reported at the sink, whenever the literal is called.
func (s *fnState) closureSinks(mc *ssa.MakeClosure, final bool) {
	callee, ok := mc.Fn.(*ssa.Function)
	if !ok {
		return
	}
	sum, ok := s.p.summaryOf(callee)
	if !ok {
		return
	}
	for _, h := range sum.Hits {
		j := h.Param - len(callee.Params)
		if j < 0 || j >= len(mc.Bindings) {
			continue
		}
		n := s.get(mc.Bindings[j])
		if n == nil {
			continue
		}
		var steps []Step
		for _, st := range h.Steps {
			steps = append(steps, s.p.localStep(st))
		}
		pos := mc.Pos()
		if len(steps) > 0 && steps[len(steps)-1].Pos.IsValid() {
			pos = steps[len(steps)-1].Pos
		}
		s.reach(h.Kind, n, mc.Bindings[j], mc.Block(), pos, h.Sink, final, steps)
	}
}

func (s *fnState) callSinks(c ssa.CallInstruction, final bool) {
	if _, ok := c.Common().Value.(*ssa.Builtin); ok {
		return
	}
	k, _, args, specs := s.sinkArgs(c)
	for _, sp := range specs {
		a := args[sp.arg]
		n := s.get(a)
		if sp.kind == Command && k.pkg == "os/exec" && sp.arg > 0 && (k.name == "Command" && sp.arg == 1 || k.name == "CommandContext" && sp.arg == 2) {
			// sh -c: the script is the element after "-c".
			n = nil
			elems := variadicElems(a)
			if flag, ok := constString(elems[0]); ok && (flag == "-c" || flag == "/c" || flag == "-Command") {
				for i := int64(1); i < int64(len(elems)); i++ {
					if m := s.get(elems[i]); m != nil {
						n = m
						break
					}
				}
			}
		}
		if sp.kind == SQL && k.pkg == gormPath && gormInline[k.name] {
			n = nil
			if e := gormCondition(a); e != nil {
				n = s.get(e)
			}
		}
		if n == nil || sp.sniff && !direct(n) {
			continue
		}
		// A go-resty request to a path ("/contacts/"+id) goes to the client's base URL: resty
		// joins a URL without a scheme to it, so the client chose only the path.
		if sp.kind == SSRF && k.pkg == restyPath && k.recv == "Request" && safeLocalPrefix(constPrefix(a)) {
			continue
		}
		if (sp.kind == SSRF && safeURLPrefix(constPrefix(a))) ||
			(sp.kind == Redirect && (safeURLPrefix(constPrefix(a)) || safeLocalPrefix(constPrefix(a)))) {
			continue
		}
		s.sniffed = sp.sniff
		s.reach(sp.kind, n, a, c.Block(), c.Pos(), sinkName(s.p, c, k), final, nil)
		s.sniffed = false
	}
	// Helpers whose parameters reach sinks; a modelled sink's own implementation is not one.
	callee := c.Common().StaticCallee()
	if callee == nil || len(specs) > 0 {
		return
	}
	sum, ok := s.p.summaryOf(callee)
	if !ok {
		return
	}
	for _, h := range sum.Hits {
		if h.Param >= len(c.Common().Args) {
			continue
		}
		a := c.Common().Args[h.Param]
		n := s.get(a)
		if n == nil {
			continue
		}
		steps := []Step{{Pos: c.Pos(), Desc: calleeName(callee)}}
		for _, st := range h.Steps {
			steps = append(steps, s.p.localStep(st))
		}
		s.reach(h.Kind, n, a, c.Block(), c.Pos(), h.Sink, final, steps)
	}
}

// sinkName names the sink as written: db.Query, c.Redirect, http.Get.
func sinkName(p *pkgState, c ssa.CallInstruction, k key) string {
	if f := p.files[p.pass.Fset.File(c.Pos())]; f != nil {
		path, _ := astutil.PathEnclosingInterval(f, c.Pos(), c.Pos())
		for _, n := range path {
			if call, ok := n.(*ast.CallExpr); ok {
				name := types.ExprString(call.Fun)
				if len(name) <= 40 {
					return name
				}
				break
			}
		}
	}
	return k.String()
}

// reach records tainted data n reaching a sink of kind at pos in block b: a flow when n comes
// from the request, a summary hit when it comes from a parameter. more holds the steps inside
// a helper (the call first, the sink last); without them the sink is at pos.
func (s *fnState) reach(kind Kind, n *node, arg ssa.Value, b *ssa.BasicBlock, pos token.Pos, sink string, final bool, more []Step) {
	if s.sanitized(kind, n, b) {
		return
	}
	rt := n.root()
	if more == nil {
		more = []Step{{Pos: pos, Desc: sink}}
	}
	if rt.param >= 0 {
		if final {
			return
		}
		for _, h := range s.sum.Hits {
			if h.Param == rt.param && h.Kind == kind {
				return
			}
		}
		var steps []Step
		for _, st := range n.steps() {
			steps = append(steps, s.p.exportStep(st))
		}
		for _, st := range more {
			steps = append(steps, s.p.exportStep(st))
		}
		s.sum.Hits = append(s.sum.Hits, Hit{Param: rt.param, Kind: kind, Sink: sink, Steps: steps})
		return
	}
	if !final || !s.p.reporting {
		return
	}
	f := &Flow{Kind: kind, Pos: pos, Source: rt.source, Sink: sink, Sniffed: s.sniffed}
	f.Steps = append(f.Steps, rt.step)
	for _, st := range n.steps() {
		if !st.Silent {
			f.Steps = append(f.Steps, st)
		}
	}
	for _, st := range more {
		if !st.Silent {
			f.Steps = append(f.Steps, st)
		}
	}
	for _, st := range f.Steps[1 : len(f.Steps)-1] {
		f.Via = append(f.Via, st.Desc)
	}
	srcPos := s.p.pass.Fset.Position(rt.step.Pos)
	if here := s.p.pass.Fset.Position(pos); srcPos.Filename == here.Filename {
		f.SourceAt = "line " + itoa(srcPos.Line)
	} else if srcPos.IsValid() {
		f.SourceAt = shortFile(srcPos.Filename) + ":" + itoa(srcPos.Line)
	} else if rt.step.File != "" {
		f.SourceAt = shortFile(rt.step.File) + ":" + itoa(rt.step.Line)
	}
	f.End = pos
	if file := s.p.files[s.p.pass.Fset.File(pos)]; file != nil {
		path, _ := astutil.PathEnclosingInterval(file, pos, pos)
		for _, nd := range path {
			if call, ok := nd.(*ast.CallExpr); ok {
				f.Call = call
				f.Pos, f.End = call.Pos(), call.End()
				break
			}
		}
	}
	s.p.flows = append(s.p.flows, f)
}

func shortFile(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}

func itoa(i int) string { return strconv.Itoa(i) }

// contentType notes a text/plain or JSON Content-Type set by the function: HTML in such a
// response is inert.
func (s *fnState) contentType(instr ssa.Instruction) {
	c, ok := instr.(*ssa.Call)
	if !ok {
		return
	}
	if _, ok := c.Common().Value.(*ssa.Builtin); ok {
		return
	}
	fn, _, args := calleeOf(c.Common())
	if k := keyOf(fn); k.pkg == "net/http" && k.recv == "Header" && (k.name == "Set" || k.name == "Add") && len(args) == 2 {
		if name, ok := constString(args[0]); ok && strings.EqualFold(name, "Content-Type") {
			s.anyCT = true
			if ct, ok := constString(args[1]); ok && (strings.HasPrefix(ct, "text/plain") || strings.Contains(ct, "json")) {
				s.textCT = true
			} else if ok && strings.Contains(ct, "html") {
				s.htmlCT = true
			}
		}
	}
}
