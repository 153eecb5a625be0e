package secrets

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	engine "github.com/apivet/apivet/internal/secrets"
)

// maxElementDepth bounds how many slice or array literals an element climbs out of to inherit
// the binding of the outer literal: http.Header{"Authorization": {"Bearer …"}} needs one,
// map[string][][]byte two.
const maxElementDepth = 2

// unwrap climbs from the expression at c through parentheses and conversions ([]byte("…"),
// string(…), Secret("…")); with concat it also climbs out of constant concatenations, which is
// how a named constant reaches a sink in "Bearer " + apiToken.
func (s *scanner) unwrap(c inspector.Cursor, concat bool) inspector.Cursor {
	for {
		k, _ := c.ParentEdge()
		p := c.Parent()
		switch k {
		case edge.ParenExpr_X:
			c = p
			continue
		case edge.CallExpr_Args:
			if call := p.Node().(*ast.CallExpr); len(call.Args) == 1 && s.isType(call.Fun) {
				c = p
				continue
			}
		case edge.BinaryExpr_X, edge.BinaryExpr_Y:
			if be := p.Node().(*ast.BinaryExpr); concat && be.Op == token.ADD && s.isString(be) {
				c = p
				continue
			}
		}
		return c
	}
}

// position works out the context of the value at c: the name it is bound to and the security
// API it is passed to. obj is the constant or variable a declaration or := binds it to, if any.
func (s *scanner) position(c inspector.Cursor) (ctx engine.Context, obj types.Object) {
	c = s.unwrap(c, false)
	element := false // the literal is an element of a slice or array literal
	defer func() {
		// An element takes the name of its list only when the name says the list holds
		// credentials (apiKeys, TOKENS): PasswordKeywords = []string{"pass", "pwd"} and
		// {"password": {"required", "min:8"}} hold words about credentials, not credentials.
		if element && !pluralCredential(ctx.Name) {
			ctx.Name = ""
		}
	}()
	for depth := 0; ; depth++ {
		k, i := c.ParentEdge()
		p := c.Parent()
		switch k {
		case edge.ValueSpec_Values:
			spec := p.Node().(*ast.ValueSpec)
			if len(spec.Names) == len(spec.Values) && spec.Names[i].Name != "_" {
				ctx.Name = spec.Names[i].Name
				if depth == 0 {
					obj = s.info.Defs[spec.Names[i]]
				}
			}
		case edge.AssignStmt_Rhs:
			as := p.Node().(*ast.AssignStmt)
			if len(as.Lhs) == len(as.Rhs) && (as.Tok == token.ASSIGN || as.Tok == token.DEFINE) {
				lhs := ast.Unparen(as.Lhs[i])
				ctx = s.target(lhs)
				if id, ok := lhs.(*ast.Ident); ok && as.Tok == token.DEFINE && depth == 0 {
					obj = s.info.Defs[id] // nil when := reuses an existing variable
				}
			}
		case edge.KeyValueExpr_Value:
			if cl, ok := p.Parent().Node().(*ast.CompositeLit); ok {
				ctx = s.keyed(cl, p.Node().(*ast.KeyValueExpr).Key)
				// A map keyed by client or service names holds one credential per key when its
				// own name says so: APIKeys: map[string]string{"warehouse": "…"}.
				if _, isMap := s.literalType(cl).Underlying().(*types.Map); isMap && ctx.Sink == "" &&
					!s.credentialName(ctx.Name) && depth < maxElementDepth {
					element = true
					c = s.unwrap(p.Parent(), false)
					continue
				}
			}
		case edge.CompositeLit_Elts:
			cl := p.Node().(*ast.CompositeLit)
			t := s.literalType(cl)
			switch u := t.Underlying().(type) {
			case *types.Struct: // unkeyed: Config{"db", "hunter2"}
				if i < u.NumFields() {
					ctx = s.field(t, u.Field(i).Name())
				}
			case *types.Slice, *types.Array:
				if depth < maxElementDepth {
					element = true
					c = s.unwrap(p, false)
					continue
				}
			}
		case edge.CallExpr_Args:
			ctx = s.argument(p.Node().(*ast.CallExpr), i)
		case edge.ReturnStmt_Results:
			ctx = s.result(p, i)
		case edge.BinaryExpr_X, edge.BinaryExpr_Y:
			// password == "hunter2": a credential checked against a constant is a hardcoded
			// credential (a backdoor or a default login).
			if be := p.Node().(*ast.BinaryExpr); be.Op == token.EQL || be.Op == token.NEQ {
				other := be.Y
				if k == edge.BinaryExpr_Y {
					other = be.X
				}
				ctx.Name = s.exprName(other)
			}
		case edge.CaseClause_List:
			if sw, ok := p.Parent().Parent().Node().(*ast.SwitchStmt); ok && sw.Tag != nil {
				ctx.Name = s.exprName(sw.Tag)
			}
		}
		return ctx, obj
	}
}

// target is the context of a value assigned to lhs.
func (s *scanner) target(lhs ast.Expr) (ctx engine.Context) {
	switch x := lhs.(type) {
	case *ast.Ident:
		if x.Name != "_" {
			ctx.Name = x.Name
		}
	case *ast.SelectorExpr: // cfg.Password = "…": the field's name
		ctx.Name = x.Sel.Name
		if sel, ok := s.info.Selections[x]; ok && sel.Kind() == types.FieldVal {
			ctx = s.field(sel.Recv(), x.Sel.Name)
		}
	case *ast.IndexExpr: // m["api_key"] = "…", req.Header["Authorization"] = …
		if key, ok := s.constString(x.Index); ok {
			if t := s.info.TypeOf(x.X); t != nil {
				if _, isMap := t.Underlying().(*types.Map); isMap {
					ctx = s.mapEntry(t, key)
				}
			}
		}
	}
	return ctx
}

// keyed is the context of the value of a keyed element of a composite literal.
func (s *scanner) keyed(cl *ast.CompositeLit, key ast.Expr) (ctx engine.Context) {
	t := s.literalType(cl)
	switch t.Underlying().(type) {
	case *types.Struct:
		if id, ok := key.(*ast.Ident); ok {
			ctx = s.field(t, id.Name)
		}
	case *types.Map:
		if k, ok := s.constString(key); ok {
			ctx = s.mapEntry(t, k)
		}
	}
	return ctx
}

// literalType is the type of a composite literal, seen through the pointer of an elided &T{…}.
func (s *scanner) literalType(cl *ast.CompositeLit) types.Type {
	t := s.info.TypeOf(cl)
	if t == nil {
		return types.Typ[types.Invalid]
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return t
}

// field is the context of a value given to the field name of the struct type t.
func (s *scanner) field(t types.Type, name string) engine.Context {
	if sink := fieldSink(t, name); sink != "" {
		return engine.Context{Sink: sink}
	}
	return engine.Context{Name: name}
}

// mapEntry is the context of the value stored under key in a map of type t.
func (s *scanner) mapEntry(t types.Type, key string) engine.Context {
	switch {
	case isNamed(t, httpPath, "Header") && isAuthHeader(key):
		return engine.Context{Sink: sinkBearer}
	case isNamed(t, ginPath, "Accounts"): // user name -> password
		return engine.Context{Sink: sinkBasicAuth}
	}
	return engine.Context{Name: key}
}

// argument is the context of the i-th argument of call: a known API's, else the parameter's
// name when it names a credential (connect(host, password string)).
func (s *scanner) argument(call *ast.CallExpr, i int) (ctx engine.Context) {
	if fn, ok := typeutil.Callee(s.info, call).(*types.Func); ok && fn.Pkg() != nil {
		if ctx, ok := s.knownArgument(call, fn, i); ok {
			return ctx
		}
	}
	t := s.info.TypeOf(call.Fun)
	if t == nil {
		return ctx
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return ctx
	}
	if p := param(sig, i); p != nil && s.credentialName(p.Name()) {
		ctx.Name = p.Name()
	}
	return ctx
}

// param returns the parameter receiving the i-th argument (the variadic one for the rest).
func param(sig *types.Signature, i int) *types.Var {
	n := sig.Params().Len()
	switch {
	case n == 0:
		return nil
	case i < n:
		return sig.Params().At(i)
	case sig.Variadic():
		return sig.Params().At(n - 1)
	}
	return nil
}

// result is the context of the i-th result of the return statement at ret: a jwt Keyfunc's key,
// else the result's name, else the name of a function with one result
// (func (c Config) Password() string).
func (s *scanner) result(ret inspector.Cursor, i int) (ctx engine.Context) {
	rs := ret.Node().(*ast.ReturnStmt)
	for fc := range ret.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		var sig *types.Signature
		name := ""
		switch f := fc.Node().(type) {
		case *ast.FuncLit:
			sig, _ = s.info.TypeOf(f).(*types.Signature)
		case *ast.FuncDecl:
			if fn, ok := s.info.Defs[f.Name].(*types.Func); ok {
				sig, name = fn.Signature(), f.Name.Name
			}
		}
		if sig == nil || sig.Results().Len() != len(rs.Results) {
			return ctx
		}
		if i == 0 && isKeyfunc(sig) {
			ctx.Sink = sinkJWT
			return ctx
		}
		if r := sig.Results().At(i).Name(); r != "" && r != "_" {
			ctx.Name = r
		} else if sig.Results().Len() == 1 {
			ctx.Name = name
		}
		return ctx
	}
	return ctx
}

// getters are methods and functions whose one constant argument names the value they return:
// r.Header.Get("X-API-Key"), r.FormValue("password"), c.Query("token"), os.Getenv("API_KEY").
var getters = map[string]bool{
	"Get": true, "GetHeader": true, "FormValue": true, "PostFormValue": true, "Query": true,
	"QueryParam": true, "Param": true, "PostForm": true, "Getenv": true, "GetString": true,
}

// exprName is the name an expression compared with a literal goes by: a variable, a field, a
// constant map key or the key a getter reads.
func (s *scanner) exprName(e ast.Expr) string {
	for range 4 {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x.Name
		case *ast.SelectorExpr:
			return x.Sel.Name
		case *ast.StarExpr:
			e = x.X
			continue
		case *ast.IndexExpr:
			k, _ := s.constString(x.Index)
			return k
		case *ast.CallExpr:
			if len(x.Args) == 1 && s.isType(x.Fun) {
				e = x.Args[0] // string(pw), []byte(pw)
				continue
			}
			if fn, ok := typeutil.Callee(s.info, x).(*types.Func); ok && getters[fn.Name()] && len(x.Args) == 1 {
				k, _ := s.constString(x.Args[0])
				return k
			}
		}
		return ""
	}
	return ""
}

// pluralCredential reports whether a name says it holds several credentials: apiKeys,
// VALID_TOKENS, passwords.
func pluralCredential(name string) bool {
	n := strings.ToLower(strings.TrimRight(name, "_"))
	return strings.HasSuffix(n, "s") && engine.IsCredentialName(name) && engine.IsCredentialName(strings.TrimSuffix(strings.TrimRight(name, "_"), "s"))
}
