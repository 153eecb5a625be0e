package debugmode

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// A def is one value given to a variable or field.
type def struct {
	expr  ast.Expr // nil: a value we do not follow (x += y, &x taken, a range variable)
	index int      // the result index when expr is a call with several results, else -1
}

type fieldKey struct {
	base  types.Object // the variable or field holding the struct
	field types.Object
}

// A defIndex records, for the shipped files of a package, every value given to each variable and
// field: enough to see that addr := "127.0.0.1:6060" is a constant or that srv was built by an
// http.Server literal, and to give up when a variable is assigned more than once.
type defIndex struct {
	info   *types.Info
	vars   map[types.Object][]def // by variable, or by field across all structs
	fields map[fieldKey][]def     // by field of one variable: srv.Handler = mux
}

func indexDefs(info *types.Info, files []inspector.Cursor) *defIndex {
	x := &defIndex{info: info, vars: map[types.Object][]def{}, fields: map[fieldKey][]def{}}
	nodes := []ast.Node{
		(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil),
		(*ast.UnaryExpr)(nil), (*ast.IncDecStmt)(nil), (*ast.RangeStmt)(nil),
	}
	for _, f := range files {
		for c := range f.Preorder(nodes...) {
			switch n := c.Node().(type) {
			case *ast.AssignStmt:
				switch {
				case n.Tok != token.ASSIGN && n.Tok != token.DEFINE: // x += y
					for _, lhs := range n.Lhs {
						x.add(lhs, def{index: -1})
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
				switch {
				case len(n.Values) == len(n.Names):
					for i, name := range n.Names {
						x.add(name, def{n.Values[i], -1})
					}
				case len(n.Values) == 1:
					for i, name := range n.Names {
						x.add(name, def{n.Values[0], i})
					}
				}
			case *ast.CompositeLit:
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if key, ok := kv.Key.(*ast.Ident); ok {
							if v, ok := info.Uses[key].(*types.Var); ok && v.IsField() {
								x.vars[v] = append(x.vars[v], def{kv.Value, -1})
							}
						}
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if _, lit := ast.Unparen(n.X).(*ast.CompositeLit); !lit {
						x.add(n.X, def{index: -1}) // may be written through the pointer
					}
				}
			case *ast.IncDecStmt:
				x.add(n.X, def{index: -1})
			case *ast.RangeStmt:
				if n.Key != nil {
					x.add(n.Key, def{index: -1})
				}
				if n.Value != nil {
					x.add(n.Value, def{index: -1})
				}
			}
		}
	}
	return x
}

func (x *defIndex) add(lhs ast.Expr, d def) {
	if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
		if s, ok := x.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
			if base := x.objOf(sel.X); base != nil {
				k := fieldKey{base, s.Obj()}
				x.fields[k] = append(x.fields[k], d)
			}
		}
	}
	if obj := x.objOf(lhs); obj != nil {
		x.vars[obj] = append(x.vars[obj], d)
	}
}

// objOf returns the variable or field that e names: x, s.field, pkg.Var, *x or &x.
func (x *defIndex) objOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := x.info.ObjectOf(e).(*types.Var); ok {
			return v
		}
	case *ast.SelectorExpr:
		if s, ok := x.info.Selections[e]; ok {
			if s.Kind() == types.FieldVal {
				return s.Obj()
			}
			return nil
		}
		if v, ok := x.info.Uses[e.Sel].(*types.Var); ok {
			return v
		}
	case *ast.StarExpr:
		return x.objOf(e.X)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return x.objOf(e.X)
		}
	}
	return nil
}

// only returns the one value ever given to obj, if there is exactly one and it is known.
func (x *defIndex) only(obj types.Object) (def, bool) {
	if obj == nil {
		return def{}, false
	}
	ds := x.vars[obj]
	if len(ds) != 1 || ds[0].expr == nil {
		return def{}, false
	}
	return ds[0], true
}

// value returns the one single-valued expression ever given to obj, or nil.
func (x *defIndex) value(obj types.Object) ast.Expr {
	if d, ok := x.only(obj); ok && d.index < 0 {
		return d.expr
	}
	return nil
}
