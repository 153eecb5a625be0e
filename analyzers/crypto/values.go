package crypto

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/internal/credentials"
)

// maxDepth bounds how far expressions and assignments are followed.
const maxDepth = 6

// A reader classifies the expressions of one package, for the comparison and password rules.
type reader struct {
	info     *types.Info
	defs     *defIndex
	keywords []string
}

// requestGetters are the methods that read client data, by receiver type, with what they read.
var requestGetters = map[[3]string]string{
	{httpPath, "Header", "Get"}:             "header",
	{httpPath, "Request", "FormValue"}:      "parameter",
	{httpPath, "Request", "PostFormValue"}:  "form field",
	{"net/url", "Values", "Get"}:            "parameter",
	{ginPath, "Context", "GetHeader"}:       "header",
	{ginPath, "Context", "Query"}:           "parameter",
	{ginPath, "Context", "DefaultQuery"}:    "parameter",
	{ginPath, "Context", "PostForm"}:        "form field",
	{ginPath, "Context", "DefaultPostForm"}: "form field",
	{ginPath, "Context", "Param"}:           "path parameter",
	{echoPath, "Context", "QueryParam"}:     "parameter",
	{echoPath, "Context", "FormValue"}:      "form field",
	{echoPath, "Context", "Param"}:          "path parameter",
}

// transparent are functions that return their first argument in another form.
var transparent = map[string]bool{
	"strings.TrimPrefix": true, "strings.TrimSuffix": true, "strings.TrimSpace": true,
	"strings.Trim": true, "strings.TrimLeft": true, "strings.TrimRight": true,
	"strings.ToLower": true, "strings.ToUpper": true, "strings.Split": true, "strings.Fields": true,
	"strings.Replace": true, "strings.ReplaceAll": true, "strings.SplitN": true,
	"encoding/hex.EncodeToString": true, "bytes.TrimSpace": true, "bytes.TrimPrefix": true,
}

// configNames are variable and type names that hold configuration.
var configNames = []string{"config", "conf", "cfg", "settings", "options", "opts", "env"}

func looksConfig(name string) bool {
	name = strings.ToLower(name)
	for _, c := range configNames {
		if name == c || strings.HasSuffix(name, c) || strings.HasPrefix(name, c) {
			return true
		}
	}
	return false
}

// classify tells what e is.
func (r *reader) classify(e ast.Expr, depth int) credentials.Operand {
	e = ast.Unparen(e)
	if e == nil || depth > maxDepth {
		return credentials.Operand{}
	}
	info := r.info
	if tv, ok := info.Types[e]; ok && (tv.Value != nil || tv.IsNil()) {
		// Constants name values (const tokenData = "data"); a real key written in a constant is
		// the secrets rules' finding.
		return credentials.Operand{Constant: true}
	}
	switch x := e.(type) {
	case *ast.Ident:
		return r.ident(x, depth)
	case *ast.SelectorExpr:
		return r.selector(x, depth)
	case *ast.CallExpr:
		return r.call(x, depth)
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return credentials.Merge(r.classify(x.X, depth+1), r.classify(x.Y, depth+1))
		}
	case *ast.IndexExpr:
		if t, ok := underlying(info.TypeOf(x.Index)).(*types.Basic); ok && t.Info()&types.IsInteger != 0 {
			return r.classify(x.X, depth+1) // strings.Split(auth, " ")[1]
		}
	case *ast.SliceExpr:
		return r.classify(x.X, depth+1) // auth[len("Bearer "):]
	}
	return credentials.Operand{}
}

func packageLevel(v *types.Var) bool {
	return v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

func (r *reader) ident(id *ast.Ident, depth int) credentials.Operand {
	v, ok := r.info.Uses[id].(*types.Var)
	if !ok {
		return credentials.Operand{}
	}
	kind, confirm := credentials.KindOf(id.Name, r.keywords)
	if packageLevel(v) {
		d, ok := r.defs.only(v)
		if ok && d.index < 0 {
			if tv := r.info.Types[d.expr]; tv.Value != nil {
				return credentials.Operand{Constant: true} // var tokenKind = "jwt": a fixed value
			}
		}
		if kind != credentials.None {
			return credentials.Operand{Config: true, Kind: kind, What: id.Name}
		}
		if ok && d.index < 0 {
			return r.classify(d.expr, depth+1)
		}
		return credentials.Operand{}
	}
	d, ok := r.defs.only(v)
	if !ok {
		if kind == credentials.None {
			return credentials.Operand{}
		}
		return credentials.Operand{Kind: kind, What: id.Name, Confirm: confirm}
	}
	var o credentials.Operand
	if d.index >= 0 {
		o = r.result(d.expr, d.index)
	} else {
		o = r.classify(d.expr, depth+1)
	}
	switch {
	case o.Constant:
		return o
	case o.Secret() || o.Request || o.Config:
		if o.Kind == credentials.None {
			o.Kind, o.Confirm = kind, confirm
		}
		if o.What == "" {
			o.What = id.Name
		}
		return o
	}
	_, call := ast.Unparen(d.expr).(*ast.CallExpr)
	if kind == credentials.None {
		return credentials.Operand{}
	}
	return credentials.Operand{Kind: kind, What: id.Name, Confirm: confirm, Derived: call}
}

// result classifies one result of a call with several: the password of r.BasicAuth().
func (r *reader) result(e ast.Expr, index int) credentials.Operand {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return credentials.Operand{}
	}
	if analysisutil.IsMethod(r.info, call, httpPath, "Request", "BasicAuth") {
		switch index {
		case 0:
			return credentials.Operand{Request: true}
		case 1:
			if kind, _ := credentials.KindOf("password", r.keywords); kind != credentials.None {
				return credentials.Operand{Request: true, Kind: kind, What: "the Basic auth password"}
			}
			return credentials.Operand{Request: true}
		}
	}
	if analysisutil.IsPkgFunc(r.info, call, "os", "LookupEnv") && index == 0 && len(call.Args) == 1 {
		return r.env(call.Args[0])
	}
	return credentials.Operand{}
}

// env classifies os.Getenv(key).
func (r *reader) env(key ast.Expr) credentials.Operand {
	if k, ok := analysisutil.ConstString(r.info, key); ok {
		if kind, _ := credentials.KindOf(k, r.keywords); kind != credentials.None {
			return credentials.Operand{Config: true, Kind: kind, What: fmt.Sprintf("the %s environment variable", k)}
		}
	}
	return credentials.Operand{}
}

func (r *reader) selector(sel *ast.SelectorExpr, depth int) credentials.Operand {
	info := r.info
	s, ok := info.Selections[sel]
	if !ok {
		// A qualified name: config.APIKey, a package-level variable of another package.
		if v, ok := info.Uses[sel.Sel].(*types.Var); ok && packageLevel(v) {
			if kind, _ := credentials.KindOf(sel.Sel.Name, r.keywords); kind != credentials.None {
				return credentials.Operand{Config: true, Kind: kind, What: types.ExprString(sel)}
			}
		}
		return credentials.Operand{}
	}
	if s.Kind() != types.FieldVal {
		return credentials.Operand{}
	}
	kind, confirm := credentials.KindOf(sel.Sel.Name, r.keywords)
	request := r.fromRequest(sel.X)
	if kind == credentials.None {
		return credentials.Operand{Request: request}
	}
	o := credentials.Operand{Kind: kind, Confirm: confirm, What: types.ExprString(sel), Request: request}
	if !request {
		if root := rootIdent(sel.X); root != nil && looksConfig(root.Name) || looksConfig(typeName(info.TypeOf(sel.X))) {
			o.Config = true
		} else {
			o.Stored = true
		}
	}
	return o
}

// rootIdent returns the first identifier of a selector chain (req of req.User.Password).
func rootIdent(e ast.Expr) *ast.Ident {
	for range 32 {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
	return nil
}

func typeName(t types.Type) string {
	if t == nil {
		return ""
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// fromRequest reports whether a selector chain starts at a variable a request was decoded into.
func (r *reader) fromRequest(e ast.Expr) bool {
	root := rootIdent(e)
	if root == nil {
		return false
	}
	obj := r.info.Uses[root]
	return obj != nil && r.defs.decoded[obj]
}

func (r *reader) call(call *ast.CallExpr, depth int) credentials.Operand {
	info := r.info
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return r.classify(call.Args[0], depth+1) // string(b), []byte(s)
	}
	fn := callee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return credentials.Operand{}
	}
	path, name := fn.Pkg().Path(), fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		for key, what := range requestGetters {
			if key[0] == path && key[2] == name && analysisutil.IsNamed(recv.Type(), path, key[1]) {
				return r.requestValue(call, what)
			}
		}
		switch {
		case name == "Sum" && analysisutil.IsNamed(recv.Type(), "hash", "Hash"):
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && r.isHMAC(sel.X) {
				return credentials.Operand{Digest: true, What: "an HMAC digest"}
			}
		case name == "EncodeToString" && path == "encoding/base64" && len(call.Args) == 1:
			return r.classify(call.Args[0], depth+1)
		}
		return credentials.Operand{}
	}
	switch {
	case path == "os" && name == "Getenv" && len(call.Args) == 1:
		return r.env(call.Args[0])
	case transparent[path+"."+name] && len(call.Args) > 0:
		return r.classify(call.Args[0], depth+1)
	case path == "fmt" && (name == "Sprintf" || name == "Sprint") && len(call.Args) > 0:
		args := call.Args
		if name == "Sprintf" {
			args = args[1:]
		}
		var o credentials.Operand
		for i, a := range args {
			if i == 0 {
				o = r.classify(a, depth+1)
			} else {
				o = credentials.Merge(o, r.classify(a, depth+1))
			}
		}
		return o
	}
	return credentials.Operand{}
}

// requestValue classifies a read of a header or parameter by its constant key.
func (r *reader) requestValue(call *ast.CallExpr, what string) credentials.Operand {
	if len(call.Args) == 0 {
		return credentials.Operand{Request: true}
	}
	key, ok := analysisutil.ConstString(r.info, call.Args[0])
	if !ok {
		return credentials.Operand{Request: true}
	}
	kind, confirm := credentials.KindOf(key, r.keywords)
	o := credentials.Operand{Request: true, Kind: kind, Confirm: confirm}
	if kind != credentials.None {
		o.What = fmt.Sprintf("the %s %s", key, what)
	}
	return o
}

// isHMAC reports whether e is an HMAC hash: hmac.New(...), or a variable assigned one.
func (r *reader) isHMAC(e ast.Expr) bool {
	for range maxDepth {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			return analysisutil.IsPkgFunc(r.info, x, hmacPath, "New")
		case *ast.Ident:
			if e = r.defs.value(x); e == nil {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// underlying is t.Underlying(), or nil for a nil type (code that did not type-check).
func underlying(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}
