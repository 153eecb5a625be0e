// Package echo is a stub of github.com/labstack/echo/v4 for apivet's analyzer tests: the public
// API surface that the analyzers look at, with trivial bodies.
package echo

import (
	"context"
	stdlog "log"
	"net"
	"net/http"
)

// Echo is the top-level framework instance.
type Echo struct {
	StdLogger        *stdlog.Logger
	Server           *http.Server
	TLSServer        *http.Server
	Listener         net.Listener
	TLSListener      net.Listener
	HTTPErrorHandler HTTPErrorHandler
	Binder           Binder
	Validator        Validator
	Renderer         Renderer
	IPExtractor      IPExtractor
	ListenerNetwork  string
	// Debug makes the default error handler send internal error messages to clients.
	Debug      bool
	HideBanner bool
	HidePort   bool

	middleware    []MiddlewareFunc
	premiddleware []MiddlewareFunc
}

// Route contains a handler and information for matching against requests.
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	Code     int         `json:"-"`
	Message  interface{} `json:"message"`
	Internal error       `json:"-"`
}

// Error makes it compatible with the `error` interface.
func (he *HTTPError) Error() string { return http.StatusText(he.Code) }

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c Context) error

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HTTPErrorHandler is a centralized HTTP error handler.
type HTTPErrorHandler func(err error, c Context)

// Validator is the interface that wraps the Validate function.
type Validator interface {
	Validate(i interface{}) error
}

// Binder is the interface that wraps the Bind method.
type Binder interface {
	Bind(i interface{}, c Context) error
}

// Renderer is the interface that wraps the Render function.
type Renderer interface {
	Render(w interface{ Write([]byte) (int, error) }, name string, data interface{}, c Context) error
}

// IPExtractor is a function to extract IP addr from http.Request.
type IPExtractor func(*http.Request) string

// Map defines a generic map of type `map[string]interface{}`.
type Map map[string]interface{}

// MIME types and headers.
const (
	MIMEApplicationJSON = "application/json"
	HeaderAuthorization = "Authorization"
	HeaderContentType   = "Content-Type"
	HeaderXRequestID    = "X-Request-Id"
)

// Errors.
var (
	ErrUnauthorized        = NewHTTPError(http.StatusUnauthorized)
	ErrForbidden           = NewHTTPError(http.StatusForbidden)
	ErrNotFound            = NewHTTPError(http.StatusNotFound)
	ErrBadRequest          = NewHTTPError(http.StatusBadRequest)
	ErrInternalServerError = NewHTTPError(http.StatusInternalServerError)
)

// New creates an instance of Echo.
func New() (e *Echo) {
	e = &Echo{Server: new(http.Server), TLSServer: new(http.Server), ListenerNetwork: "tcp"}
	e.Server.Handler = e
	e.TLSServer.Handler = e
	e.HTTPErrorHandler = e.DefaultHTTPErrorHandler
	return
}

// NewHTTPError creates a new HTTPError instance.
func NewHTTPError(code int, message ...interface{}) *HTTPError {
	he := &HTTPError{Code: code, Message: http.StatusText(code)}
	if len(message) > 0 {
		he.Message = message[0]
	}
	return he
}

// DefaultHTTPErrorHandler is the default HTTP error handler. With Debug on it sends the error's
// internal message to the client.
func (e *Echo) DefaultHTTPErrorHandler(err error, c Context) {}

// Pre adds middleware to the chain which is run before router.
func (e *Echo) Pre(middleware ...MiddlewareFunc) {
	e.premiddleware = append(e.premiddleware, middleware...)
}

// Use adds middleware to the chain which is run after router.
func (e *Echo) Use(middleware ...MiddlewareFunc) {
	e.middleware = append(e.middleware, middleware...)
}

// CONNECT registers a new CONNECT route for a path with matching handler in the router.
func (e *Echo) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodConnect, path, h, m...)
}

// DELETE registers a new DELETE route for a path with matching handler in the router.
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodDelete, path, h, m...)
}

// GET registers a new GET route for a path with matching handler in the router.
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodGet, path, h, m...)
}

// HEAD registers a new HEAD route for a path with matching handler in the router.
func (e *Echo) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodHead, path, h, m...)
}

// OPTIONS registers a new OPTIONS route for a path with matching handler in the router.
func (e *Echo) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodOptions, path, h, m...)
}

// PATCH registers a new PATCH route for a path with matching handler in the router.
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodPatch, path, h, m...)
}

// POST registers a new POST route for a path with matching handler in the router.
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodPost, path, h, m...)
}

// PUT registers a new PUT route for a path with matching handler in the router.
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodPut, path, h, m...)
}

// Any registers a new route for all HTTP methods and path with matching handler in the router.
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return []*Route{e.Add(http.MethodGet, path, handler, middleware...)}
}

// Match registers a new route for multiple HTTP methods and path with matching handler.
func (e *Echo) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	routes := make([]*Route, len(methods))
	for i, m := range methods {
		routes[i] = e.Add(m, path, handler, middleware...)
	}
	return routes
}

// Static registers a new route with path prefix to serve static files from the provided root.
func (e *Echo) Static(prefix, root string) *Route { return &Route{Path: prefix} }

// File registers a new route with path to serve a static file.
func (e *Echo) File(path, file string, m ...MiddlewareFunc) *Route { return &Route{Path: path} }

// Add registers a new route for an HTTP method and path with matching handler in the router.
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return &Route{Method: method, Path: path}
}

// Group creates a new router group with prefix and optional group-level middleware.
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) {
	g = &Group{prefix: prefix, echo: e}
	g.Use(m...)
	return
}

// Routes returns the registered routes.
func (e *Echo) Routes() []*Route { return nil }

// ServeHTTP implements `http.Handler` interface, which serves HTTP requests.
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// Start starts an HTTP server.
func (e *Echo) Start(address string) error {
	e.Server.Addr = address
	return e.StartServer(e.Server)
}

// StartTLS starts an HTTPS server. certFile and keyFile are file names or []byte contents.
func (e *Echo) StartTLS(address string, certFile, keyFile interface{}) (err error) {
	e.TLSServer.Addr = address
	return e.StartServer(e.TLSServer)
}

// StartAutoTLS starts an HTTPS server using certificates automatically installed from
// https://letsencrypt.org.
func (e *Echo) StartAutoTLS(address string) error { return nil }

// StartServer starts a custom http server.
func (e *Echo) StartServer(s *http.Server) (err error) {
	s.Handler = e
	return s.ListenAndServe()
}

// Shutdown stops the server gracefully.
func (e *Echo) Shutdown(ctx context.Context) error { return e.Server.Shutdown(ctx) }

// Close immediately stops the server.
func (e *Echo) Close() error { return e.Server.Close() }

// WrapHandler wraps `http.Handler` into `echo.HandlerFunc`.
func WrapHandler(h http.Handler) HandlerFunc {
	return func(c Context) error {
		h.ServeHTTP(c.Response(), c.Request())
		return nil
	}
}

// WrapMiddleware wraps `func(http.Handler) http.Handler` into `echo.MiddlewareFunc`.
func WrapMiddleware(m func(http.Handler) http.Handler) MiddlewareFunc {
	return func(next HandlerFunc) HandlerFunc {
		return func(c Context) error { return next(c) }
	}
}
