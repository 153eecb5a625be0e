package transport

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
)

// TLSVersionAnalyzer reports tls.Config's MinVersion or MaxVersion set to a constant below TLS
// 1.2 (AV504).
var TLSVersionAnalyzer = analysisutil.New("AV504", runTLSVersion, inspect.Analyzer)

const (
	versionRisk = "deprecated by RFC 8996 (MD5 and SHA-1 in the handshake, CBC attacks such as BEAST and POODLE)"
	minMsg      = "MinVersion %s allows %s, " + versionRisk + ": an attacker on the network path can downgrade connections to it; " +
		"use tls.VersionTLS12 or later (Go's default)"
	maxMsg = "MaxVersion %s caps every connection at %s, " + versionRisk + "; remove MaxVersion or set it to tls.VersionTLS13"
)

// tls12 is tls.VersionTLS12.
const tls12 = 0x0303

var versionNames = map[int64]string{0x0300: "SSL 3.0", 0x0301: "TLS 1.0", 0x0302: "TLS 1.1"}

func runTLSVersion(pass *analysis.Pass) (any, error) {
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
				for field, kv := range keyedFields(info, n, tlsPath, "Config", "MinVersion", "MaxVersion") {
					if weak(info, kv.Value) && !optIn(info, c) {
						reportVersion(pass, kv, field, kv.Value)
					}
				}
			case *ast.AssignStmt:
				if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
					continue
				}
				for i, lhs := range n.Lhs {
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if !ok || !weak(info, n.Rhs[i]) || optIn(info, c) {
						continue
					}
					for _, field := range []string{"MinVersion", "MaxVersion"} {
						if selectsField(info, sel, tlsPath, "Config", field) {
							reportVersion(pass, span{lhs, n.Rhs[i]}, field, n.Rhs[i])
						}
					}
				}
			}
		}
	}
	return nil, nil
}

// weak reports whether e is a constant protocol version below TLS 1.2 (0 means the default).
func weak(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return false
	}
	v, exact := constant.Int64Val(tv.Value)
	return exact && v > 0 && v < tls12
}

// reportVersion reports field set to the weak version value. A MinVersion written as
// tls.VersionTLS10 (or 11, or SSL30) is fixed to tls.VersionTLS12.
func reportVersion(pass *analysis.Pass, rng analysis.Range, field string, value ast.Expr) {
	info := pass.TypesInfo
	v, _ := constant.Int64Val(info.Types[value].Value)
	name, ok := versionNames[v]
	if !ok {
		name = "a version below TLS 1.2"
	}
	msg := minMsg
	if field == "MaxVersion" {
		msg = maxMsg
	}
	if sel, ok := ast.Unparen(value).(*ast.SelectorExpr); ok && field == "MinVersion" {
		if c, ok := info.Uses[sel.Sel].(*types.Const); ok && c.Pkg() != nil && c.Pkg().Path() == tlsPath {
			fix := analysis.SuggestedFix{
				Message:   "Require TLS 1.2",
				TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("VersionTLS12")}},
			}
			analysisutil.ReportWithFix(pass, rng, fix, msg, types.ExprString(value), name)
			return
		}
	}
	analysisutil.Report(pass, rng, msg, types.ExprString(value), name)
}
