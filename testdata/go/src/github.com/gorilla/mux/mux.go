// Package mux is a stub of github.com/gorilla/mux for apivet's analyzer tests: the public API
// surface that the analyzers look at, with trivial bodies.
package mux

import "net/http"

// Router registers routes to be matched and dispatches a handler.
type Router struct {
	// Configurable Handler to be used when no route matches.
	NotFoundHandler http.Handler
	// Configurable Handler to be used when the request method does not match the route.
	MethodNotAllowedHandler http.Handler

	routes      []*Route
	middlewares []MiddlewareFunc
}

// NewRouter returns a new router instance.
func NewRouter() *Router { return &Router{} }

// ServeHTTP dispatches the handler registered in the matched route.
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// Get returns a route registered with the given name.
func (r *Router) Get(name string) *Route { return nil }

// StrictSlash defines the trailing slash behavior for new routes.
func (r *Router) StrictSlash(value bool) *Router { return r }

// SkipClean defines the path cleaning behaviour for new routes.
func (r *Router) SkipClean(value bool) *Router { return r }

// UseEncodedPath tells the router to match the encoded original path to the routes.
func (r *Router) UseEncodedPath() *Router { return r }

// NewRoute registers an empty route.
func (r *Router) NewRoute() *Route {
	route := &Route{}
	r.routes = append(r.routes, route)
	return route
}

// Name registers a new route with a name.
func (r *Router) Name(name string) *Route { return r.NewRoute().Name(name) }

// Handle registers a new route with a matcher for the URL path.
func (r *Router) Handle(path string, handler http.Handler) *Route {
	return r.NewRoute().Path(path).Handler(handler)
}

// HandleFunc registers a new route with a matcher for the URL path.
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return r.NewRoute().Path(path).HandlerFunc(f)
}

// Headers registers a new route with a matcher for request header values.
func (r *Router) Headers(pairs ...string) *Route { return r.NewRoute().Headers(pairs...) }

// Host registers a new route with a matcher for the URL host.
func (r *Router) Host(tpl string) *Route { return r.NewRoute().Host(tpl) }

// Methods registers a new route with a matcher for HTTP methods.
func (r *Router) Methods(methods ...string) *Route { return r.NewRoute().Methods(methods...) }

// Path registers a new route with a matcher for the URL path.
func (r *Router) Path(tpl string) *Route { return r.NewRoute().Path(tpl) }

// PathPrefix registers a new route with a matcher for the URL path prefix.
func (r *Router) PathPrefix(tpl string) *Route { return r.NewRoute().PathPrefix(tpl) }

// Queries registers a new route with a matcher for URL query values.
func (r *Router) Queries(pairs ...string) *Route { return r.NewRoute().Queries(pairs...) }

// Schemes registers a new route with a matcher for URL schemes.
func (r *Router) Schemes(schemes ...string) *Route { return r.NewRoute().Schemes(schemes...) }

// Use appends a MiddlewareFunc to the chain.
func (r *Router) Use(mwf ...MiddlewareFunc) { r.middlewares = append(r.middlewares, mwf...) }

// Walk walks the router and all its sub-routers, calling walkFn for each route in the tree.
func (r *Router) Walk(walkFn WalkFunc) error { return nil }

// WalkFunc is the type of the function called for each route visited by Walk.
type WalkFunc func(route *Route, router *Router, ancestors []*Route) error

// MiddlewareFunc is a function which receives an http.Handler and returns another http.Handler.
type MiddlewareFunc func(http.Handler) http.Handler

// Middleware allows MiddlewareFunc to implement the middleware interface.
func (mw MiddlewareFunc) Middleware(handler http.Handler) http.Handler { return mw(handler) }

// CORSMethodMiddleware automatically sets the Access-Control-Allow-Methods response header on
// requests for routes that have an OPTIONS method matcher to all the method matchers on the route.
func CORSMethodMiddleware(r *Router) MiddlewareFunc {
	return func(next http.Handler) http.Handler { return next }
}

// Vars returns the route variables for the current request, if any.
func Vars(r *http.Request) map[string]string { return nil }

// CurrentRoute returns the matched route for the current request, if any.
func CurrentRoute(r *http.Request) *Route { return nil }
