package routeauth

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Import paths of the frameworks, without their major-version suffix (see unversioned).
const (
	httpPath       = "net/http"
	ginPath        = "github.com/gin-gonic/gin"
	echoPath       = "github.com/labstack/echo"
	echoMiddleware = "github.com/labstack/echo/middleware"
	chiPath        = "github.com/go-chi/chi"
	chiMiddleware  = "github.com/go-chi/chi/middleware"
	gorillaPath    = "github.com/gorilla/mux"
	alicePath      = "github.com/justinas/alice"
)

// Framework names, as routes.Route.Framework spells them.
const (
	fwNetHTTP = "nethttp"
	fwGin     = "gin"
	fwEcho    = "echo"
	fwChi     = "chi"
	fwGorilla = "gorilla"
)

// unversioned drops the major-version elements of an import path ("github.com/go-chi/chi/v5/
// middleware" is "github.com/go-chi/chi/middleware"): the router APIs we model have not changed
// across them.
func unversioned(path string) string {
	if !strings.Contains(path, "/v") {
		return path
	}
	parts := strings.Split(path, "/")
	out := parts[:0]
	for i, p := range parts {
		if i > 0 && len(p) > 1 && p[0] == 'v' && strings.Trim(p[1:], "0123456789") == "" {
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, "/")
}

// routerTypes are the router types of each framework, by unversioned import path.
var routerTypes = map[string]map[string]string{
	httpPath:    {"ServeMux": fwNetHTTP},
	ginPath:     {"Engine": fwGin, "RouterGroup": fwGin, "IRouter": fwGin, "IRoutes": fwGin},
	echoPath:    {"Echo": fwEcho, "Group": fwEcho},
	chiPath:     {"Mux": fwChi, "Router": fwChi},
	gorillaPath: {"Router": fwGorilla},
}

// routerFramework returns the framework of a router type (through pointers), or "".
func routerFramework(t types.Type) string {
	if t == nil {
		return ""
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return routerTypes[unversioned(n.Obj().Pkg().Path())][n.Obj().Name()]
}

type nodeKind uint8

const (
	rootNode   nodeKind = iota // made by a constructor: gin.New(), chi.NewRouter(), http.NewServeMux()
	groupNode                  // a group or sub-router: r.Group("/api"), r.Route(...), PathPrefix().Subrouter()
	withNode                   // chi's r.With(mw): middleware for the routes registered through it
	paramNode                  // a router received as a parameter by a function nobody in the package calls
	opaqueNode                 // a router we cannot trace: returned by another package, held in an unknown field
	defaultMux                 // http.DefaultServeMux
)

// A node is one router of a router tree: a root router, a group or sub-router, a router mounted
// under another one.
type node struct {
	fw       string
	kind     nodeKind
	pos      token.Pos // where it is created (the constructor or group call, the parameter)
	name     string    // the variable or field first holding it, as written ("api"), or ""
	label    string    // how to point at a group that no variable holds: the r.Group block on line 12
	parent   *node
	prefix   string // path prefix relative to the parent (a group prefix, a mount point)
	created  int    // event time of its creation or mount, for gin's order of Use and groups
	mws      []mwUse
	wrappers []*mw // middleware wrapping the router as an http.Handler: auth(mux)
}

// mwUse is middleware attached to a router at an event time.
type mwUse struct {
	m    *mw
	time int
}

// orderSensitive reports whether middleware attached to n applies only to the routes registered
// after it: gin's Use and groups copy the handler chain at the time, and so does an echo group
// (echo's root Use and Pre, chi and gorilla/mux apply middleware to every route of the router).
func (n *node) orderSensitive() bool {
	return n.fw == fwGin || (n.fw == fwEcho && n.kind != rootNode && n.kind != opaqueNode && n.kind != paramNode)
}

// root returns the top of n's router tree.
func (n *node) root() *node {
	for i := 0; n.parent != nil && i < maxTreeDepth; i++ {
		n = n.parent
	}
	return n
}

// isAncestor reports whether a is n or one of its ancestors.
func (n *node) isAncestor(a *node) bool {
	for i := 0; n != nil && i < maxTreeDepth; i++ {
		if n == a {
			return true
		}
		n = n.parent
	}
	return false
}

const maxTreeDepth = 64

// A mw is one middleware as attached at one place.
type mw struct {
	name string // as written: authMiddleware, middleware.BasicAuth(...), s.requireAdmin
	pos  token.Pos
	auth authBasis
}

// A registration is one route registration call, for one router it was made on.
type registration struct {
	call      *ast.CallExpr
	node      *node
	methods   []string
	path      string
	time      int
	mws       []*mw // route-level middleware: gin's leading handlers, echo's trailing ones, wrappers
	handler   string
	handlerAt token.Pos
	// handlerOwner names the package and receiver type of a handler function
	// (webhook.Handler for wh.GitHub), which can say what it is for.
	handlerOwner string
	checks       bool // the handler authenticates the caller itself
	// function: the handler is a function, method or literal rather than a handler object or
	// the result of a factory (a file server, a proxy, a GraphQL handler: sub-applications).
	function bool
	static   bool // serves files
}

// Values of the abstract interpretation. A nil value is one we do not follow.
type value any

type (
	// strVal is a string known at analysis time: a route path or method.
	strVal string
	// listVal is a slice literal (middleware lists, method lists), with its element expressions.
	listVal struct {
		vals  []value
		exprs []ast.Expr
	}
	// fnVal is a function value: a function or method, a function literal, or what a factory
	// returns (authMiddleware(), h.listOrders()).
	fnVal struct {
		fn      *types.Func
		lit     *ast.FuncLit
		fr      *frame // where lit was evaluated
		factory bool   // the value is the result of calling fn
		recv    value  // the receiver of a method value
	}
	// wrapVal is a handler wrapped in middleware: requireAuth(h), http.StripPrefix("/api", mux).
	wrapVal struct {
		inner     value
		innerExpr ast.Expr
		mws       []*mw
		strip     string
		hasStrip  bool
	}
	// chainVal is a middleware chain: alice.New(a, b), chi.Chain(a, b).
	chainVal struct{ mws []*mw }
	// builderVal is a gorilla/mux route being built: r.Methods("POST").Path("/x").
	builderVal struct {
		n       *node
		path    string
		hasPath bool
		methods []string
	}
	// routeRefVal is a gorilla/mux route already registered: r.HandleFunc(...) before .Methods().
	routeRefVal struct{ reg *registration }
	// structVal is a struct built by a composite literal in the package (a server, an http.Server).
	structVal struct{ fields map[*types.Var]value }
	// tupleVal holds the results of a call with several results.
	tupleVal []value
	// staticVal is a handler serving files (http.FileServer, gin's Static).
	staticVal struct{ name string }
)

// valueKey identifies a value for memoising inlined calls.
func valueKey(v value) string {
	switch v := v.(type) {
	case nil:
		return "_"
	case strVal:
		return fmt.Sprintf("%q", string(v))
	case *listVal:
		var b strings.Builder
		b.WriteByte('[')
		for _, e := range v.vals {
			b.WriteString(valueKey(e))
			b.WriteByte(',')
		}
		b.WriteByte(']')
		return b.String()
	case tupleVal:
		return fmt.Sprintf("t%p", v)
	}
	return fmt.Sprintf("%p", v)
}

// display renders an expression as written, shortened: calls with arguments become f(...).
func display(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case nil:
		return ""
	case *ast.CallExpr:
		if len(e.Args) == 0 {
			return display(e.Fun) + "()"
		}
		return display(e.Fun) + "(...)"
	case *ast.FuncLit:
		return "func literal"
	case *ast.CompositeLit:
		return types.ExprString(e.Type) + "{...}"
	case *ast.UnaryExpr:
		return e.Op.String() + display(e.X)
	default:
		s := types.ExprString(e)
		if len(s) > 60 {
			s = s[:57] + "..."
		}
		return s
	}
}
