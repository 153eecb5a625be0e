package taint

import (
	"maps"
	"slices"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// table maps variable and dotted names to their taint; several states share it until one writes.
type table struct {
	vars map[string]val
	refs int // states reading vars
}

// env is the state at one point of a function. A name present with no traces is known clean (it
// shadows the taint of the object a dotted name reads from); an absent name was never assigned or
// was validated. A fork costs nothing: the table is copied on the first write of either side, so
// a branch that assigns nothing copies nothing.
type env struct {
	t    *table
	dead bool // no path reaches this point: after return, raise, abort(), break or continue
}

func newEnv() env { return env{t: &table{vars: map[string]val{}, refs: 1}} }

func (e env) get(name string) val { return e.t.vars[name] }

func (e env) lookup(name string) (val, bool) {
	v, ok := e.t.vars[name]
	return v, ok
}

func (e *env) own() {
	if e.t.refs > 1 {
		e.t.refs--
		e.t = &table{vars: maps.Clone(e.t.vars), refs: 1}
	}
}

func (e *env) set(name string, v val) {
	e.own()
	e.t.vars[name] = v
}

func (e *env) del(name string) {
	if _, ok := e.t.vars[name]; ok {
		e.own()
		delete(e.t.vars, name)
	}
}

// fork returns a copy of the state. Each fork is consumed by exactly one merge (or release).
func (e env) fork() env {
	e.t.refs++
	return e
}

func (e env) release() { e.t.refs-- }

// merge joins the states that reach one point, consuming them: a name carries the taint it has
// on any live path, so an assignment on one branch no longer hides the taint of the others.
// Dead paths contribute nothing; when every path is dead the code after is reached only by a
// finally block, which sees what the paths knew.
func merge(ins ...env) env {
	var buf [4]env
	live := buf[:0]
	for _, e := range ins {
		if !e.dead {
			live = append(live, e)
		}
	}
	dead := len(live) == 0
	if dead {
		live = append(live, ins...)
	}
	// The result takes over the table of one input, preferably one no other state reads (a
	// branch's own copy), so that it can be updated in place.
	o := 0
	same := true
	for i, e := range ins {
		if e.dead == dead && (ins[o].dead != dead || e.t.refs == 1 && ins[o].t.refs > 1) {
			o = i
		}
		same = same && e.t == ins[0].t
	}
	out := ins[o]
	if !same {
		type update struct {
			name    string
			v       val
			present bool
		}
		var updates []update
		joinVars(live, func(name string, v val, present bool) {
			if old, ok := out.t.vars[name]; ok != present || present && !sameVal(old, v) {
				updates = append(updates, update{name, v, present})
			}
		})
		for _, u := range updates {
			if u.present {
				out.set(u.name, u.v)
			} else {
				out.del(u.name)
			}
		}
	}
	for i, e := range ins {
		if i != o {
			e.release()
		}
	}
	out.dead = dead
	return out
}

// joinVars calls fn with the joined value of every name of the states. A name absent on some
// path is kept (present) only when it carries taint, so that a dotted name still falls back to
// its object's taint and a validated name stays clean.
func joinVars(live []env, fn func(name string, v val, present bool)) {
	if len(live) > 8 {
		// A long elif chain: one pass over each table rather than one per name and table.
		all := map[string][]val{}
		for _, e := range live {
			for name, v := range e.t.vars {
				all[name] = append(all[name], v)
			}
		}
		for name, vs := range all {
			v := joinPaths(vs)
			fn(name, v, len(vs) == len(live) || len(v) > 0)
		}
		return
	}
	var vbuf [8]val
	for i, e := range live {
		for name := range e.t.vars {
			if seenBefore(live[:i], name) {
				continue
			}
			present := 0
			vs := vbuf[:0]
			for _, l := range live {
				v, ok := l.t.vars[name]
				vs = append(vs, v)
				if ok {
					present++
				}
			}
			v := joinPaths(vs)
			fn(name, v, present == len(live) || len(v) > 0)
		}
	}
}

// seenBefore reports whether an earlier state holds name: its join is already done.
func seenBefore(earlier []env, name string) bool {
	for _, e := range earlier {
		if _, ok := e.t.vars[name]; ok {
			return true
		}
	}
	return false
}

// joinPaths joins the values a name has on several paths, without allocating when they agree.
func joinPaths(vs []val) val {
	for _, v := range vs[1:] {
		if !sameVal(v, vs[0]) {
			return join(vs...)
		}
	}
	return vs[0]
}

// sameVal reports whether a and b are the same slice of traces.
func sameVal(a, b val) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// sameTaint reports whether two states give every name the same origins, sanitization and
// construction: a loop whose body changes none of that needs no second pass.
func sameTaint(a, b env) bool {
	if a.t == b.t {
		return true
	}
	if len(a.t.vars) != len(b.t.vars) {
		return false
	}
	for name, av := range a.t.vars {
		bv, ok := b.t.vars[name]
		if !ok || len(av) != len(bv) {
			return false
		}
		for i, t := range av {
			o := bv[i]
			if t.org != o.org || t.clean != o.clean || t.shape != o.shape || t.boxed != o.boxed || t.via != o.via {
				return false
			}
		}
	}
	return true
}

// set assigns a name on the current path, and records the value for the handlers of the try
// statements around it: an exception can leave their body after any assignment.
func (s *fnState) set(name string, v val) {
	s.env.set(name, v)
	if s.env.dead {
		return
	}
	for _, acc := range s.tries {
		acc[name] = join(acc[name], v)
	}
}

func (s *fnState) sanitize(name string) {
	for i := 0; name != "" && i < 8; i++ {
		s.env.del(name)
		name = s.derived[name]
	}
}

// loopCtx collects the states that leave a loop iteration early.
type loopCtx struct {
	breaks, continues []env
}

// jump handles break and continue: the current state goes to the loop's exit or head.
func (s *fnState) jump(brk bool) {
	if l := len(s.loops); l > 0 && !s.env.dead {
		c := s.loops[l-1]
		if brk {
			c.breaks = append(c.breaks, s.env.fork())
		} else {
			c.continues = append(c.continues, s.env.fork())
		}
	}
	s.env.dead = true
}

// exitCall reports whether the expression of a statement is a call that ends the request or the
// process.
func exitCall(f *python.File, c *sitter.Node) bool {
	c = python.Unparen(c)
	if c == nil || python.KindOf(c) != "call" {
		return false
	}
	callee := python.Callee(c)
	if l := lastSegment(f.DottedName(callee)); l != "abort" && l != "exit" {
		return false
	}
	switch f.QualifiedName(callee) {
	case "flask.abort", "abort", "sys.exit", "werkzeug.exceptions.abort", "exit":
		return true
	}
	return false
}

// ifStmt runs each branch from the state in which its condition holds and merges their ends,
// with the fall-through path when there is no else.
func (s *fnState) ifStmt(n *sitter.Node, depth int) {
	var buf [4]env
	outs := buf[:0]
	cond, body := python.Child(n, "condition"), python.Child(n, "consequence")
	var elseBody *sitter.Node
	next, count := uint(0), python.NamedChildCount(n)
	for {
		s.expr(cond, depth)
		base := s.env
		s.env = base.fork()
		// `if check(x): ...` — x is validated inside the body.
		for _, nm := range s.positiveCheck(cond) {
			s.env.del(nm)
		}
		s.block(body, depth)
		outs = append(outs, s.env)
		s.env = base
		// `if not check(x): abort(400)`, `if not check(x): x = DEFAULT` — where the condition
		// fails (the later branches and the fall-through) x is validated; a branch before the
		// check is not, and a branch that exits adds nothing to the merge.
		for _, nm := range s.negativeCheck(cond, 0) {
			s.sanitize(nm)
		}
		elif := false
		for ; next < count && !elif; next++ {
			c := python.NamedChild(n, next)
			switch python.KindOf(c) {
			case "elif_clause":
				cond, body = python.Child(c, "condition"), python.Child(c, "consequence")
				elif = true
			case "else_clause":
				elseBody = python.Child(c, "body")
			}
		}
		if !elif {
			break
		}
	}
	// The else branch, or the path on which no condition holds.
	s.block(elseBody, depth)
	s.env = merge(append(outs, s.env)...)
}

// loop handles for and while: the body runs zero or more times, so the state after the loop
// merges the entry with the end of the body (and the continue and break paths). A second pass
// from that merge finds the flows carried from one iteration to the next; it is skipped when the
// first changed nothing, which bounds nested loops in practice.
func (s *fnState) loop(n *sitter.Node, depth int) {
	isFor := python.KindOf(n) == "for_statement"
	var items val
	if isFor {
		items = s.expr(python.Child(n, "right"), depth)
	}
	c := &loopCtx{}
	s.loops = append(s.loops, c)
	head := s.env // the state each time the loop tests whether to run again
	for pass := 0; pass < 2; pass++ {
		s.env = head.fork()
		if isFor {
			s.bind(python.Child(n, "left"), items, python.Child(n, "left"), "iterated as")
		} else {
			s.expr(python.Child(n, "condition"), depth)
		}
		s.block(python.Child(n, "body"), depth)
		var buf [4]env
		merged := merge(append(append(buf[:0], head.fork(), s.env), c.continues...)...)
		c.continues = nil
		stable := sameTaint(merged, head)
		head.release()
		head = merged
		if stable {
			break
		}
	}
	s.loops = s.loops[:len(s.loops)-1]
	s.env = head
	if alt := python.Child(n, "alternative"); alt != nil {
		s.block(python.Child(alt, "body"), depth)
	}
	s.env = merge(append([]env{s.env}, c.breaks...)...)
}

// tryStmt: the normal path (body, then else) merges with the end of every handler, then the
// finally block runs. A handler starts from the entry state, the end of the body and every value
// assigned in between, since an exception can interrupt the body anywhere.
func (s *fnState) tryStmt(n *sitter.Node, depth int) {
	entry := s.env.fork()
	acc := map[string]val{}
	s.tries = append(s.tries, acc)
	s.block(python.Child(n, "body"), depth)
	s.tries = s.tries[:len(s.tries)-1]
	normal := s.env
	var handlers []*sitter.Node
	var elseBody, finallyBody *sitter.Node
	for i := uint(0); i < python.NamedChildCount(n); i++ {
		c := python.NamedChild(n, i)
		switch python.KindOf(c) {
		case "except_clause", "except_group_clause":
			handlers = append(handlers, c)
		case "else_clause":
			elseBody = python.Child(c, "body")
		case "finally_clause":
			finallyBody = c
		}
	}
	var start env
	if len(handlers) > 0 {
		start = merge(entry, normal.fork())
		for _, name := range slices.Sorted(maps.Keys(acc)) {
			start.set(name, join(start.get(name), acc[name]))
		}
	} else {
		entry.release()
	}
	s.env = normal
	s.block(elseBody, depth)
	outs := []env{s.env}
	for _, h := range handlers {
		s.env = start.fork()
		for i := uint(0); i < python.NamedChildCount(h); i++ {
			c := python.NamedChild(h, i)
			if python.KindOf(c) == "block" {
				s.block(c, depth)
			} else {
				s.expr(c, depth)
			}
		}
		outs = append(outs, s.env)
	}
	if start.t != nil {
		start.release()
	}
	s.env = merge(outs...)
	if finallyBody != nil {
		for i := uint(0); i < python.NamedChildCount(finallyBody); i++ {
			if c := python.NamedChild(finallyBody, i); python.KindOf(c) == "block" {
				s.block(c, depth)
			}
		}
	}
}

// matchStmt runs each case from the state before the match, its captures bound to the subject,
// and merges their ends with the path on which no case matches unless a case always does.
func (s *fnState) matchStmt(n *sitter.Node, depth int) {
	var subj []val
	for _, c := range python.ChildrenByField(n, "subject") {
		subj = append(subj, s.expr(c, depth))
	}
	v := join(subj...)
	base := s.env
	var outs []env
	total := false
	body := python.Child(n, "body")
	for i := uint(0); i < python.NamedChildCount(body); i++ {
		c := python.NamedChild(body, i)
		if python.KindOf(c) != "case_clause" {
			continue
		}
		s.env = base.fork()
		irrefutable := false
		for j := uint(0); j < python.NamedChildCount(c); j++ {
			if p := python.NamedChild(c, j); python.KindOf(p) == "case_pattern" {
				s.capture(p, v, c, depth)
				irrefutable = irrefutable || s.irrefutable(p)
			}
		}
		if g := python.Child(c, "guard"); g != nil {
			irrefutable = false
			cond := python.NamedChild(g, 0)
			s.expr(cond, depth)
			for _, nm := range s.positiveCheck(cond) {
				s.env.del(nm)
			}
		}
		s.block(python.Child(c, "consequence"), depth)
		outs = append(outs, s.env)
		total = total || irrefutable
	}
	s.env = base
	if total {
		base.release()
		s.env = merge(outs...)
		return
	}
	s.env = merge(append(outs, base)...)
}

// irrefutable: `case _:` and `case name:` match anything.
func (s *fnState) irrefutable(p *sitter.Node) bool {
	switch python.NamedChildCount(p) {
	case 0:
		return true
	case 1:
		c := python.NamedChild(p, 0)
		return python.KindOf(c) == "dotted_name" && python.NamedChildCount(c) == 1
	}
	return false
}

// capture binds the capture names of a case pattern to the subject's taint. A class pattern of a
// converting type (`case int(n)`) captures a number.
func (s *fnState) capture(p *sitter.Node, v val, at *sitter.Node, depth int) {
	if p == nil || depth > maxDepth {
		return
	}
	switch python.KindOf(p) {
	case "dotted_name":
		// A bare name captures; a dotted name is a constant to compare with.
		if python.NamedChildCount(p) == 1 {
			name := s.f.Text(p)
			s.set(name, v.stepped(at, "matched as "+name))
		}
		return
	case "as_pattern", "splat_pattern":
		for i := uint(0); i < python.NamedChildCount(p); i++ {
			c := python.NamedChild(p, i)
			if python.KindOf(c) == "identifier" {
				name := s.f.Text(c)
				s.set(name, v.stepped(at, "matched as "+name))
			} else {
				s.capture(c, v, at, depth+1)
			}
		}
		return
	case "class_pattern":
		if conversions[s.f.Resolve(s.f.Text(python.NamedChild(p, 0)))] {
			v = nil
		}
		for i := uint(1); i < python.NamedChildCount(p); i++ {
			s.capture(python.NamedChild(p, i), v, at, depth+1)
		}
		return
	case "keyword_pattern":
		// name=pattern: the name is the attribute matched, not a capture.
		for i := uint(1); i < python.NamedChildCount(p); i++ {
			s.capture(python.NamedChild(p, i), v, at, depth+1)
		}
		return
	case "dict_pattern":
		for _, c := range python.ChildrenByField(p, "value") {
			s.capture(c, v, at, depth+1)
		}
		for i := uint(0); i < python.NamedChildCount(p); i++ {
			if c := python.NamedChild(p, i); python.KindOf(c) == "splat_pattern" {
				s.capture(c, v, at, depth+1)
			}
		}
		return
	case "case_pattern", "union_pattern", "list_pattern", "tuple_pattern":
		for i := uint(0); i < python.NamedChildCount(p); i++ {
			s.capture(python.NamedChild(p, i), v, at, depth+1)
		}
	}
}
