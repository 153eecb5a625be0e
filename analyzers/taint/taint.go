package taint

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"
)

// Kind is the kind of sink a flow reaches; each kind is one rule.
type Kind uint8

// Sink kinds, in rule ID order.
const (
	SQL         Kind = iota + 1 // AV401
	Command                     // AV402
	HTML                        // AV403
	Path                        // AV404
	Redirect                    // AV405
	Deserialize                 // AV406
	SSRF                        // AV407
)

func (k Kind) bit() uint16 { return 1 << k }

const allKinds uint16 = 0xFFFE

// Step is one point of a flow: its source, a call or concatenation it passes through, or its
// sink. Pos is valid in the FileSet of the pass that found it (the checker shares one FileSet
// across packages; unitchecker does not, so File and Line are kept for steps of other packages).
type Step struct {
	Pos    token.Pos
	File   string
	Line   int
	Desc   string
	Clears uint16 // sink kinds this step sanitises (filepath.Base, html.EscapeString, ...)
	Silent bool   // not shown (field reads, method calls on tainted values)
}

// Flow is request data reaching a sink.
type Flow struct {
	Kind      Kind
	Pos, End  token.Pos // where to report: the sink, or the call into the helper holding it
	Source    string    // the source expression, e.g. r.URL.Query().Get("name")
	SourceAt  string    // "line 12" or "file.go:12"
	Sink      string    // e.g. db.Query
	Steps     []Step    // source, visible steps, sink (for Diagnostic.Related)
	Via       []string  // the names of the visible intermediate steps
	Arg       ast.Expr  // the sink argument expression, when found in the source
	Call      *ast.CallExpr
	Sniffed   bool // an HTML flow into a response whose content type net/http sniffs from the data
	sortIndex int
}

// Result is the Analyzer's result: every flow found in the package, in source order.
type Result struct {
	Flows []*Flow
}

// Summary is a function's taint summary, kept for the package and exported as a fact.
type Summary struct {
	Returns      uint64 // bit i: parameter i (receiver first) flows to a result
	ReturnClears uint16 // sink kinds sanitised on the way from a parameter to a result
	Source       []Step // results carry request data: the steps from the source to the return
	Hits         []Hit  // parameters reaching sinks
}

// Hit is a parameter of a function reaching a sink, directly or through further calls.
type Hit struct {
	Param int
	Kind  Kind
	Sink  string
	Steps []Step // from the first step after the parameter to the sink
}

// AFact marks Summary as a fact.
func (*Summary) AFact() {}

func (s *Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "taint(returns=%b", s.Returns)
	if s.Source != nil {
		b.WriteString(" source=" + s.Source[0].Desc)
	}
	for _, h := range s.Hits {
		fmt.Fprintf(&b, " p%d->%s", h.Param, h.Sink)
	}
	b.WriteString(")")
	return b.String()
}

func (s *Summary) size() int {
	n := len(s.Hits)*4 + bitsSet(s.Returns)
	if s.Source != nil {
		n++
	}
	return n
}

func bitsSet(x uint64) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// Analyzer computes the taint flows of a package once for all the AV4xx rules. It is not a rule
// and reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "taint",
	Doc:        "computes flows of HTTP request data to dangerous sinks for the AV4xx rules",
	Run:        run,
	Requires:   []*analysis.Analyzer{buildssa.Analyzer},
	ResultType: reflect.TypeOf((*Result)(nil)),
	FactTypes:  []analysis.Fact{new(Summary)},
}

// maxRounds caps the package-level fixed point over summaries and the per-function one over
// instructions; both only grow, so the caps only matter for pathological code.
const (
	maxRounds   = 6
	maxFnRounds = 12
)

var goroot = filepath.Clean(build.Default.GOROOT) + string(filepath.Separator)

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	// The standard library holds no handlers; its functions are modelled by the tables.
	if len(pass.Files) == 0 || strings.HasPrefix(pass.Fset.File(pass.Files[0].FileStart).Name(), goroot) {
		return res, nil
	}
	ssaInfo := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
	p := &pkgState{pass: pass, summaries: map[*ssa.Function]*Summary{}, files: map[*token.File]*ast.File{}}
	for _, f := range pass.Files {
		p.files[pass.Fset.File(f.FileStart)] = f
	}
	fns := ssaInfo.SrcFuncs
	for round := 0; round < maxRounds; round++ {
		changed := false
		for _, fn := range fns {
			s := analyse(p, fn, false)
			old := p.summaries[fn]
			if old == nil || s.size() != old.size() {
				changed = true
			}
			p.summaries[fn] = s
		}
		if !changed {
			break
		}
	}
	for _, fn := range fns {
		p.reporting = !p.isTestFile(fn.Pos())
		analyse(p, fn, true)
		if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() == pass.Pkg {
			if s := p.summaries[fn]; s != nil && s.size() > 0 {
				pass.ExportObjectFact(obj, s)
			}
		}
	}
	seen := map[string]bool{}
	for _, f := range p.flows {
		key := fmt.Sprintf("%d:%d", f.Pos, f.Kind)
		if seen[key] {
			continue
		}
		seen[key] = true
		res.Flows = append(res.Flows, f)
	}
	sort.SliceStable(res.Flows, func(i, j int) bool { return res.Flows[i].Pos < res.Flows[j].Pos })
	return res, nil
}

type pkgState struct {
	pass      *analysis.Pass
	summaries map[*ssa.Function]*Summary
	files     map[*token.File]*ast.File
	flows     []*Flow
	reporting bool
}

func (p *pkgState) isTestFile(pos token.Pos) bool {
	f := p.pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// summaryOf returns the summary of a called function: the package-local one, or a fact of
// another package. ok is false when nothing is known about the function.
func (p *pkgState) summaryOf(callee *ssa.Function) (*Summary, bool) {
	if callee == nil {
		return nil, false
	}
	if s, ok := p.summaries[callee]; ok {
		return s, true
	}
	if o := callee.Origin(); o != nil {
		if s, ok := p.summaries[o]; ok {
			return s, true
		}
	}
	if callee.Pkg != nil && callee.Pkg.Pkg == p.pass.Pkg {
		return &Summary{}, true // not analysed yet in this round
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok || obj.Pkg() == nil {
		return nil, false
	}
	obj = obj.Origin()
	s := new(Summary)
	if p.pass.ImportObjectFact(obj, s) {
		return s, true
	}
	return nil, false
}

// node is one point of a taint trace; a trace is a chain of nodes back to its root, a source
// (param < 0) or a parameter of the function being analysed.
type node struct {
	prev   *node
	step   Step
	param  int
	field  bool // a field or element read: a check on it also checks its base
	source string
}

func (n *node) root() *node {
	for n.prev != nil {
		n = n.prev
	}
	return n
}

func (n *node) clears() uint16 {
	var c uint16
	for ; n != nil; n = n.prev {
		c |= n.step.Clears
	}
	return c
}

// steps returns the trace from its root (excluded) to n, oldest first.
func (n *node) steps() []Step {
	var out []Step
	for ; n != nil && n.prev != nil; n = n.prev {
		out = append(out, n.step)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// check is a validation of a tainted value: code in blocks dominated by good (entered only
// from the check) sees the value validated for the kinds.
type check struct {
	n      *node
	kinds  uint16
	good   *ssa.BasicBlock
	joined bool // valid only for a path joined under a base after the check (no ".." in it)
}

type fnState struct {
	p       *pkgState
	fn      *ssa.Function
	taint   map[ssa.Value]*node
	changed bool
	checks  []check
	sum     *Summary
	textCT  bool // the function sets a text/plain or JSON content type
	anyCT   bool // the function sets a content type
	htmlCT  bool // the function sets a text/html content type
	sniffed bool // the sink being checked is a response body whose type is sniffed
}

// maxSeeded is the number of parameters (and captured variables) a summary follows one at a
// time; the rest are followed together in one more pass.
const maxSeeded = 16

// analyse reports fn's flows (final) or computes its summary. Flows are request data only, so
// they are found with no parameter marked: a parameter marked first would hide request data
// joined to it (h.table + r.FormValue("id")). A summary is the union of one pass per parameter
// and captured variable marked alone, so that a result or sink built from several parameters
// records each of them (buildQuery("users", id) returns id too), plus one unmarked pass for the
// request data a function returns.
func analyse(p *pkgState, fn *ssa.Function, final bool) *Summary {
	if fn.Blocks == nil {
		return &Summary{}
	}
	if final {
		analyseSeeded(p, fn, nil, true)
		return p.summaries[fn]
	}
	sum := analyseSeeded(p, fn, nil, false)
	n := len(fn.Params) + len(fn.FreeVars)
	if n > 64 {
		n = 64
	}
	var rest []int
	for i := 0; i < n; i++ {
		if t := seedValue(fn, i).Type(); clean(t) || unseeded(t) {
			continue
		}
		if i >= maxSeeded {
			rest = append(rest, i)
			continue
		}
		sum.merge(analyseSeeded(p, fn, []int{i}, false))
	}
	if rest != nil {
		sum.merge(analyseSeeded(p, fn, rest, false))
	}
	return sum
}

// unseededTypes are parameter types followed by no summary: what they carry is read through
// sources (r.FormValue, c.Query) or is not data (a context, a writer, a database handle).
var unseededTypes = map[[2]string]bool{
	{httpPath, "Request"}: true, {httpPath, "ResponseWriter"}: true, {"context", "Context"}: true,
	{ginPath, "Context"}: true, {echoPath, "Context"}: true, {sqlPath, "DB"}: true, {sqlPath, "Tx"}: true,
	{sqlxPath, "DB"}: true, {sqlxPath, "Tx"}: true, {gormPath, "DB"}: true, {"testing", "T"}: true,
}

// unseeded reports whether parameters of type t need no pass of their own.
func unseeded(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return types.Identical(t, types.Universe.Lookup("error").Type())
	}
	return unseededTypes[[2]string{n.Obj().Pkg().Path(), n.Obj().Name()}]
}

// seedValue returns parameter i of fn, or captured variable i-len(fn.Params) of a closure.
func seedValue(fn *ssa.Function, i int) ssa.Value {
	if i < len(fn.Params) {
		return fn.Params[i]
	}
	return fn.FreeVars[i-len(fn.Params)]
}

// merge adds the results, parameters reaching sinks and returned request data of o to s.
func (s *Summary) merge(o *Summary) {
	if s.Source == nil {
		s.Source = o.Source
	}
	if o.Returns != 0 {
		if s.Returns == 0 {
			s.ReturnClears = o.ReturnClears
		} else {
			s.ReturnClears &= o.ReturnClears
		}
		s.Returns |= o.Returns
	}
	for _, h := range o.Hits {
		dup := false
		for _, g := range s.Hits {
			if g.Param == h.Param && g.Kind == h.Kind {
				dup = true
				break
			}
		}
		if !dup {
			s.Hits = append(s.Hits, h)
		}
	}
}

// analyseSeeded runs the analysis of fn with the parameters and captured variables of seeds
// marked as such.
func analyseSeeded(p *pkgState, fn *ssa.Function, seeds []int, final bool) *Summary {
	s := &fnState{p: p, fn: fn, taint: map[ssa.Value]*node{}, sum: &Summary{}}
	for _, i := range seeds {
		v := seedValue(fn, i)
		s.set(v, &node{param: i, step: Step{Pos: v.Pos(), Desc: "parameter " + v.Name()}})
	}
	for round := 0; round < maxFnRounds; round++ {
		s.changed = false
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				s.visit(instr)
			}
		}
		if !s.changed {
			break
		}
	}
	s.collectChecks()
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			s.contentType(instr)
		}
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			s.sinks(instr, final)
		}
	}
	return s.sum
}

// clean reports whether values of type t cannot carry an injection: booleans and numbers.
func clean(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsBoolean|types.IsNumeric) != 0
}

func (s *fnState) set(v ssa.Value, n *node) {
	if v == nil || n == nil || s.taint[v] != nil {
		return
	}
	if _, ok := v.(*ssa.Const); ok || clean(v.Type()) {
		return
	}
	s.taint[v] = n
	s.changed = true
}

func (s *fnState) get(v ssa.Value) *node {
	if v == nil {
		return nil
	}
	return s.taint[v]
}

// derive gives v a node following from n, created only the first time.
func (s *fnState) derive(v ssa.Value, n *node, pos token.Pos, desc string, silent, field bool, clears uint16) {
	if n == nil || s.taint[v] != nil {
		return
	}
	s.set(v, &node{prev: n, field: field, step: Step{Pos: pos, Desc: desc, Silent: silent, Clears: clears}})
}

// root returns the variable an address or reference is derived from: storing request data
// through it taints the whole variable (the analysis is field-insensitive).
func root(v ssa.Value) ssa.Value {
	for i := 0; i < 32; i++ {
		switch x := v.(type) {
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.Slice:
			v = x.X
		default:
			return v
		}
	}
	return v
}

func (s *fnState) visit(instr ssa.Instruction) {
	switch v := instr.(type) {
	case *ssa.Call:
		s.call(v)
	case *ssa.Store:
		if n := s.get(v.Val); n != nil {
			s.set(root(v.Addr), n)
		}
	case *ssa.MapUpdate:
		n := s.get(v.Value)
		if n == nil {
			n = s.get(v.Key)
		}
		if n != nil {
			s.set(root(v.Map), n)
		}
	case *ssa.BinOp:
		if v.Op == token.ADD {
			n := s.get(v.X)
			if n == nil {
				n = s.get(v.Y)
			}
			s.derive(v, n, v.Pos(), "string concatenation", false, false, 0)
		}
	case *ssa.Phi:
		for _, e := range v.Edges {
			if n := s.get(e); n != nil {
				s.set(v, n)
				break
			}
		}
	case *ssa.UnOp:
		if v.Op == token.MUL || v.Op == token.ARROW {
			s.set(v, s.get(v.X))
		}
	case *ssa.FieldAddr:
		if src, ok := requestField(v.X.Type(), v.Field); ok {
			s.source(v, v.Pos(), src)
			return
		}
		s.derive(v, s.get(v.X), v.Pos(), "field", true, true, fieldClears(v.X.Type(), v.Field))
	case *ssa.Field:
		if src, ok := requestField(v.X.Type(), v.Field); ok {
			s.source(v, v.Pos(), src)
			return
		}
		s.derive(v, s.get(v.X), v.Pos(), "field", true, true, fieldClears(v.X.Type(), v.Field))
	case *ssa.IndexAddr:
		s.derive(v, s.get(v.X), v.Pos(), "element", true, true, 0)
	case *ssa.Index:
		s.derive(v, s.get(v.X), v.Pos(), "element", true, true, 0)
	case *ssa.Lookup:
		s.derive(v, s.get(v.X), v.Pos(), "element", true, true, 0)
	case *ssa.Slice:
		s.set(v, s.get(v.X))
	case *ssa.Convert:
		s.set(v, s.get(v.X))
	case *ssa.ChangeType:
		s.set(v, s.get(v.X))
	case *ssa.ChangeInterface:
		s.set(v, s.get(v.X))
	case *ssa.MakeInterface:
		s.set(v, s.get(v.X))
	case *ssa.TypeAssert:
		s.set(v, s.get(v.X))
	case *ssa.Extract:
		s.set(v, s.get(v.Tuple))
	case *ssa.Range:
		s.set(v, s.get(v.X))
	case *ssa.Next:
		s.set(v, s.get(v.Iter))
	case *ssa.SliceToArrayPointer:
		s.set(v, s.get(v.X))
	case *ssa.MultiConvert:
		s.set(v, s.get(v.X))
	}
}

// source marks v as request data read by the expression at pos.
func (s *fnState) source(v ssa.Value, pos token.Pos, fallback string) {
	if s.taint[v] != nil {
		return
	}
	desc := s.p.exprText(pos, fallback)
	s.set(v, &node{param: -1, source: desc, step: Step{Pos: pos, Desc: desc}})
}

// exprText returns the source text of the selector or call chain at pos: for r.URL in
// r.URL.Query().Get("id") the whole chain.
func (p *pkgState) exprText(pos token.Pos, fallback string) string {
	tf := p.pass.Fset.File(pos)
	f := p.files[tf]
	if f == nil {
		return fallback
	}
	path, _ := astutil.PathEnclosingInterval(f, pos, pos)
	var cur ast.Expr
	i := 0
	for ; i < len(path); i++ {
		if e, ok := path[i].(ast.Expr); ok {
			cur = e
			break
		}
	}
	if cur == nil {
		return fallback
	}
	for i++; i < len(path); i++ {
		switch x := path[i].(type) {
		case *ast.SelectorExpr:
			if x.X != cur && x.Sel != cur {
				goto done
			}
		case *ast.CallExpr:
			if x.Fun != cur {
				goto done
			}
		case *ast.IndexExpr:
			if x.X != cur {
				goto done
			}
		case *ast.ParenExpr:
		default:
			goto done
		}
		cur = path[i].(ast.Expr)
	}
done:
	text := types.ExprString(cur)
	if len(text) > 80 {
		text = text[:77] + "..."
	}
	return text
}

// calleeOf returns the called function object, the receiver (nil for functions) and the
// arguments without the receiver.
func calleeOf(c *ssa.CallCommon) (fn *types.Func, recv ssa.Value, args []ssa.Value) {
	if c.IsInvoke() {
		return c.Method, c.Value, c.Args
	}
	switch v := c.Value.(type) {
	case *ssa.Function:
		if obj, ok := v.Object().(*types.Func); ok {
			fn = obj.Origin()
		}
		if v.Signature.Recv() != nil && len(c.Args) > 0 {
			return fn, c.Args[0], c.Args[1:]
		}
	}
	return fn, nil, c.Args
}

// key identifies a function or method of a package: recv is the name of the receiver's named
// type (pointer stripped), "" for functions.
type key struct{ pkg, recv, name string }

func keyOf(fn *types.Func) key {
	if fn == nil || fn.Pkg() == nil {
		return key{}
	}
	k := key{pkg: fn.Pkg().Path(), name: fn.Name()}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			k.recv = n.Obj().Name()
		}
	}
	return k
}

func (k key) String() string {
	parts := strings.Split(k.pkg, "/")
	pkg := parts[len(parts)-1]
	if len(parts) > 1 && isMajorVersion(pkg) {
		pkg = parts[len(parts)-2] // github.com/go-resty/resty/v2: resty
	}
	if k.recv != "" {
		return pkg + "." + k.recv + "." + k.name
	}
	return pkg + "." + k.name
}

func (s *fnState) call(c *ssa.Call) {
	common := c.Common()
	if b, ok := common.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "append":
			for _, a := range common.Args {
				if n := s.get(a); n != nil {
					s.set(c, n)
					break
				}
			}
		case "copy":
			if len(common.Args) == 2 {
				if n := s.get(common.Args[1]); n != nil {
					s.set(root(common.Args[0]), n)
				}
			}
		}
		return
	}
	fn, recv, args := calleeOf(common)
	k := keyOf(fn)
	pos := c.Pos()

	// Sources.
	if fallback, ok := sourceCalls[k]; ok {
		s.source(c, pos, fallback)
		return
	}
	if i, ok := bindCalls[k]; ok && i < len(args) {
		desc := s.p.exprText(pos, k.String())
		s.set(root(args[i]), &node{param: -1, source: desc, step: Step{Pos: pos, Desc: desc}})
		return
	}
	// Decoding into a target: json.NewDecoder(r.Body).Decode(&v), json.Unmarshal(body, &v).
	if i, ok := decodeInto[k]; ok {
		var n *node
		if recv != nil {
			n = s.get(recv)
		} else if len(args) > 0 {
			n = s.get(args[0])
		}
		if n != nil && i < len(args) {
			s.derive(root(args[i]), n, pos, k.String(), false, false, 0)
		}
		return
	}
	// Writes into a builder or buffer: sb.WriteString(x), fmt.Fprintf(&buf, ...).
	if writeInto[k] && recv != nil {
		for _, a := range args {
			if n := s.get(a); n != nil {
				s.derive(root(recv), n, pos, k.String(), false, false, 0)
				break
			}
		}
		return
	}
	if copyInto[k] && len(args) > 0 {
		for _, a := range args[1:] {
			if n := s.get(a); n != nil {
				if _, isAlloc := root(args[0]).(*ssa.Alloc); isAlloc {
					s.derive(root(args[0]), n, pos, k.String(), false, false, 0)
				}
				break
			}
		}
		return
	}
	if sanitizers[k] {
		return
	}
	first := func() *node {
		if n := s.get(recv); n != nil {
			return n
		}
		for _, a := range args {
			if n := s.get(a); n != nil {
				return n
			}
		}
		return nil
	}
	if clears, ok := clearingCalls[k]; ok {
		s.derive(c, first(), pos, k.String(), false, false, clears)
		return
	}
	// filepath.Clean("/"+p) drops every ".." that would climb above the root, so the result,
	// joined under a base, stays inside it: the idiom of net/http's FileServer.
	if (k == key{filepathP, "", "Clean"} || k == key{"path", "", "Clean"}) && len(args) == 1 && strings.HasPrefix(constPrefix(args[0]), "/") {
		s.derive(c, first(), pos, k.String(), false, false, Path.bit())
		return
	}
	// Helpers with a summary.
	if callee := common.StaticCallee(); callee != nil {
		if sum, ok := s.p.summaryOf(callee); ok {
			if sum.Source != nil && s.taint[c] == nil {
				n := &node{param: -1, source: sum.Source[0].Desc, step: s.p.localStep(sum.Source[0])}
				for _, st := range sum.Source[1:] {
					n = &node{prev: n, step: s.p.localStep(st)}
				}
				n = &node{prev: n, step: Step{Pos: pos, Desc: calleeName(callee)}}
				s.set(c, n)
			}
			for i, a := range common.Args {
				if i < 64 && sum.Returns&(1<<i) != 0 {
					if n := s.get(a); n != nil {
						s.derive(c, n, pos, calleeName(callee), false, false, sum.ReturnClears)
						break
					}
				}
			}
			return
		}
	}
	// Anything else returning a string-like value from request data carries it: methods of
	// url.Values and *url.URL, strings and bytes functions, fmt.Sprintf, filepath.Join, ...
	n := first()
	if n == nil {
		return
	}
	if visiblePkgs[k.pkg] && k.recv == "" || visibleMethods[k] {
		s.derive(c, n, pos, k.String(), false, false, cleanedBy(k))
	} else {
		s.derive(c, n, pos, k.String(), true, false, 0)
	}
}

// isMajorVersion reports whether a path element is a module major version suffix (v2, v5).
func isMajorVersion(e string) bool {
	if len(e) < 2 || e[0] != 'v' {
		return false
	}
	for _, r := range e[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func calleeName(fn *ssa.Function) string {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	if fn.Parent() != nil {
		return "a function literal in " + fn.Parent().Name()
	}
	if recv := fn.Signature.Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return n.Obj().Name() + "." + fn.Name()
		}
	}
	return fn.Name()
}

// localStep converts a step of a summary into this pass: its Pos is kept when the FileSet
// agrees (the checker shares one FileSet), else dropped and the file and line named instead.
func (p *pkgState) localStep(st Step) Step {
	if st.Pos.IsValid() {
		if pos := p.pass.Fset.Position(st.Pos); pos.Filename == st.File && pos.Line == st.Line {
			return st
		}
	}
	st.Pos = token.NoPos
	return st
}

// exportStep fills a step's file and line for use in a summary.
func (p *pkgState) exportStep(st Step) Step {
	if st.Pos.IsValid() && st.File == "" {
		pos := p.pass.Fset.Position(st.Pos)
		st.File, st.Line = pos.Filename, pos.Line
	}
	return st
}
