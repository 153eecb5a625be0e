package crypto

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// A def is one value given to a variable.
type def struct {
	expr  ast.Expr // nil: a value we do not follow (x += y, &x taken, a range variable)
	index int      // the result index when expr is a call with several results, else -1
}

// A defIndex records every value given to each variable of a package's shipped files, enough
// to follow a variable assigned once to its value and to give up on one assigned twice.
type defIndex struct {
	info *types.Info
	vars map[types.Object][]def
	// decoded are the variables a request body or form was decoded into
	// (json.NewDecoder(r.Body).Decode(&req), c.ShouldBindJSON(&req), json.Unmarshal(body, &req)).
	decoded map[types.Object]bool
}

// bindMethods decode a request into their argument: gin's Bind* and ShouldBind*, echo's Bind.
var bindMethods = map[string]bool{
	"Bind": true, "BindJSON": true, "BindQuery": true, "BindXML": true, "BindUri": true,
	"ShouldBind": true, "ShouldBindJSON": true, "ShouldBindQuery": true, "ShouldBindXML": true,
	"ShouldBindUri": true, "ShouldBindWith": true, "MustBindWith": true,
}

func indexDefs(info *types.Info, files []inspector.Cursor) *defIndex {
	x := &defIndex{info: info, vars: map[types.Object][]def{}, decoded: map[types.Object]bool{}}
	nodes := []ast.Node{
		(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.UnaryExpr)(nil),
		(*ast.IncDecStmt)(nil), (*ast.RangeStmt)(nil), (*ast.CallExpr)(nil),
	}
	for _, f := range files {
		for c := range f.Preorder(nodes...) {
			switch n := c.Node().(type) {
			case *ast.AssignStmt:
				switch {
				case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
					for _, lhs := range n.Lhs {
						x.add(lhs, def{nil, -1})
					}
				case len(n.Lhs) == len(n.Rhs):
					for i, lhs := range n.Lhs {
						x.add(lhs, def{n.Rhs[i], -1})
					}
				case len(n.Rhs) == 1:
					for i, lhs := range n.Lhs {
						x.add(lhs, def{n.Rhs[0], i})
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					switch {
					case len(n.Values) == len(n.Names):
						x.add(name, def{n.Values[i], -1})
					case len(n.Values) == 1:
						x.add(name, def{n.Values[0], i})
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					x.add(n.X, def{nil, -1})
				}
			case *ast.IncDecStmt:
				x.add(n.X, def{nil, -1})
			case *ast.RangeStmt:
				if n.Key != nil {
					x.add(n.Key, def{nil, -1})
				}
				if n.Value != nil {
					x.add(n.Value, def{nil, -1})
				}
			case *ast.CallExpr:
				x.noteDecode(n)
			}
		}
	}
	return x
}

// noteDecode records the variable a call decodes a request into.
func (x *defIndex) noteDecode(call *ast.CallExpr) {
	fn := callee(x.info, call)
	if fn == nil || fn.Pkg() == nil || len(call.Args) == 0 {
		return
	}
	target := call.Args[len(call.Args)-1]
	switch path := fn.Pkg().Path(); {
	case (path == "encoding/json" || path == "encoding/xml") && (fn.Name() == "Decode" || fn.Name() == "Unmarshal"):
	case (path == ginPath || path == echoPath) && bindMethods[fn.Name()]:
		target = call.Args[0]
	default:
		return
	}
	if u, ok := ast.Unparen(target).(*ast.UnaryExpr); ok && u.Op == token.AND {
		if obj := x.objOf(u.X); obj != nil {
			x.decoded[obj] = true
		}
	}
}

// objOf returns the variable an identifier denotes, or nil.
func (x *defIndex) objOf(e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	if obj := x.info.Defs[id]; obj != nil {
		return obj
	}
	if v, ok := x.info.Uses[id].(*types.Var); ok {
		return v
	}
	return nil
}

func (x *defIndex) add(lhs ast.Expr, d def) {
	if obj := x.objOf(lhs); obj != nil {
		x.vars[obj] = append(x.vars[obj], d)
	}
}

// only returns the one value given to obj, if it was given exactly one that we follow.
func (x *defIndex) only(obj types.Object) (def, bool) {
	ds := x.vars[obj]
	if len(ds) != 1 || ds[0].expr == nil {
		return def{}, false
	}
	return ds[0], true
}

// value returns the one expression assigned to the variable e (not a result of a tuple), or nil.
func (x *defIndex) value(e ast.Expr) ast.Expr {
	if d, ok := x.only(x.objOf(e)); ok && d.index < 0 {
		return d.expr
	}
	return nil
}
