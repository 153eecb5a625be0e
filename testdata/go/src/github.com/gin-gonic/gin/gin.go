package gin

import (
	"net"
	"net/http"
)

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// HandlersChain defines a HandlerFunc slice.
type HandlersChain []HandlerFunc

// OptionFunc defines the function to change the default configuration.
type OptionFunc func(*Engine)

// H is a shortcut for map[string]any.
type H map[string]any

// Accounts defines a key/value for user/pass list of authorized logins.
type Accounts map[string]string

// AuthUserKey is the cookie name for user credential in basic auth.
const AuthUserKey = "user"

// Engine is the framework's instance, it contains the muxer, middleware and configuration settings.
type Engine struct {
	RouterGroup

	RedirectTrailingSlash  bool
	RedirectFixedPath      bool
	HandleMethodNotAllowed bool
	ForwardedByClientIP    bool
	RemoteIPHeaders        []string
	TrustedPlatform        string
	MaxMultipartMemory     int64
	UseRawPath             bool
	UnescapePathValues     bool
	ContextWithFallback    bool
}

var _ IRouter = (*Engine)(nil)

// New returns a new blank Engine instance without any middleware attached.
func New(opts ...OptionFunc) *Engine {
	engine := &Engine{RedirectTrailingSlash: true, MaxMultipartMemory: 32 << 20}
	engine.RouterGroup.engine = engine
	engine.RouterGroup.root = true
	for _, opt := range opts {
		opt(engine)
	}
	return engine
}

// Default returns an Engine instance with the Logger and Recovery middleware already attached.
func Default(opts ...OptionFunc) *Engine {
	engine := New()
	engine.Use(Logger(), Recovery())
	for _, opt := range opts {
		opt(engine)
	}
	return engine
}

// Use attaches a global middleware to the router.
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes {
	engine.RouterGroup.Use(middleware...)
	return engine
}

// NoRoute adds handlers for NoRoute. It returns a 404 code by default.
func (engine *Engine) NoRoute(handlers ...HandlerFunc) {}

// NoMethod sets the handlers called when Engine.HandleMethodNotAllowed = true.
func (engine *Engine) NoMethod(handlers ...HandlerFunc) {}

// Handler returns the engine as an http.Handler.
func (engine *Engine) Handler() http.Handler { return engine }

// SetTrustedProxies sets a list of network origins that are trusted to forward client IPs.
func (engine *Engine) SetTrustedProxies(trustedProxies []string) error { return nil }

// LoadHTMLGlob loads HTML files identified by glob pattern.
func (engine *Engine) LoadHTMLGlob(pattern string) {}

// Routes returns a slice of registered routes.
func (engine *Engine) Routes() (routes RoutesInfo) { return nil }

// Run attaches the router to a http.Server and starts listening and serving HTTP requests.
// Without an address it listens on $PORT or ":8080".
func (engine *Engine) Run(addr ...string) (err error) {
	address := ":8080"
	if len(addr) > 0 {
		address = addr[0]
	}
	return http.ListenAndServe(address, engine.Handler())
}

// RunTLS attaches the router to a http.Server and starts listening and serving HTTPS requests.
func (engine *Engine) RunTLS(addr, certFile, keyFile string) (err error) {
	return http.ListenAndServeTLS(addr, certFile, keyFile, engine.Handler())
}

// RunListener attaches the router to a http.Server and serves on the listener.
func (engine *Engine) RunListener(listener net.Listener) (err error) {
	return http.Serve(listener, engine.Handler())
}

// ServeHTTP conforms to the http.Handler interface.
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// RouteInfo represents a request route's specification.
type RouteInfo struct {
	Method      string
	Path        string
	Handler     string
	HandlerFunc HandlerFunc
}

// RoutesInfo defines a RouteInfo slice.
type RoutesInfo []RouteInfo

// WrapF is a helper function for wrapping http.HandlerFunc and returns a gin middleware.
func WrapF(f http.HandlerFunc) HandlerFunc {
	return func(c *Context) { f(c.Writer, c.Request) }
}

// WrapH is a helper function for wrapping http.Handler and returns a gin middleware.
func WrapH(h http.Handler) HandlerFunc {
	return func(c *Context) { h.ServeHTTP(c.Writer, c.Request) }
}

// Logger instances a Logger middleware that writes the logs to gin.DefaultWriter.
func Logger() HandlerFunc { return func(c *Context) { c.Next() } }

// Recovery returns a middleware that recovers from any panics and writes a 500 if there was one.
func Recovery() HandlerFunc { return func(c *Context) { c.Next() } }

// BasicAuth returns a Basic HTTP Authorization middleware.
func BasicAuth(accounts Accounts) HandlerFunc { return func(c *Context) { c.Next() } }

// BasicAuthForRealm returns a Basic HTTP Authorization middleware for the realm.
func BasicAuthForRealm(accounts Accounts, realm string) HandlerFunc {
	return func(c *Context) { c.Next() }
}
