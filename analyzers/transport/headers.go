package transport

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/defs"
)

// A headerWrite is one header value set on an http.Header: h.Set(k, v), h.Add(k, v),
// h[k] = []string{v}, or an http.Header{k: {v}} literal; or on a resty Client or Request:
// SetHeader(k, v), SetHeaders(map[string]string{k: v}).
type headerWrite struct {
	node   ast.Node   // the call, assignment or key-value element
	key    string     // the header name, a constant
	values []ast.Expr // the values written
	header ast.Expr   // the http.Header written to; nil for a literal and for resty
	call   *ast.CallExpr
}

// headerWrites recognises n as writes of constant-named headers.
func headerWrites(info *types.Info, n ast.Node) []headerWrite {
	switch n := n.(type) {
	case *ast.CallExpr:
		if w := restyHeaderWrites(info, n); w != nil {
			return w
		}
		if !analysisutil.IsMethod(info, n, httpPath, "Header", "Set", "Add") || len(n.Args) != 2 {
			return nil
		}
		sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
		key, isConst := analysisutil.ConstString(info, n.Args[0])
		if !ok || !isConst {
			return nil
		}
		return []headerWrite{{node: n, key: key, values: n.Args[1:], header: sel.X, call: n}}
	case *ast.AssignStmt:
		if len(n.Lhs) != len(n.Rhs) {
			return nil
		}
		var out []headerWrite
		for i, lhs := range n.Lhs {
			ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
			if !ok || !analysisutil.IsNamed(info.TypeOf(ix.X), httpPath, "Header") {
				continue
			}
			if key, ok := analysisutil.ConstString(info, ix.Index); ok {
				out = append(out, headerWrite{node: n, key: key, values: elements(n.Rhs[i]), header: ix.X})
			}
		}
		return out
	case *ast.CompositeLit:
		if !analysisutil.IsNamed(info.TypeOf(n), httpPath, "Header") {
			return nil
		}
		var out []headerWrite
		for _, elt := range n.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if key, ok := analysisutil.ConstString(info, kv.Key); ok {
				out = append(out, headerWrite{node: kv, key: key, values: elements(kv.Value)})
			}
		}
		return out
	}
	return nil
}

// elements returns the elements of a []string{...} literal (or the elided {...} of a map value).
func elements(e ast.Expr) []ast.Expr {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		return lit.Elts
	}
	return nil
}

// authHeader reports whether a header name is Authorization or Proxy-Authorization.
func authHeader(name string) bool {
	return strings.EqualFold(name, "Authorization") || strings.EqualFold(name, "Proxy-Authorization")
}

// requestOf returns R when header is R.Header for an *http.Request R, or nil.
func requestOf(info *types.Info, header ast.Expr) ast.Expr {
	sel, ok := ast.Unparen(header).(*ast.SelectorExpr)
	if !ok || !selectsField(info, sel, httpPath, "Request", "Header") {
		return nil
	}
	return sel.X
}

// resolve follows e through variables assigned once, up to a few steps.
func resolve(defs *defs.Index, e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	for range maxFollow {
		switch e.(type) {
		case *ast.Ident, *ast.SelectorExpr:
		default:
			return e
		}
		v := defs.Value(defs.ObjOf(e))
		if v == nil {
			return e
		}
		e = ast.Unparen(v)
	}
	return e
}

// simple reports whether e can be repeated in a fix as written: a name, a selector of names or a
// literal.
func simple(e ast.Expr) bool {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident, *ast.BasicLit:
			return true
		case *ast.SelectorExpr:
			e = x.X
		default:
			return false
		}
	}
}

// isString reports whether e has a string type.
func isString(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	if t == nil {
		return false // an import path, a type expression
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// concatOperands returns the operands of a + chain, in order.
func concatOperands(e ast.Expr) []ast.Expr {
	var out []ast.Expr
	e = ast.Unparen(e)
	for {
		b, ok := e.(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			out = append(out, e)
			break
		}
		out = append(out, b.Y)
		e = ast.Unparen(b.X)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
