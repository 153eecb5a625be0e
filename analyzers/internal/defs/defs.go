// Package defs indexes, for the shipped files of a package, every value given to each variable
// and field, so analyzers can follow a variable assigned once to its value (addr :=
// "127.0.0.1:6060", req built by http.NewRequest) and give up on one assigned twice.
package defs

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// A Def is one value given to a variable or field.
type Def struct {
	Expr  ast.Expr // nil: a value we do not follow (x += y, &x taken, a range variable)
	Index int      // the result index when expr is a call with several results, else -1
}

// FieldKey names one field of one variable.
type FieldKey struct {
	Base  types.Object // the variable or field holding the struct
	Field types.Object
}

// An Index records every value given to each variable and field of some files.
type Index struct {
	info   *types.Info
	Vars   map[types.Object][]Def // by variable, or by field across all structs
	Fields map[FieldKey][]Def     // by field of one variable: srv.Handler = mux
}

// New indexes the files (cursors on *ast.File nodes).
func New(info *types.Info, files []inspector.Cursor) *Index {
	x := &Index{info: info, Vars: map[types.Object][]Def{}, Fields: map[FieldKey][]Def{}}
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
						x.add(lhs, Def{Index: -1})
					}
				case len(n.Lhs) == len(n.Rhs):
					for i, lhs := range n.Lhs {
						x.add(lhs, Def{n.Rhs[i], -1})
					}
				case len(n.Rhs) == 1:
					for i, lhs := range n.Lhs {
						x.add(lhs, Def{n.Rhs[0], i})
					}
				}
			case *ast.ValueSpec:
				switch {
				case len(n.Values) == len(n.Names):
					for i, name := range n.Names {
						x.add(name, Def{n.Values[i], -1})
					}
				case len(n.Values) == 1:
					for i, name := range n.Names {
						x.add(name, Def{n.Values[0], i})
					}
				}
			case *ast.CompositeLit:
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if key, ok := kv.Key.(*ast.Ident); ok {
							if v, ok := info.Uses[key].(*types.Var); ok && v.IsField() {
								x.Vars[v] = append(x.Vars[v], Def{kv.Value, -1})
							}
						}
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if _, lit := ast.Unparen(n.X).(*ast.CompositeLit); !lit {
						x.add(n.X, Def{Index: -1}) // may be written through the pointer
					}
				}
			case *ast.IncDecStmt:
				x.add(n.X, Def{Index: -1})
			case *ast.RangeStmt:
				if n.Key != nil {
					x.add(n.Key, Def{Index: -1})
				}
				if n.Value != nil {
					x.add(n.Value, Def{Index: -1})
				}
			}
		}
	}
	return x
}

func (x *Index) add(lhs ast.Expr, d Def) {
	if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
		if s, ok := x.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
			if base := x.ObjOf(sel.X); base != nil {
				k := FieldKey{Base: base, Field: s.Obj()}
				x.Fields[k] = append(x.Fields[k], d)
			}
		}
	}
	if obj := x.ObjOf(lhs); obj != nil {
		x.Vars[obj] = append(x.Vars[obj], d)
	}
}

// ObjOf returns the variable or field that e names: x, s.field, pkg.Var, *x or &x.
func (x *Index) ObjOf(e ast.Expr) types.Object {
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
		return x.ObjOf(e.X)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return x.ObjOf(e.X)
		}
	}
	return nil
}

// Only returns the one value ever given to obj, if there is exactly one and it is known.
func (x *Index) Only(obj types.Object) (Def, bool) {
	if obj == nil {
		return Def{}, false
	}
	ds := x.Vars[obj]
	if len(ds) != 1 || ds[0].Expr == nil {
		return Def{}, false
	}
	return ds[0], true
}

// Value returns the one single-valued expression ever given to obj, or nil.
func (x *Index) Value(obj types.Object) ast.Expr {
	if d, ok := x.Only(obj); ok && d.Index < 0 {
		return d.Expr
	}
	return nil
}
