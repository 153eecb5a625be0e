package hardening

import (
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
)

// BodyLimitAnalyzer reports request bodies read without a size limit (AV704). Its result says
// whether the package limits every request body in a middleware (*BodyLimits).
var BodyLimitAnalyzer = func() *analysis.Analyzer {
	a := analysisutil.New("AV704", runBodyLimit, inspect.Analyzer)
	a.ResultType = reflect.TypeOf((*BodyLimits)(nil))
	return a
}()

// BodyLimits is what BodyLimitAnalyzer learns of a package.
type BodyLimits struct {
	// Global: the package wraps a handler in a body limit for every request
	// (http.MaxBytesHandler, echo's middleware.BodyLimit) or in a middleware that replaces the
	// body with a limited one. Packages it imports then have their bodies limited when served
	// by it; a tool that sees the whole program (the apivet command) drops their AV704 findings.
	Global bool
}

// GloballyLimited reports whether the package limits every request body in a middleware.
func (b *BodyLimits) GloballyLimited() bool { return b != nil && b.Global }

const (
	// bodyMsg takes the reading call and the fix.
	bodyMsg = "%s reads the request body without a size limit: a client can send gigabytes " +
		"that the server reads into memory, and a few such requests exhaust it; %s"
	netHTTPAdvice  = "first wrap it: r.Body = http.MaxBytesReader(w, r.Body, 1<<20)"
	ginBodyAdvice  = "first wrap it: c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 1<<20)"
	echoBodyAdvice = "add e.Use(middleware.BodyLimit(\"1M\")) or wrap the body with " +
		"http.MaxBytesReader"
	// multipartMsg takes the reading call: its argument caps memory, not the body.
	multipartMsg = "%s reads the request body without a size limit: its argument only caps the " +
		"memory used and the rest of the body is written to temporary files, so a client can fill " +
		"the disk; first wrap it: r.Body = http.MaxBytesReader(w, r.Body, 32<<20)"
)

func runBodyLimit(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, httpPath, ginPath, echoPath) {
		return &BodyLimits{}, nil
	}
	info := pass.TypesInfo
	files := shippedFiles(pass)
	type read struct {
		c      inspector.Cursor
		advice string
	}
	var reads []read
	limiting := map[ast.Node]bool{} // functions that replace a request body with a limited one
	reading := map[ast.Node]bool{}  // functions that read a request body, or hold one that does
	for _, f := range files {
		for c := range f.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
			switch n := c.Node().(type) {
			case *ast.CallExpr:
				switch {
				case analysisutil.IsPkgFunc(info, n, httpPath, "MaxBytesHandler"),
					analysisutil.IsPkgFunc(info, n, echoMidPath, "BodyLimit", "BodyLimitWithConfig"):
					return &BodyLimits{Global: true}, nil // the package limits bodies in a middleware
				}
				if advice, ok := bodyRead(info, n); ok {
					for fn := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
						reading[fn.Node()] = true
					}
					// Without an http.ResponseWriter around it, an *http.Request body is read by
					// a client: a RoundTripper or SDK middleware handling the request it sends.
					// (echo and gin reads are server-side by their context.)
					if advice != netHTTPAdvice || inServerHandler(info, c) || inEchoOrGin(info, c) {
						reads = append(reads, read{c, advice})
					}
				}
			case *ast.AssignStmt:
				if limitsBody(info, n) {
					if fn, ok := enclosingFunc(c); ok {
						limiting[fn.Node()] = true
					}
				}
			}
		}
	}
	for fn := range limiting {
		if !reading[fn] {
			return &BodyLimits{Global: true}, nil // a middleware limits request bodies; we cannot see where it applies
		}
	}
	for _, r := range reads {
		limited := false
		for fn := range r.c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			limited = limited || limiting[fn.Node()]
		}
		if !limited {
			call := r.c.Node().(*ast.CallExpr)
			if analysisutil.IsMethod(info, call, httpPath, "Request", "ParseMultipartForm") {
				analysisutil.Report(pass, call, multipartMsg, types.ExprString(call.Fun))
				continue
			}
			analysisutil.Report(pass, call, bodyMsg, types.ExprString(call.Fun), r.advice)
		}
	}
	return &BodyLimits{}, nil
}

// bodyRead reports whether call reads a request body to its end (or into a decoder) directly,
// and returns the advice that fits the framework.
func bodyRead(info *types.Info, call *ast.CallExpr) (string, bool) {
	var src ast.Expr
	switch {
	case analysisutil.IsPkgFunc(info, call, jsonPath, "NewDecoder"),
		analysisutil.IsPkgFunc(info, call, xmlPath, "NewDecoder"),
		analysisutil.IsPkgFunc(info, call, ioPath, "ReadAll"),
		analysisutil.IsPkgFunc(info, call, ioutilPath, "ReadAll"):
		if len(call.Args) == 1 {
			src = call.Args[0]
		}
	case analysisutil.IsPkgFunc(info, call, ioPath, "Copy", "CopyBuffer"):
		if len(call.Args) >= 2 {
			src = call.Args[1]
		}
	case analysisutil.IsMethod(info, call, ginPath, "Context", "GetRawData"):
		return ginBodyAdvice, true
	case analysisutil.IsMethod(info, call, httpPath, "Request", "ParseMultipartForm"):
		// r.ParseMultipartForm(32 << 20): the request itself is the source.
		fun, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || !isRequest(info.TypeOf(fun.X)) {
			return "", false
		}
		return requestAdvice(info, fun.X), true
	}
	sel, ok := ast.Unparen(src).(*ast.SelectorExpr)
	if !ok || !isFieldOf(fieldOf(info, sel), httpPath, "Body") || !isRequest(info.TypeOf(sel.X)) {
		return "", false
	}
	return requestAdvice(info, sel.X), true
}

// requestAdvice returns the advice that fits the framework of the request expression req.
func requestAdvice(info *types.Info, req ast.Expr) string {
	switch x := ast.Unparen(req).(type) {
	case *ast.SelectorExpr: // c.Request.Body
		if analysisutil.IsNamed(info.TypeOf(x.X), ginPath, "Context") {
			return ginBodyAdvice
		}
	case *ast.CallExpr: // c.Request().Body
		if analysisutil.IsMethod(info, x, echoPath, "Context", "Request") {
			return echoBodyAdvice
		}
	}
	return netHTTPAdvice
}

// limitsBody reports whether an assignment replaces a request body with a limited reader:
// r.Body = http.MaxBytesReader(w, r.Body, n), or io.LimitReader wrapped in io.NopCloser.
func limitsBody(info *types.Info, a *ast.AssignStmt) bool {
	if len(a.Lhs) != len(a.Rhs) {
		return false
	}
	for i, lhs := range a.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok || !isFieldOf(fieldOf(info, sel), httpPath, "Body") {
			continue
		}
		for e := ast.Unparen(a.Rhs[i]); e != nil; {
			call, ok := e.(*ast.CallExpr)
			if !ok {
				break
			}
			if analysisutil.IsPkgFunc(info, call, httpPath, "MaxBytesReader") || analysisutil.IsPkgFunc(info, call, ioPath, "LimitReader") {
				return true
			}
			if !(analysisutil.IsPkgFunc(info, call, ioPath, "NopCloser") || analysisutil.IsPkgFunc(info, call, ioutilPath, "NopCloser")) || len(call.Args) != 1 {
				break
			}
			e = ast.Unparen(call.Args[0])
		}
	}
	return false
}

// inServerHandler reports whether a function around c answers requests: it takes an
// http.ResponseWriter. Code that reads an *http.Request body without one is a client handling the
// request it is about to send.
func inServerHandler(info *types.Info, c inspector.Cursor) bool {
	for fn := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var ft *ast.FuncType
		switch f := fn.Node().(type) {
		case *ast.FuncDecl:
			ft = f.Type
		case *ast.FuncLit:
			ft = f.Type
		}
		for _, field := range ft.Params.List {
			if analysisutil.IsNamed(info.TypeOf(field.Type), httpPath, "ResponseWriter") {
				return true
			}
		}
	}
	return false
}

// inEchoOrGin reports whether a function around c takes an echo or gin context.
func inEchoOrGin(info *types.Info, c inspector.Cursor) bool {
	for fn := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var ft *ast.FuncType
		switch f := fn.Node().(type) {
		case *ast.FuncDecl:
			ft = f.Type
		case *ast.FuncLit:
			ft = f.Type
		}
		for _, field := range ft.Params.List {
			t := info.TypeOf(field.Type)
			if analysisutil.IsNamed(t, echoPath, "Context") || analysisutil.IsNamed(t, ginPath, "Context") {
				return true
			}
		}
	}
	return false
}
