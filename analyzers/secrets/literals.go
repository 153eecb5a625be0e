package secrets

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	engine "github.com/apivet/apivet/internal/secrets"
)

// A candidate is one string constant of the package and what the engine is told about it.
type candidate struct {
	root  ast.Expr // the maximal constant string expression holding the literal
	cur   inspector.Cursor
	value string
	ctx   engine.Context
}

// scanner collects the candidates of one package.
type scanner struct {
	pass  *analysis.Pass
	info  *types.Info
	cands []candidate
	// bound maps a constant or variable initialised with a literal to that literal's
	// candidate (an index in cands); sinks holds the security API each one is passed to, and
	// mutated the variables assigned again or whose address is taken (their value may change).
	bound   map[types.Object]int
	sinks   map[types.Object]string
	mutated map[types.Object]bool
	names   map[string]bool // IsCredentialName, memoized: the same names recur
	// boundNames holds the names of the bound objects: uses looks up only identifiers that
	// have one of them.
	boundNames map[string]bool
}

func newScanner(pass *analysis.Pass) *scanner {
	return &scanner{
		pass: pass, info: pass.TypesInfo,
		bound: map[types.Object]int{}, sinks: map[types.Object]string{}, mutated: map[types.Object]bool{},
		names: map[string]bool{}, boundNames: map[string]bool{},
	}
}

// credentialName reports whether name names a credential (engine.IsCredentialName).
func (s *scanner) credentialName(name string) bool {
	if name == "" {
		return false
	}
	v, ok := s.names[name]
	if !ok {
		v = engine.IsCredentialName(name)
		s.names[name] = v
	}
	return v
}

// constantNodes are the roots a string constant holding a literal can have: a literal or a
// concatenation. Parentheses and conversions around them are seen through by unwrap.
var constantNodes = []ast.Node{(*ast.BasicLit)(nil), (*ast.BinaryExpr)(nil)}

// literals records a candidate for every string constant expression of the file that contains a
// string literal. The walk is top-down and does not enter a constant once found, so a
// concatenation of n literals costs O(n), not O(n²).
func (s *scanner) literals(file inspector.Cursor, test bool) {
	file.Inspect(constantNodes, func(c inspector.Cursor) bool {
		// Cheap syntactic checks before the type lookup.
		switch n := c.Node().(type) {
		case *ast.BasicLit:
			if n.Kind != token.STRING {
				return false
			}
			if k := c.ParentEdgeKind(); k == edge.ImportSpec_Path || k == edge.Field_Tag {
				return false
			}
		case *ast.BinaryExpr:
			if n.Op != token.ADD || !(mayHoldString(n.X) || mayHoldString(n.Y)) {
				return true
			}
		}
		root := c.Node().(ast.Expr)
		tv, ok := s.info.Types[root]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return true
		}
		value := constant.StringVal(tv.Value)
		if strings.TrimSpace(value) == "" || !anyOwn(s.segments(root, len(value))) {
			return false
		}
		ctx, obj := s.position(c)
		if strings.IndexByte(value, 0) >= 0 {
			// Binary data (file signatures, protocol magic): names and sinks say nothing about
			// it; only what Prefilter admits is looked for.
			ctx, obj = engine.Context{}, nil
		}
		ctx.TestFile = test
		// Only a bound constant or variable can still gain a sink (in uses); any other literal
		// without a sink or a credential name can only match what Prefilter admits.
		if obj == nil && ctx.Sink == "" && !s.credentialName(ctx.Name) && !engine.Prefilter(value) {
			return false
		}
		if obj != nil {
			s.bound[obj] = len(s.cands)
			s.boundNames[obj.Name()] = true
		}
		s.cands = append(s.cands, candidate{root: root, cur: c, value: value, ctx: ctx})
		return false
	})
}

// mayHoldString reports whether an operand of + can be or contain a string literal: a literal, a
// nested + or a parenthesised or converted expression. i + 1 and a + b are not.
func mayHoldString(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.BasicLit:
		return x.Kind == token.STRING
	case *ast.BinaryExpr, *ast.ParenExpr:
		return true
	case *ast.CallExpr:
		return len(x.Args) == 1
	}
	return false
}

// uses follows the constants and variables bound to literals to the security APIs they are passed
// to, and notes the variables whose value may change.
func (s *scanner) uses(file inspector.Cursor) {
	for c := range file.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if !s.boundNames[id.Name] {
			continue
		}
		obj := s.info.Uses[id]
		if obj == nil {
			continue
		}
		if _, ok := s.bound[obj]; !ok {
			continue
		}
		if _, ok := obj.(*types.Var); ok && mutates(c) {
			s.mutated[obj] = true
			continue
		}
		if ctx, _ := s.position(s.unwrap(c, true)); ctx.Sink != "" && s.sinks[obj] == "" {
			s.sinks[obj] = ctx.Sink
		}
	}
}

// mutates reports whether the identifier at c is assigned to or has its address taken.
func mutates(c inspector.Cursor) bool {
	switch k, _ := c.ParentEdge(); k {
	case edge.AssignStmt_Lhs, edge.IncDecStmt_X, edge.RangeStmt_Key, edge.RangeStmt_Value:
		return true
	case edge.UnaryExpr_X:
		return c.Parent().Node().(*ast.UnaryExpr).Op == token.AND
	}
	return false
}

// scan asks the engine about every candidate and returns the findings.
func (s *scanner) scan() []Finding {
	for obj, sink := range s.sinks {
		if cand := &s.cands[s.bound[obj]]; !s.mutated[obj] && cand.ctx.Sink == "" {
			cand.ctx.Sink = sink
		}
	}
	var out []Finding
	for _, cand := range s.cands {
		ctx := cand.ctx
		if ctx.Sink == sinkBearer && isBasic(cand.value) {
			ctx.Sink = sinkAuthHeader
		}
		ctx.Language = "go"
		custom := engine.ScanCustom(cand.value, customFormats.formats)
		// Without a sink or a credential name the engine can only find what Prefilter admits.
		if ctx.Sink == "" && !s.credentialName(ctx.Name) && !engine.Prefilter(cand.value) && len(custom) == 0 {
			continue
		}
		ms := append(engine.Scan(cand.value, ctx), custom...)
		if len(ms) == 0 {
			continue
		}
		segs := s.segments(cand.root, len(cand.value))
		for _, m := range ms {
			if m.Rule == engine.RulePlaceholder && inRedaction(cand.cur) {
				continue // a mask written over a secret for display: "********", "xxxxx"
			}
			pos, end, ok := span(segs, m.Start, m.End)
			if !ok {
				continue // wholly inside a named constant: reported at its declaration
			}
			out = append(out, Finding{Pos: pos, End: end, Match: m, Context: ctx, value: cand.value})
		}
	}
	return out
}

// A segment is the part of a folded constant contributed by one operand of a concatenation.
type segment struct {
	start, end int
	node       ast.Expr
	own        bool // written here, not a named constant declared elsewhere
}

// segments splits the value of root into the operands of its + concatenations, left to right.
// It iterates (no recursion), since concatenations can be arbitrarily long.
func (s *scanner) segments(root ast.Expr, n int) []segment {
	whole := []segment{{0, n, root, !s.namedConst(root)}}
	switch root.(type) {
	case *ast.BinaryExpr, *ast.ParenExpr:
	default:
		return whole
	}
	var segs []segment
	stack := []ast.Expr{root}
	off := 0
	for len(stack) > 0 {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch x := e.(type) {
		case *ast.ParenExpr:
			stack = append(stack, x.X)
			continue
		case *ast.BinaryExpr:
			if x.Op == token.ADD && s.isString(x) {
				stack = append(stack, x.Y, x.X)
				continue
			}
		}
		tv, ok := s.info.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return whole
		}
		l := len(constant.StringVal(tv.Value))
		segs = append(segs, segment{off, off + l, e, !s.namedConst(e)})
		off += l
	}
	if off != n {
		return whole
	}
	return segs
}

// namedConst reports whether e names a constant (x, pkg.X, Secret(x)): its value is written
// at the constant's declaration, not here.
func (s *scanner) namedConst(e ast.Expr) bool {
	for range 8 {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			_, ok := s.info.Uses[x].(*types.Const)
			return ok
		case *ast.SelectorExpr:
			_, ok := s.info.Uses[x.Sel].(*types.Const)
			return ok
		case *ast.CallExpr:
			if len(x.Args) != 1 || !s.isType(x.Fun) {
				return false
			}
			e = x.Args[0]
		default:
			return false
		}
	}
	return false
}

func anyOwn(segs []segment) bool {
	for _, sg := range segs {
		if sg.own {
			return true
		}
	}
	return false
}

// span returns the source range of the own segments overlapping the bytes [start, end) of the
// value; ok is false when the bytes come from named constants only.
func span(segs []segment, start, end int) (pos, last token.Pos, ok bool) {
	if end <= start {
		end = start + 1
	}
	for _, sg := range segs {
		if !sg.own || sg.end <= start || sg.start >= end {
			continue
		}
		if !ok {
			pos, ok = sg.node.Pos(), true
		}
		last = sg.node.End()
	}
	return pos, last, ok
}

// isString reports whether e is a constant of string kind.
func (s *scanner) isString(e ast.Expr) bool {
	tv, ok := s.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String
}

// isType reports whether e denotes a type (the function of a conversion).
func (s *scanner) isType(e ast.Expr) bool {
	tv, ok := s.info.Types[e]
	return ok && tv.IsType()
}

// constString returns the constant string value of e.
func (s *scanner) constString(e ast.Expr) (string, bool) {
	if !s.isString(e) {
		return "", false
	}
	return constant.StringVal(s.info.Types[e].Value), true
}

// isBasic reports an Authorization header value of the Basic scheme.
func isBasic(v string) bool {
	v = strings.TrimSpace(v)
	return len(v) > 6 && strings.EqualFold(v[:6], "basic ")
}

// redactionMethods are methods that render a value for display; a placeholder or mask written
// there (c.Password = "********" in String, url.UserPassword(u, "xxxxx") in Redacted) hides a
// secret rather than being one.
var redactionMethods = map[string]bool{
	"String": true, "GoString": true, "Format": true, "LogValue": true, "Error": true,
	"MarshalJSON": true, "MarshalText": true, "MarshalYAML": true, "MarshalLogObject": true,
}

// inRedaction reports whether c is inside a redaction function or method.
func inRedaction(c inspector.Cursor) bool {
	for fc := range c.Enclosing((*ast.FuncDecl)(nil)) {
		name := fc.Node().(*ast.FuncDecl).Name.Name
		return redactionMethods[name] || engine.RedactionName(name)
	}
	return false
}
