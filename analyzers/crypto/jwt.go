package crypto

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/jwtlib"
	"github.com/apivet/apivet/internal/credentials"
)

var (
	// VerificationAnalyzer reports golang-jwt tokens used without signature verification (AV601).
	VerificationAnalyzer = analysisutil.New("AV601", runVerification, inspect.Analyzer)
	// NoneAnalyzer reports the "none" algorithm used to sign or accepted (AV602).
	NoneAnalyzer = analysisutil.New("AV602", runNone, inspect.Analyzer)
	// AlgorithmsAnalyzer reports parsing that lets the token pick its algorithm (AV603).
	AlgorithmsAnalyzer = analysisutil.New("AV603", runAlgorithms, inspect.Analyzer)
	// ConfusionAnalyzer reports HMAC and public-key methods accepted together (AV604).
	ConfusionAnalyzer = analysisutil.New("AV604", runConfusion, inspect.Analyzer)
)

const (
	parseUnverifiedMsg = `ParseUnverified does not check the signature: anyone can write a token with any claims; parse with ` +
		`jwt.Parse or Parser.Parse and a Keyfunc (reading the kid first is fine when the same function then verifies)`
	discardedErrMsg = `the error of %s is discarded and %s is never checked: a token with a bad signature, or expired, is ` +
		`still returned with its claims filled in; handle the error before using the claims`
	noneSignMsg = `the token is signed with jwt.SigningMethodNone, which means not signed: anyone can change its claims; ` +
		`sign with jwt.SigningMethodHS256 and a secret, or RS256/ES256/EdDSA and a private key`
	noneKeyMsg = `returning jwt.UnsafeAllowNoneSignatureType lets tokens with "alg": "none" through: anyone can strip the ` +
		`signature from a token, change its claims and be let in; return the verification key`
	noneMethodMsg = `%s allows the "none" algorithm: unsigned tokens that anyone can write; list only the algorithm the key is for`
	noCheckMsg    = `%s accepts whatever algorithm the token's header names: no jwt.WithValidMethods option is given and the ` +
		`Keyfunc never checks token.Method, so a key set that holds different key types can be attacked with the wrong one ` +
		`(algorithm confusion); pass jwt.WithValidMethods([]string{"RS256"}) or check token.Method in the Keyfunc`
	// noCheckFieldMsg is noCheckMsg for the v3 libraries (dgrijalva/jwt-go, golang-jwt/jwt v3),
	// which have no parser options.
	noCheckFieldMsg = `%s accepts whatever algorithm the token's header names: the Parser's ValidMethods is not set and the ` +
		`Keyfunc never checks token.Method, so a key set that holds different key types can be attacked with the wrong one ` +
		`(algorithm confusion); parse with &jwt.Parser{ValidMethods: []string{"RS256"}} or check token.Method in the Keyfunc`
	confusionGoMsg = `%s accepts HMAC (%s) and public-key (%s) methods together: if the Keyfunc can return ` +
		`the public key's bytes, a token signed with %s using them as the HMAC secret verifies; accept one family per key`
)

// A parseCall is a verifying golang-jwt parse: jwt.Parse, jwt.ParseWithClaims, or the Parse and
// ParseWithClaims methods of a Parser.
type parseCall struct {
	call    *ast.CallExpr
	name    string   // as written, for messages
	keyfunc ast.Expr // the Keyfunc argument
	opts    []ast.Expr
	parser  ast.Expr // the Parser receiver, for the methods
	claims  bool     // ParseWithClaims: the claims argument is filled in even on error
}

func parseCallOf(info *types.Info, call *ast.CallExpr) (parseCall, bool) {
	name, method := jwtFunc(info, call)
	p := parseCall{call: call, name: "jwt." + name, claims: name == "ParseWithClaims"}
	if method {
		p.name = "Parser." + name
	}
	k := 1
	if p.claims {
		k = 2
	}
	switch {
	case name != "Parse" && name != "ParseWithClaims", len(call.Args) <= k:
		return p, false
	case method:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || !analysisutil.IsMethod(info, call, callee(info, call).Pkg().Path(), "Parser", name) {
			return p, false
		}
		p.parser = sel.X
	default:
		p.opts = call.Args[k+1:]
	}
	p.keyfunc = call.Args[k]
	return p, true
}

func runVerification(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, jwtlib.Paths...) {
		return nil, nil
	}
	info := pass.TypesInfo
	for file := range shippedFiles(pass) {
		for c := range file.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.ExprStmt)(nil)) {
			switch n := c.Node().(type) {
			case *ast.CallExpr:
				if name, method := jwtFunc(info, n); name == "ParseUnverified" && method && !verifiesNearby(info, c) {
					analysisutil.Report(pass, n, parseUnverifiedMsg)
				}
			case *ast.AssignStmt:
				if len(n.Rhs) == 1 {
					checkDiscarded(pass, c, n.Lhs, n.Rhs[0])
				}
			case *ast.ValueSpec:
				if len(n.Values) == 1 {
					lhs := make([]ast.Expr, len(n.Names))
					for i, id := range n.Names {
						lhs[i] = id
					}
					checkDiscarded(pass, c, lhs, n.Values[0])
				}
			case *ast.ExprStmt:
				// jwt.ParseWithClaims(raw, &claims, keyfunc) with both results dropped.
				if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
					if p, ok := parseCallOf(info, call); ok && p.claims {
						analysisutil.Report(pass, call, discardedErrMsg, p.name, "the result")
					}
				}
			}
		}
	}
	return nil, nil
}

// verifiesNearby reports whether the function holding an unverified parse also parses with
// verification: reading the kid or issuer first to choose the key is how key sets are handled.
func verifiesNearby(info *types.Info, c inspector.Cursor) bool {
	fn, ok := enclosingFunc(c)
	if !ok {
		return false
	}
	for cc := range fn.Preorder((*ast.CallExpr)(nil)) {
		if _, ok := parseCallOf(info, cc.Node().(*ast.CallExpr)); ok {
			return true
		}
	}
	return false
}

// checkDiscarded reports `tok, _ := jwt.Parse(...)` when the function never reads tok.Valid.
func checkDiscarded(pass *analysis.Pass, c inspector.Cursor, lhs []ast.Expr, rhs ast.Expr) {
	info := pass.TypesInfo
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok || len(lhs) != 2 {
		return
	}
	p, ok := parseCallOf(info, call)
	if !ok {
		return
	}
	if id, ok := lhs[1].(*ast.Ident); !ok || id.Name != "_" {
		return
	}
	tok, _ := lhs[0].(*ast.Ident)
	if tok == nil || tok.Name == "_" {
		if p.claims {
			analysisutil.Report(pass, call, discardedErrMsg, p.name, "the result")
		}
		return
	}
	obj := info.ObjectOf(tok)
	if fn, ok := enclosingFunc(c); ok && obj != nil {
		for sc := range fn.Preorder((*ast.SelectorExpr)(nil)) {
			sel := sc.Node().(*ast.SelectorExpr)
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && sel.Sel.Name == "Valid" && info.ObjectOf(id) == obj {
				return
			}
		}
	}
	analysisutil.Report(pass, call, discardedErrMsg, p.name, tok.Name+".Valid")
}

func runNone(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, jwtlib.Paths...) {
		return nil, nil
	}
	info := pass.TypesInfo
	files := slices.Collect(shippedFiles(pass))
	defs := indexDefs(info, files)
	isNone := func(e ast.Expr) bool { return jwtVar(info, e, "SigningMethodNone") }
	for _, file := range files {
		for c := range file.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.KeyValueExpr)(nil), (*ast.ReturnStmt)(nil)) {
			if l, ok := methodListOf(info, c.Node()); ok {
				for _, m := range methodNames(info, defs, l.list) {
					if strings.EqualFold(m.name, "none") {
						analysisutil.Report(pass, m.at, noneMethodMsg, l.name)
					}
				}
				continue
			}
			switch n := c.Node().(type) {
			case *ast.CallExpr:
				switch name, method := jwtFunc(info, n); {
				case method || len(n.Args) == 0:
				case name == "New" || name == "NewWithClaims":
					if isNone(n.Args[0]) {
						analysisutil.Report(pass, n.Args[0], noneSignMsg)
					}
				case name == "GetSigningMethod":
					if v, ok := analysisutil.ConstString(info, n.Args[0]); ok && strings.EqualFold(v, "none") {
						analysisutil.Report(pass, n, noneSignMsg)
					}
				}
			case *ast.AssignStmt:
				// token.Method = jwt.SigningMethodNone
				for i, lhs := range n.Lhs {
					if i < len(n.Rhs) && len(n.Lhs) == len(n.Rhs) && tokenMethodField(info, lhs) && isNone(n.Rhs[i]) {
						analysisutil.Report(pass, n.Rhs[i], noneSignMsg)
					}
				}
			case *ast.KeyValueExpr:
				// &jwt.Token{Method: jwt.SigningMethodNone}
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "Method" && isNone(n.Value) {
					if v, ok := info.Uses[id].(*types.Var); ok && v.IsField() && isJWTPkg(v.Pkg()) {
						analysisutil.Report(pass, n.Value, noneSignMsg)
					}
				}
			case *ast.ReturnStmt:
				for _, r := range n.Results {
					if jwtVar(info, r, "UnsafeAllowNoneSignatureType") {
						analysisutil.Report(pass, r, noneKeyMsg)
					}
				}
			}
		}
	}
	return nil, nil
}

// tokenMethodField reports whether e selects the Method field of a jwt.Token.
func tokenMethodField(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Method" {
		return false
	}
	s, ok := info.Selections[sel]
	return ok && s.Kind() == types.FieldVal && isJWTPkg(s.Obj().Pkg())
}

// A methodList is a list of the signing methods a parse accepts: the argument of
// jwt.WithValidMethods, or the value given to a Parser's ValidMethods field
// (jwt.Parser{ValidMethods: ...} or p.ValidMethods = ...), the only way to pin methods in the v3
// libraries and still accepted by golang-jwt v4.
type methodList struct {
	list ast.Expr
	at   ast.Node // where a finding about the whole list is reported
	name string   // as written, for messages
}

// methodListOf returns the list of accepted methods that n, a call, a key-value pair of a
// composite literal or an assignment, gives.
func methodListOf(info *types.Info, n ast.Node) (methodList, bool) {
	switch n := n.(type) {
	case *ast.CallExpr:
		if name, method := jwtFunc(info, n); name == "WithValidMethods" && !method && len(n.Args) == 1 {
			return methodList{n.Args[0], n, "jwt.WithValidMethods"}, true
		}
	case *ast.KeyValueExpr:
		if id, ok := n.Key.(*ast.Ident); ok && validMethodsField(info.Uses[id]) {
			return methodList{n.Value, n, "Parser.ValidMethods"}, true
		}
	case *ast.AssignStmt:
		if len(n.Lhs) == 1 && len(n.Rhs) == 1 {
			if sel, ok := ast.Unparen(n.Lhs[0]).(*ast.SelectorExpr); ok {
				if s, ok := info.Selections[sel]; ok && validMethodsField(s.Obj()) {
					return methodList{n.Rhs[0], n, "Parser.ValidMethods"}, true
				}
			}
		}
	}
	return methodList{}, false
}

// validMethodsField reports whether obj is the ValidMethods field of a JWT library's Parser.
func validMethodsField(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.IsField() && v.Name() == "ValidMethods" && isJWTPkg(v.Pkg())
}

// A methodName is one signing method named in a list of accepted methods.
type methodName struct {
	name string
	at   ast.Expr
}

// methodNames returns the constant method names of a list of accepted methods: a []string
// literal (directly or in a variable assigned once) of constants and
// jwt.SigningMethodXXX.Alg() calls.
func methodNames(info *types.Info, defs *defIndex, e ast.Expr) []methodName {
	arg := e
	for range 4 {
		if v := defs.value(e); v != nil {
			e = v
			continue
		}
		break
	}
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []methodName
	for _, elt := range lit.Elts {
		pos := elt
		if arg != e {
			pos = arg // reported at the argument, not inside the variable's definition
		}
		if name, ok := methodName1(info, elt); ok {
			out = append(out, methodName{name, pos})
		}
	}
	return out
}

// methodName1 returns the algorithm a list element names: "HS256", or jwt.SigningMethodHS256.Alg().
func methodName1(info *types.Info, e ast.Expr) (string, bool) {
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return "", false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Alg" {
		return "", false
	}
	var id *ast.Ident
	switch x := ast.Unparen(sel.X).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return "", false
	}
	obj := info.Uses[id]
	if obj == nil || !isJWTPkg(obj.Pkg()) || !strings.HasPrefix(obj.Name(), "SigningMethod") {
		return "", false
	}
	name := strings.TrimPrefix(obj.Name(), "SigningMethod")
	if name == "None" {
		name = "none"
	}
	return name, true
}

func runAlgorithms(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, jwtlib.Paths...) {
		return nil, nil
	}
	info := pass.TypesInfo
	files := slices.Collect(shippedFiles(pass))
	defs := indexDefs(info, files)
	funcs := funcDecls(pass, files)
	fieldPinned := fieldPinnedParsers(info, files)
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for _, file := range files {
		for c := range file.Preorder((*ast.CallExpr)(nil)) {
			p, ok := parseCallOf(info, c.Node().(*ast.CallExpr))
			if !ok {
				continue
			}
			pinned, known := pinsMethods(info, p.opts), !p.call.Ellipsis.IsValid()
			if p.parser != nil {
				pinned, known = parserPins(info, defs, fieldPinned, p.parser)
			}
			if !known || pinned {
				continue
			}
			body, ok := keyfuncBody(info, defs, funcs, in, p.keyfunc)
			if !ok || checksMethod(info, body) {
				continue
			}
			msg := noCheckMsg
			if callee(info, p.call).Pkg().Scope().Lookup("WithValidMethods") == nil {
				msg = noCheckFieldMsg // a v3 library: there is no option to suggest
			}
			analysisutil.Report(pass, p.call, msg, p.name)
		}
	}
	return nil, nil
}

// fieldPinnedParsers returns the variables holding a Parser whose ValidMethods field is assigned
// (p.ValidMethods = []string{"HS256"}).
func fieldPinnedParsers(info *types.Info, files []inspector.Cursor) map[types.Object]bool {
	m := map[types.Object]bool{}
	for _, f := range files {
		for c := range f.Preorder((*ast.AssignStmt)(nil)) {
			l, ok := methodListOf(info, c.Node())
			if !ok || isNil(info, l.list) {
				continue
			}
			sel := ast.Unparen(c.Node().(*ast.AssignStmt).Lhs[0]).(*ast.SelectorExpr)
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
				if obj := info.ObjectOf(id); obj != nil {
					m[obj] = true
				}
			}
		}
	}
	return m
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// pinsMethods reports whether the options hold jwt.WithValidMethods, or something we cannot see
// through (a variable, a helper's result) that might.
func pinsMethods(info *types.Info, opts []ast.Expr) bool {
	for _, o := range opts {
		call, ok := ast.Unparen(o).(*ast.CallExpr)
		if !ok {
			return true // an option held in a variable: unknown
		}
		name, _ := jwtFunc(info, call)
		if name == "WithValidMethods" || name == "" {
			return true
		}
	}
	return false
}

// parserPins reports whether the Parser e pins the methods it accepts: built by jwt.NewParser with
// a jwt.WithValidMethods option, or with its ValidMethods field set (jwt.Parser{ValidMethods: ...}
// or p.ValidMethods = ..., the v3 libraries' only way), directly or in a variable assigned once.
// known is false when we cannot see how the parser was built. A Parser literal without the field
// and new(jwt.Parser) pin nothing.
func parserPins(info *types.Info, defs *defIndex, fieldPinned map[types.Object]bool, e ast.Expr) (pinned, known bool) {
	for range 4 {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			if name, method := jwtFunc(info, x); name == "NewParser" && !method {
				return pinsMethods(info, x.Args), !x.Ellipsis.IsValid()
			}
			if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && id.Name == "new" && info.Uses[id] == types.Universe.Lookup("new") {
				return false, true
			}
			return false, false
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return false, false
			}
			e = x.X
		case *ast.CompositeLit:
			t := info.TypeOf(x)
			if pkgOf(t) == "" || !analysisutil.IsNamed(t, pkgOf(t), "Parser") {
				return false, false
			}
			for _, elt := range x.Elts {
				if _, ok := elt.(*ast.KeyValueExpr); !ok {
					return false, false // jwt.Parser{methods, false, false}: not worth reading
				}
				if l, ok := methodListOf(info, elt); ok && !isNil(info, l.list) {
					return true, true
				}
			}
			return false, true
		case *ast.Ident:
			if fieldPinned[info.ObjectOf(x)] {
				return true, true
			}
			v := defs.value(x)
			if v == nil {
				return false, false
			}
			e = v
		default:
			return false, false
		}
	}
	return false, false
}

// pkgOf returns the import path of a golang-jwt named type's package (through a pointer), or
// "" for any other type.
func pkgOf(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && isJWTPkg(n.Obj().Pkg()) {
		return n.Obj().Pkg().Path()
	}
	return ""
}

// funcDecls maps the functions and methods declared in the package's shipped files to their
// declarations.
func funcDecls(pass *analysis.Pass, files []inspector.Cursor) map[*types.Func]*ast.FuncDecl {
	m := map[*types.Func]*ast.FuncDecl{}
	for _, f := range files {
		for _, d := range f.Node().(*ast.File).Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					m[fn] = fd
				}
			}
		}
	}
	return m
}

// keyfuncBody returns the cursor of the Keyfunc's body when we can see it: a function literal,
// a function or method of this package, directly or through a variable assigned once, or a
// jwt.Keyfunc(...) conversion of one.
func keyfuncBody(info *types.Info, defs *defIndex, funcs map[*types.Func]*ast.FuncDecl, in *inspector.Inspector, e ast.Expr) (inspector.Cursor, bool) {
	for range 4 {
		var body *ast.BlockStmt
		switch x := ast.Unparen(e).(type) {
		case *ast.FuncLit:
			body = x.Body
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0] // jwt.Keyfunc(f)
				continue
			}
			return inspector.Cursor{}, false // a Keyfunc made by a call (keyfunc.NewDefault(...).Keyfunc)
		case *ast.Ident, *ast.SelectorExpr:
			var id *ast.Ident
			if s, ok := x.(*ast.SelectorExpr); ok {
				id = s.Sel
			} else {
				id = x.(*ast.Ident)
			}
			if fn, ok := info.Uses[id].(*types.Func); ok {
				if d := funcs[fn.Origin()]; d != nil {
					body = d.Body
				}
				break
			}
			if v := defs.value(x); v != nil {
				e = v
				continue
			}
		}
		if body == nil {
			return inspector.Cursor{}, false
		}
		return in.Root().FindNode(body)
	}
	return inspector.Cursor{}, false
}

// checksMethod reports whether a Keyfunc body looks at the token's algorithm: a type assertion or
// type switch on a jwt.SigningMethod, a switch or comparison on one, a call of its Alg method,
// token.Header["alg"], or the token handed to another function, which may check it.
func checksMethod(info *types.Info, body inspector.Cursor) bool {
	isMethod := func(e ast.Expr) bool {
		return e != nil && analysisutil.IsNamed(info.TypeOf(e), pkgOf(info.TypeOf(e)), "SigningMethod")
	}
	isToken := func(e ast.Expr) bool {
		t := info.TypeOf(e)
		return t != nil && pkgOf(t) != "" && analysisutil.IsNamed(t, pkgOf(t), "Token")
	}
	for c := range body.Preorder((*ast.TypeAssertExpr)(nil), (*ast.SwitchStmt)(nil), (*ast.BinaryExpr)(nil),
		(*ast.CallExpr)(nil), (*ast.IndexExpr)(nil)) {
		switch n := c.Node().(type) {
		case *ast.TypeAssertExpr:
			if isMethod(n.X) {
				return true
			}
		case *ast.SwitchStmt:
			if isMethod(n.Tag) {
				return true
			}
		case *ast.BinaryExpr:
			if (n.Op == token.EQL || n.Op == token.NEQ) && (isMethod(n.X) || isMethod(n.Y)) {
				return true
			}
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Alg" && isMethod(sel.X) {
				return true
			}
			if name, _ := jwtFunc(info, n); name != "" {
				continue // a jwt helper (jwt.ParseRSAPublicKeyFromPEM) does not check the method
			}
			for _, a := range n.Args {
				if isToken(a) || isMethod(a) {
					return true
				}
			}
		case *ast.IndexExpr:
			if v, ok := analysisutil.ConstString(info, n.Index); ok && v == "alg" {
				if sel, ok := ast.Unparen(n.X).(*ast.SelectorExpr); ok && sel.Sel.Name == "Header" && isToken(sel.X) {
					return true
				}
			}
		}
	}
	// switch m := t.Method.(type) holds a TypeAssertExpr, which Preorder reaches above.
	return false
}

func runConfusion(pass *analysis.Pass) (any, error) {
	if !analysisutil.Imports(pass.Pkg, jwtlib.Paths...) {
		return nil, nil
	}
	info := pass.TypesInfo
	files := slices.Collect(shippedFiles(pass))
	defs := indexDefs(info, files)
	for _, file := range files {
		for c := range file.Preorder((*ast.CallExpr)(nil), (*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil)) {
			l, ok := methodListOf(info, c.Node())
			if !ok {
				continue
			}
			var algs []string
			for _, m := range methodNames(info, defs, l.list) {
				algs = append(algs, m.name)
			}
			if h, p, ok := credentials.MixedAlgorithms(algs); ok {
				analysisutil.Report(pass, l.at, confusionGoMsg, l.name, h, p, h)
			}
		}
	}
	return nil, nil
}
