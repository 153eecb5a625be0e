package hardening

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
)

// ErrorDetailsAnalyzer reports error details sent to API clients (AV702).
var ErrorDetailsAnalyzer = analysisutil.New("AV702", runErrorDetails, inspect.Analyzer)

const (
	// errTextMsg takes the sink and the status.
	errTextMsg = "%s sends the error text to the client with status %d: error messages reveal " +
		"SQL, file paths, hosts and library details that help an attacker; log the error and " +
		"answer with a generic message"
	// panicMsg takes the sink and what it sends.
	panicMsg = "%s sends %s to the client: it reveals source paths, function names and internal " +
		"state; log it on the server and answer with a generic message"
)

// detailKind is what a response would reveal.
type detailKind int

const (
	noDetail  detailKind = iota
	errorText            // an error's message
	stackText            // a stack trace
	panicText            // a recovered panic value
)

var ginWriters = []string{
	"JSON", "IndentedJSON", "SecureJSON", "PureJSON", "AsciiJSON", "JSONP", "String", "Data",
	"HTML", "XML", "YAML", "TOML", "ProtoBuf", "AbortWithStatusJSON",
}

var echoWriters = []string{
	"JSON", "JSONPretty", "JSONBlob", "JSONP", "JSONPBlob", "String", "HTML", "HTMLBlob", "Blob",
	"XML", "XMLPretty", "XMLBlob",
}

// A sink is a call that writes its payload into a response.
type sink struct {
	call    *ast.CallExpr
	payload []int // argument indexes that reach the client
	// status is the argument index of the status code, or -1 when the status is the one set
	// before the call (w.WriteHeader(code)).
	status int
	// formatted: error values among the payload are formatted as text (fmt.Fprint, c.String).
	formatted bool
}

func runErrorDetails(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, httpPath, ginPath, echoPath) {
		return nil, nil
	}
	e := &errDetails{pass: pass, info: pass.TypesInfo, defs: map[*types.Var][]inspector.Cursor{}}
	files := shippedFiles(pass)
	for _, f := range files {
		for c := range f.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			e.indexDefs(c)
		}
	}
	for _, f := range files {
		for c := range f.Preorder((*ast.CallExpr)(nil)) {
			if s, ok := e.sinkOf(c.Node().(*ast.CallExpr)); ok {
				e.check(c, s)
			}
		}
	}
	return nil, nil
}

type errDetails struct {
	pass *analysis.Pass
	info *types.Info
	defs map[*types.Var][]inspector.Cursor // the values given to local variables
}

func (e *errDetails) indexDefs(c inspector.Cursor) {
	switch n := c.Node().(type) {
	case *ast.AssignStmt:
		if len(n.Lhs) != len(n.Rhs) {
			return
		}
		for i, lhs := range n.Lhs {
			if v := localVar(e.info, lhs); v != nil {
				e.defs[v] = append(e.defs[v], c.ChildAt(edge.AssignStmt_Rhs, i))
			}
		}
	case *ast.ValueSpec:
		if len(n.Names) != len(n.Values) {
			return
		}
		for i, name := range n.Names {
			if v := localVar(e.info, name); v != nil {
				e.defs[v] = append(e.defs[v], c.ChildAt(edge.ValueSpec_Values, i))
			}
		}
	}
}

// sinkOf tells whether call writes into a response, and how.
func (e *errDetails) sinkOf(call *ast.CallExpr) (sink, bool) {
	info := e.info
	args := func(from int) []int {
		var out []int
		for i := from; i < len(call.Args); i++ {
			out = append(out, i)
		}
		return out
	}
	switch {
	case analysisutil.IsPkgFunc(info, call, httpPath, "Error") && len(call.Args) == 3:
		return sink{call: call, payload: []int{1}, status: 2}, true
	case analysisutil.IsMethod(info, call, ginPath, "Context", ginWriters...) && len(call.Args) >= 2:
		fn := calleeFunc(info, call)
		return sink{call: call, payload: args(1), status: 0, formatted: fn.Name() == "String"}, true
	case analysisutil.IsMethod(info, call, echoPath, "Context", echoWriters...) && len(call.Args) >= 2:
		return sink{call: call, payload: args(1), status: 0}, true
	case analysisutil.IsPkgFunc(info, call, echoPath, "NewHTTPError") && len(call.Args) >= 2:
		// echo's error handler sends the message of an HTTPError to the client.
		return sink{call: call, payload: args(1), status: 0, formatted: true}, true
	case analysisutil.IsPkgFunc(info, call, fmtPath, "Fprint", "Fprintf", "Fprintln") && len(call.Args) >= 2 && e.responseWriter(call.Args[0]):
		return sink{call: call, payload: args(1), status: -1, formatted: true}, true
	case analysisutil.IsPkgFunc(info, call, ioPath, "WriteString") && len(call.Args) == 2 && e.responseWriter(call.Args[0]):
		return sink{call: call, payload: []int{1}, status: -1}, true
	case analysisutil.IsMethod(info, call, jsonPath, "Encoder", "Encode") && len(call.Args) == 1:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		if enc, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && analysisutil.IsPkgFunc(info, enc, jsonPath, "NewEncoder") &&
			len(enc.Args) == 1 && e.responseWriter(enc.Args[0]) {
			return sink{call: call, payload: []int{0}, status: -1}, true
		}
	case len(call.Args) == 1:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Write" && sel.Sel.Name != "WriteString" || !e.responseWriter(sel.X) {
			break
		}
		return sink{call: call, payload: []int{0}, status: -1}, true
	}
	return sink{}, false
}

// responseWriter reports whether x is an http.ResponseWriter (or implements it).
func (e *errDetails) responseWriter(x ast.Expr) bool {
	t := e.info.TypeOf(x)
	if t == nil {
		return false
	}
	for _, imp := range e.pass.Pkg.Imports() {
		if imp.Path() != httpPath {
			continue
		}
		if tn, ok := imp.Scope().Lookup("ResponseWriter").(*types.TypeName); ok {
			if it, ok := tn.Type().Underlying().(*types.Interface); ok {
				return types.Implements(t, it)
			}
		}
	}
	// The package reaches net/http only through a framework (gin's c.Writer).
	return analysisutil.IsNamed(t, ginPath, "ResponseWriter")
}

// check reports the first detail that the sink at c sends to the client.
func (e *errDetails) check(c inspector.Cursor, s sink) {
	status, known := int64(0), false
	if s.status >= 0 {
		status, known = constInt(e.info, s.call.Args[s.status])
	} else {
		status, known = e.statusBefore(c)
	}
	for _, i := range s.payload {
		arg := c.ChildAt(edge.CallExpr_Args, i)
		if s.formatted && isError(e.info.TypeOf(s.call.Args[i])) {
			if known && status >= 500 {
				analysisutil.Report(e.pass, s.call.Args[i], errTextMsg, types.ExprString(s.call.Fun), status)
				return
			}
			continue
		}
		n, kind := e.detail(arg, 0)
		switch {
		case kind == stackText:
			analysisutil.Report(e.pass, n, panicMsg, types.ExprString(s.call.Fun), "a stack trace")
			return
		case kind == panicText:
			analysisutil.Report(e.pass, n, panicMsg, types.ExprString(s.call.Fun), "the recovered panic value")
			return
		case kind == errorText && known && status >= 500:
			analysisutil.Report(e.pass, n, errTextMsg, types.ExprString(s.call.Fun), status)
			return
		}
	}
}

// maxDepth bounds how far detail follows local variables (msg := err.Error()).
const maxDepth = 2

// detail finds, in the expression at c, what would reveal internals: an error's text
// (err.Error(), an error formatted with fmt), a stack trace (debug.Stack()) or a recovered panic
// value. It follows local variables assigned in the package, maxDepth deep.
func (e *errDetails) detail(c inspector.Cursor, depth int) (ast.Node, detailKind) {
	info := e.info
	var found ast.Node
	kind := noDetail
	for n := range c.Preorder((*ast.CallExpr)(nil), (*ast.Ident)(nil)) {
		switch x := n.Node().(type) {
		case *ast.CallExpr:
			switch {
			case analysisutil.IsPkgFunc(info, x, debugPath, "Stack"):
				return x, stackText
			case isRecover(info, x):
				return x, panicText
			case isErrorCall(info, x):
				if kind == noDetail {
					found, kind = x, errorText
				}
			case analysisutil.IsPkgFunc(info, x, fmtPath, "Sprint", "Sprintf", "Sprintln", "Errorf"):
				for _, a := range x.Args {
					if isError(info.TypeOf(a)) && kind == noDetail {
						found, kind = x, errorText
					}
				}
			}
		case *ast.Ident:
			v, ok := info.Uses[x].(*types.Var)
			if !ok || depth >= maxDepth {
				continue
			}
			for _, d := range e.defs[v] {
				if isRecover(info, d.Node()) {
					return x, panicText
				}
				if _, k := e.detail(d, depth+1); k > kind {
					found, kind = x, k
				}
			}
		}
	}
	return found, kind
}

// isRecover reports whether n is a call of the builtin recover.
func isRecover(info *types.Info, n ast.Node) bool {
	call, ok := ast.Unparen(n.(ast.Expr)).(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	return ok && info.Uses[id] == types.Universe.Lookup("recover")
}

// isErrorCall reports whether call is err.Error() on a value implementing error.
func isErrorCall(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Error" || len(call.Args) != 0 {
		return false
	}
	return isError(info.TypeOf(sel.X))
}

// statusBefore returns the status code set by the last w.WriteHeader(code) (or gin's
// c.Status(code)) before the statement at c in its function, if it is a constant.
func (e *errDetails) statusBefore(c inspector.Cursor) (int64, bool) {
	child := c
	for p := range c.Enclosing() {
		switch p.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return 0, false
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			for s, ok := child.PrevSibling(); ok; s, ok = s.PrevSibling() {
				es, isExpr := s.Node().(*ast.ExprStmt)
				if !isExpr {
					continue
				}
				call, isCall := ast.Unparen(es.X).(*ast.CallExpr)
				if !isCall || len(call.Args) != 1 {
					continue
				}
				sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
				if !isSel {
					continue
				}
				if sel.Sel.Name == "WriteHeader" && e.responseWriter(sel.X) ||
					analysisutil.IsMethod(e.info, call, ginPath, "Context", "Status") {
					return constInt(e.info, call.Args[0])
				}
			}
		}
		child = p
	}
	return 0, false
}
