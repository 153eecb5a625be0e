package transport

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/defs"
)

// BasicAuthAnalyzer reports an Authorization Basic header built from a user and a secret without
// base64 encoding (AV501).
var BasicAuthAnalyzer = analysisutil.New("AV501", runBasicAuth, inspect.Analyzer)

const basicMsg = `the %s header sends Basic credentials as raw "user:secret" text instead of base64("user:secret"): ` +
	`servers reject or misread it, and the secret travels and is logged in a malformed header; ` +
	`use req.SetBasicAuth(user, secret), which encodes it`

func runBasicAuth(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, httpPath, restyPath) {
		return nil, nil // headers are written through net/http's or resty's types
	}
	info := pass.TypesInfo
	all := shipped(pass)
	defs := defs.New(info, all)
	seen := map[ast.Expr]bool{}
	for _, file := range all {
		for c := range file.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil)) {
			for _, w := range headerWrites(info, c.Node()) {
				if !authHeader(w.key) {
					continue
				}
				for _, v := range w.values {
					e := resolve(defs, v)
					if seen[e] || !rawBasic(eval(info, defs, e)) {
						continue
					}
					seen[e] = true
					if fix, ok := setBasicAuthFix(info, w, e); ok && e == ast.Unparen(v) {
						analysisutil.ReportWithFix(pass, e, fix, basicMsg, w.key)
					} else {
						analysisutil.Report(pass, e, basicMsg, w.key)
					}
				}
			}
		}
	}
	return nil, nil
}

// rawBasic reports whether t is "Basic " followed by credentials holding a literal colon: the
// user:secret pair written out instead of encoded.
func rawBasic(t tmpl) bool {
	text := t.text()
	if len(text) < 6 || !strings.EqualFold(text[:6], "basic ") {
		return false
	}
	return strings.Contains(strings.TrimLeft(text[6:], " "), ":")
}

// setBasicAuthFix rewrites req.Header.Set("Authorization", fmt.Sprintf("Basic %s:%s", u, p)) and
// req.Header.Set("Authorization", "Basic "+u+":"+p) into req.SetBasicAuth(u, p), for an
// *http.Request req and plain string names, selectors or literals u and p; and resty's
// SetHeader("Authorization", ...) into SetBasicAuth(u, p).
func setBasicAuthFix(info *types.Info, w headerWrite, value ast.Expr) (analysis.SuggestedFix, bool) {
	if w.call == nil || !strings.EqualFold(w.key, "Authorization") {
		return analysis.SuggestedFix{}, false
	}
	var req ast.Expr
	if analysisutil.IsMethod(info, w.call, httpPath, "Header", "Set") {
		if req = requestOf(info, w.header); req == nil || !simple(req) {
			return analysis.SuggestedFix{}, false
		}
	} else if _, name, _, ok := restyMethod(info, w.call); !ok || name != "SetHeader" {
		return analysis.SuggestedFix{}, false
	}
	var user, secret ast.Expr
	if call, ok := value.(*ast.CallExpr); ok && analysisutil.IsPkgFunc(info, call, fmtPath, "Sprintf") {
		if f, ok := analysisutil.ConstString(info, call.Args[0]); !ok || f != "Basic %s:%s" || len(call.Args) != 3 {
			return analysis.SuggestedFix{}, false
		}
		user, secret = call.Args[1], call.Args[2]
	} else {
		ops := concatOperands(value)
		if len(ops) != 4 {
			return analysis.SuggestedFix{}, false
		}
		if s, ok := analysisutil.ConstString(info, ops[0]); !ok || s != "Basic " {
			return analysis.SuggestedFix{}, false
		}
		if s, ok := analysisutil.ConstString(info, ops[2]); !ok || s != ":" {
			return analysis.SuggestedFix{}, false
		}
		user, secret = ops[1], ops[3]
	}
	if !simple(user) || !simple(secret) || !isString(info, user) || !isString(info, secret) {
		return analysis.SuggestedFix{}, false
	}
	if req == nil {
		return restySetBasicAuthFix(w, user, secret)
	}
	text := types.ExprString(req) + ".SetBasicAuth(" + types.ExprString(user) + ", " + types.ExprString(secret) + ")"
	return analysis.SuggestedFix{
		Message:   "Use SetBasicAuth, which base64-encodes the credentials",
		TextEdits: []analysis.TextEdit{{Pos: w.call.Pos(), End: w.call.End(), NewText: []byte(text)}},
	}, true
}
