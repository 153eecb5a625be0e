package routeauth

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A def is one value given to a variable or field.
type def struct {
	expr  ast.Expr // nil: a value we do not follow (x += y, &x taken, a range variable)
	index int      // the result index when expr is a call with several results, else -1
}

// A defIndex records every value given to each variable and field of the package (fields across
// all structs), so that a variable or field read before the walk reaches its assignment (a method
// walked before the constructor that fills its fields) can still be followed when it is assigned
// exactly once.
type defIndex struct {
	info *types.Info
	vars map[types.Object][]def
}

func indexDefs(info *types.Info, files []*ast.File) *defIndex {
	x := &defIndex{info: info, vars: map[types.Object][]def{}}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				switch {
				case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
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
			case *ast.FuncDecl:
				// Parameters and receivers take many values, one per call.
				for _, fl := range []*ast.FieldList{n.Recv, n.Type.Params} {
					x.params(fl)
				}
			case *ast.FuncLit:
				x.params(n.Type.Params)
			}
			return true
		})
	}
	return x
}

func (x *defIndex) params(fl *ast.FieldList) {
	if fl == nil {
		return
	}
	for _, f := range fl.List {
		for _, name := range f.Names {
			if obj := x.info.Defs[name]; obj != nil {
				x.vars[obj] = append(x.vars[obj], def{index: -1})
			}
		}
	}
}

func (x *defIndex) add(lhs ast.Expr, d def) {
	switch e := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		obj := x.info.Defs[e]
		if obj == nil {
			obj = x.info.Uses[e]
		}
		if v, ok := obj.(*types.Var); ok {
			x.vars[v] = append(x.vars[v], d)
		}
	case *ast.SelectorExpr:
		if s, ok := x.info.Selections[e]; ok {
			if s.Kind() == types.FieldVal {
				x.vars[s.Obj()] = append(x.vars[s.Obj()], d)
			}
		} else if v, ok := x.info.Uses[e.Sel].(*types.Var); ok {
			x.vars[v] = append(x.vars[v], d)
		}
	case *ast.StarExpr:
		x.add(e.X, d)
	}
}
