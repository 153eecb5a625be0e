package mux

import "net/http"

// Route stores information to match a request and build URLs.
type Route struct {
	handler http.Handler
	name    string
	tpl     string
}

// Handler sets a handler for the route.
func (r *Route) Handler(handler http.Handler) *Route {
	r.handler = handler
	return r
}

// HandlerFunc sets a handler function for the route.
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route {
	return r.Handler(http.HandlerFunc(f))
}

// GetHandler returns the handler for the route, if any.
func (r *Route) GetHandler() http.Handler { return r.handler }

// Name sets the name for the route, used to build URLs.
func (r *Route) Name(name string) *Route {
	r.name = name
	return r
}

// GetName returns the name for the route, if any.
func (r *Route) GetName() string { return r.name }

// Headers adds a matcher for request header values.
func (r *Route) Headers(pairs ...string) *Route { return r }

// Host adds a matcher for the URL host.
func (r *Route) Host(tpl string) *Route { return r }

// Methods adds a matcher for HTTP methods.
func (r *Route) Methods(methods ...string) *Route { return r }

// Path adds a matcher for the URL path.
func (r *Route) Path(tpl string) *Route {
	r.tpl = tpl
	return r
}

// PathPrefix adds a matcher for the URL path prefix.
func (r *Route) PathPrefix(tpl string) *Route {
	r.tpl = tpl
	return r
}

// Queries adds a matcher for URL query values.
func (r *Route) Queries(pairs ...string) *Route { return r }

// Schemes adds a matcher for URL schemes.
func (r *Route) Schemes(schemes ...string) *Route { return r }

// Subrouter creates a subrouter for the route.
func (r *Route) Subrouter() *Router { return &Router{} }

// GetPathTemplate returns the template used to build the route match.
func (r *Route) GetPathTemplate() (string, error) { return r.tpl, nil }

// GetMethods returns the methods the route matches against.
func (r *Route) GetMethods() ([]string, error) { return nil, nil }
