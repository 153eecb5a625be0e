package transport

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/defs"
	"github.com/apivet/apivet/internal/httpknow"
)

// PlainHTTPAnalyzer reports credentials sent to a plain http:// URL (AV502): a request built by
// http.NewRequest for such a URL and given Basic credentials, a cookie or a credential header,
// user information written into the URL, and credentials given to a resty Client whose base URL
// is plain http:// or to a resty Request sent to such a URL.
var PlainHTTPAnalyzer = analysisutil.New("AV502", runPlainHTTP, inspect.Analyzer)

const plainMsg = "%s sent to %s over plain HTTP: anyone on the network path can read and replay them; use https://"

func runPlainHTTP(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, httpPath, restyPath) {
		return nil, nil
	}
	info := pass.TypesInfo
	all := shipped(pass)
	p := &plainChecker{pass: pass, info: info, defs: defs.New(info, all)}
	if analysisutil.Imports(pass.Pkg, restyPath) {
		r := &restyChecker{pass: pass, info: info, defs: p.defs, clients: unionFind{}, requests: unionFind{}}
		r.run(all)
	}
	for _, file := range all {
		for c := range file.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
			if call, ok := c.Node().(*ast.CallExpr); ok {
				p.checkCall(call)
			}
			for _, w := range headerWrites(info, c.Node()) {
				if !httpknow.CredentialHeader(w.key) {
					continue
				}
				if req := requestOf(info, w.header); req != nil {
					p.check(w.node, req, "the "+w.key+" header is")
				}
			}
		}
	}
	return nil, nil
}

type plainChecker struct {
	pass *analysis.Pass
	info *types.Info
	defs *defs.Index
}

// urlArgs maps the functions and methods that take a URL to its argument index.
func (p *plainChecker) urlArg(call *ast.CallExpr) ast.Expr {
	info := p.info
	switch {
	case analysisutil.IsPkgFunc(info, call, httpPath, "NewRequest", "Get", "Head", "Post", "PostForm"),
		analysisutil.IsMethod(info, call, httpPath, "Client", "Get", "Head", "Post", "PostForm"):
		if len(call.Args) > 0 {
			i := 0
			if analysisutil.IsPkgFunc(info, call, httpPath, "NewRequest") {
				i = 1
			}
			if i < len(call.Args) {
				return call.Args[i]
			}
		}
	case analysisutil.IsPkgFunc(info, call, httpPath, "NewRequestWithContext"):
		if len(call.Args) > 2 {
			return call.Args[2]
		}
	}
	return nil
}

// checkCall reports user information in a plain-HTTP URL, and Basic credentials or cookies
// given to a request for a plain-HTTP URL.
func (p *plainChecker) checkCall(call *ast.CallExpr) {
	if u := p.urlArg(call); u != nil {
		if tg := urlTarget(eval(p.info, p.defs, u)); tg.exposed() && tg.userinfo {
			analysisutil.Report(p.pass, call, plainMsg, "credentials in the URL's user information are", tg.origin())
		}
		return
	}
	var what string
	switch {
	case analysisutil.IsMethod(p.info, call, httpPath, "Request", "SetBasicAuth"):
		what = "Basic credentials are"
	case analysisutil.IsMethod(p.info, call, httpPath, "Request", "AddCookie"):
		what = "cookies are"
	default:
		return
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		p.check(call, sel.X, what)
	}
}

// check reports rng when the request req was built for a plain-HTTP URL that leaves the machine.
func (p *plainChecker) check(rng analysis.Range, req ast.Expr, what string) {
	d, ok := p.defs.Only(p.defs.ObjOf(req))
	if !ok || d.Index > 0 {
		return
	}
	call, ok := ast.Unparen(d.Expr).(*ast.CallExpr)
	if !ok {
		return
	}
	u := p.urlArg(call)
	if u == nil || !analysisutil.IsPkgFunc(p.info, call, httpPath, "NewRequest", "NewRequestWithContext") {
		return
	}
	if tg := urlTarget(eval(p.info, p.defs, u)); tg.exposed() && !tg.userinfo {
		analysisutil.Report(p.pass, rng, plainMsg, what, tg.origin())
	}
}
