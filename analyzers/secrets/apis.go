package secrets

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	"github.com/apivet/apivet/analyzers/internal/jwtlib"
	engine "github.com/apivet/apivet/internal/secrets"
)

// Sinks: the security APIs a literal can be passed to (engine.Context.Sink).
const (
	sinkJWT       = "jwt-signing-key"
	sinkHMAC      = "hmac-key"
	sinkBasicAuth = "basic-auth-password"
	sinkBearer    = "bearer-header"
	sinkSession   = "session-secret"
	sinkURL       = "url-password"
	// sinkAuthHeader replaces sinkBearer for "Basic …" values, which are not bearer tokens.
	sinkAuthHeader = "authorization-header"
)

// Import paths of the libraries the analyzers know.
const (
	httpPath      = "net/http"
	ginPath       = "github.com/gin-gonic/gin"
	ginJWTPath    = "github.com/appleboy/gin-jwt/v2"
	awsCredsPath  = "github.com/aws/aws-sdk-go-v2/credentials"
	gorillaSess   = "github.com/gorilla/sessions"
	ginCookieSess = "github.com/gin-contrib/sessions/cookie"
	chiJWTAuth    = "github.com/go-chi/jwtauth/v5"
	echoJWT       = "github.com/labstack/echo-jwt/v4"
	echoMW        = "github.com/labstack/echo/v4/middleware"
)

// An api is an argument of a function or method that carries a secret whatever its parameter is
// called.
type api struct {
	arg  int    // argument index
	rest bool   // and every later argument (variadic key pairs)
	sink string // the Context.Sink of the argument, or
	name string // the Context.Name, for APIs whose parameter names say little
}

// A callee names a package-level function (recv "") or a method of a named type.
type callee struct{ pkg, recv, name string }

// apis maps the functions and methods whose arguments carry secrets to those arguments.
var apis = func() map[callee][]api {
	m := map[callee][]api{
		{"crypto/hmac", "", "New"}:                         {{arg: 1, sink: sinkHMAC}},
		{"net/http", "Request", "SetBasicAuth"}:            {{arg: 1, sink: sinkBasicAuth}},
		{"net/url", "", "UserPassword"}:                    {{arg: 1, sink: sinkURL}},
		{gorillaSess, "", "NewCookieStore"}:                {{arg: 0, rest: true, sink: sinkSession}},
		{gorillaSess, "", "NewFilesystemStore"}:            {{arg: 1, rest: true, sink: sinkSession}},
		{ginCookieSess, "", "NewStore"}:                    {{arg: 0, rest: true, sink: sinkSession}},
		{awsCredsPath, "", "NewStaticCredentialsProvider"}: {{arg: 1, name: "SecretAccessKey"}},
		{chiJWTAuth, "", "New"}:                            {{arg: 1, sink: sinkJWT}}, // the verify key may be public
		{echoJWT, "", "JWT"}:                               {{arg: 0, sink: sinkJWT}},
		{echoMW, "", "JWT"}:                                {{arg: 0, sink: sinkJWT}},
	}
	for _, p := range jwtlib.Paths {
		m[callee{p, "Token", "SignedString"}] = []api{{arg: 0, sink: sinkJWT}}
		// Sign takes a secret whatever the method; Verify only for HMAC (RSA and ECDSA verify
		// with public keys).
		m[callee{p, "SigningMethod", "Sign"}] = []api{{arg: 1, sink: sinkJWT}}
		m[callee{p, "SigningMethodHMAC", "Sign"}] = []api{{arg: 1, sink: sinkJWT}}
		m[callee{p, "SigningMethodHMAC", "Verify"}] = []api{{arg: 2, sink: sinkJWT}}
	}
	return m
}()

// nameArgs are calls whose value argument is named by the constant argument before it:
// os.Setenv("API_KEY", "…"), flag.String("password", "default", "usage").
var nameArgs = map[callee]int{
	{"os", "", "Setenv"}: 0, {"syscall", "", "Setenv"}: 0,
	{"testing", "T", "Setenv"}: 0, {"testing", "B", "Setenv"}: 0, {"testing", "F", "Setenv"}: 0,
	{"flag", "", "String"}: 0, {"flag", "FlagSet", "String"}: 0,
	{"flag", "", "StringVar"}: 1, {"flag", "FlagSet", "StringVar"}: 1,
}

// knownPkgs holds the packages of every callee the analyzers model: other calls skip the
// table lookups.
var knownPkgs = func() map[string]bool {
	m := map[string]bool{"net/http": true, "crypto/subtle": true}
	for k := range apis {
		m[k.pkg] = true
	}
	for k := range nameArgs {
		m[k.pkg] = true
	}
	return m
}()

// fieldSinks are struct fields that carry a secret whatever they are called.
var fieldSinks = map[callee]string{
	{ginJWTPath, "GinJWTMiddleware", "Key"}: sinkJWT,
	{echoJWT, "Config", "SigningKey"}:       sinkJWT,
	{echoMW, "JWTConfig", "SigningKey"}:     sinkJWT,
}

// fieldSink returns the sink of the field name of the struct type t, if it is one.
func fieldSink(t types.Type, name string) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return fieldSinks[callee{n.Obj().Pkg().Path(), n.Obj().Name(), name}]
}

// knownArgument is the context of the i-th argument of a call of fn when fn is an API the
// analyzers model; ok is false otherwise.
func (s *scanner) knownArgument(call *ast.CallExpr, fn *types.Func, i int) (ctx engine.Context, ok bool) {
	k := callee{pkg: fn.Pkg().Path(), name: fn.Name()}
	if !knownPkgs[k.pkg] {
		return ctx, false
	}
	if r := fn.Signature().Recv(); r != nil {
		t := r.Type()
		if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
			t = p.Elem()
		}
		if n, isNamed := types.Unalias(t).(*types.Named); isNamed {
			k.recv = n.Obj().Name()
		}
	}
	for _, a := range apis[k] {
		if i == a.arg || (a.rest && i > a.arg) {
			return engine.Context{Sink: a.sink, Name: a.name}, true
		}
	}
	if n, isName := nameArgs[k]; isName {
		if i == n+1 && len(call.Args) > i {
			ctx.Name, _ = s.constString(call.Args[n])
		}
		return ctx, true
	}
	switch k {
	case callee{"net/http", "Header", "Set"}, callee{"net/http", "Header", "Add"}:
		if i == 1 && len(call.Args) == 2 {
			if key, isConst := s.constString(call.Args[0]); isConst {
				return s.mapEntry(fn.Signature().Recv().Type(), key), true
			}
		}
		return ctx, true
	case callee{"crypto/subtle", "", "ConstantTimeCompare"}:
		// subtle.ConstantTimeCompare([]byte(pass), []byte("hunter2")): the other side's name.
		if len(call.Args) == 2 && i < 2 {
			ctx.Name = s.exprName(call.Args[1-i])
		}
		return ctx, true
	}
	return ctx, false
}

// isKeyfunc reports whether sig is a jwt Keyfunc, func(*jwt.Token) (any, error): its first
// result is the key that verifies tokens, the signing key itself for HMAC.
func isKeyfunc(sig *types.Signature) bool {
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	t := sig.Params().At(0).Type()
	if _, ok := types.Unalias(t).(*types.Pointer); !ok {
		return false
	}
	for _, p := range jwtlib.Paths {
		if isNamed(t, p, "Token") {
			return true
		}
	}
	return false
}

// isAuthHeader reports whether a header carries credentials in its value.
func isAuthHeader(name string) bool {
	return strings.EqualFold(name, "Authorization") || strings.EqualFold(name, "Proxy-Authorization")
}

func isNamed(t types.Type, pkgPath, name string) bool {
	return t != nil && analysisutil.IsNamed(t, pkgPath, name)
}
