package transport

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
)

// TLSVerifyAnalyzer reports tls.Config's InsecureSkipVerify set to a constant true (AV503).
var TLSVerifyAnalyzer = analysisutil.New("AV503", runTLSVerify, inspect.Analyzer)

const verifyMsg = "InsecureSkipVerify turns off TLS certificate and host name verification: anyone on the network path " +
	"can impersonate the server and read or change the traffic, credentials included; trust a private CA through RootCAs instead"

func runTLSVerify(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, tlsPath) {
		return nil, nil
	}
	info := pass.TypesInfo
	for file := range shippedFiles(pass) {
		for c := range file.Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
			switch n := c.Node().(type) {
			case *ast.CompositeLit:
				if !analysisutil.IsNamed(info.TypeOf(n), tlsPath, "Config") {
					continue
				}
				if verifiesItself(info, n) {
					continue
				}
				for _, kv := range keyedFields(info, n, tlsPath, "Config", "InsecureSkipVerify") {
					if isTrue(info, kv.Value) && !optIn(info, c) {
						reportVerify(pass, kv, kv.Value)
					}
				}
			case *ast.AssignStmt:
				if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
					continue
				}
				for i, lhs := range n.Lhs {
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if ok && selectsField(info, sel, tlsPath, "Config", "InsecureSkipVerify") && isTrue(info, n.Rhs[i]) && !optIn(info, c) {
						reportVerify(pass, span{lhs, n.Rhs[i]}, n.Rhs[i])
					}
				}
			}
		}
	}
	return nil, nil
}

// verifiesItself reports whether a tls.Config literal sets VerifyConnection or
// VerifyPeerCertificate to a function: the documented way to replace the default verification
// (certificate pinning, a private CA checked by hand), where InsecureSkipVerify only turns the
// default off.
func verifiesItself(info *types.Info, lit *ast.CompositeLit) bool {
	for _, kv := range keyedFields(info, lit, tlsPath, "Config", "VerifyConnection", "VerifyPeerCertificate") {
		if tv, ok := info.Types[kv.Value]; ok && !tv.IsNil() {
			return true
		}
	}
	return false
}

// isTrue reports whether e is a constant true.
func isTrue(info *types.Info, e ast.Expr) bool {
	v, ok := analysisutil.ConstBool(info, e)
	return ok && v
}

// reportVerify reports InsecureSkipVerify set to value; a literal true is fixed to false (a
// named constant is left to the author, who may use it elsewhere).
func reportVerify(pass *analysis.Pass, rng analysis.Range, value ast.Expr) {
	if id, ok := ast.Unparen(value).(*ast.Ident); ok && pass.TypesInfo.Uses[id] == types.Universe.Lookup("true") {
		fix := analysis.SuggestedFix{
			Message:   "Verify certificates",
			TextEdits: []analysis.TextEdit{{Pos: value.Pos(), End: value.End(), NewText: []byte("false")}},
		}
		analysisutil.ReportWithFix(pass, rng, fix, verifyMsg)
		return
	}
	analysisutil.Report(pass, rng, verifyMsg)
}
