// Package cors is a stub of github.com/rs/cors for apivet's analyzer tests: the public API
// surface that the analyzers look at, with trivial bodies.
package cors

import (
	"log"
	"net/http"
)

// Options is a configuration container to setup the CORS middleware.
type Options struct {
	// AllowedOrigins is a list of origins a cross-domain request can be executed from. If the
	// special "*" value is present in the list, all origins will be allowed. Default value is
	// ["*"] unless an origin function is set.
	AllowedOrigins []string
	// AllowOriginFunc is a custom function to validate the origin. If set, AllowedOrigins is
	// ignored.
	AllowOriginFunc func(origin string) bool
	// AllowOriginRequestFunc is a custom function to validate the origin with the request.
	AllowOriginRequestFunc func(r *http.Request, origin string) bool
	// AllowOriginVaryRequestFunc validates the origin and names the headers it depends on.
	AllowOriginVaryRequestFunc func(r *http.Request, origin string) (bool, []string)
	AllowedMethods             []string
	AllowedHeaders             []string
	ExposedHeaders             []string
	MaxAge                     int
	// AllowCredentials indicates whether the request can include user credentials like cookies,
	// HTTP authentication or client side SSL certificates.
	AllowCredentials     bool
	AllowPrivateNetwork  bool
	OptionsPassthrough   bool
	OptionsSuccessStatus int
	Debug                bool
	Logger               *log.Logger
}

// Cors http handler.
type Cors struct {
	options Options
}

// New creates a new Cors handler with the provided options.
func New(options Options) *Cors { return &Cors{options: options} }

// Default creates a new Cors handler with default options: all origins, no credentials.
func Default() *Cors { return New(Options{}) }

// AllowAll creates a new Cors handler allowing all origins, methods and headers, without
// credentials.
func AllowAll() *Cors {
	return New(Options{AllowedOrigins: []string{"*"}, AllowedHeaders: []string{"*"}})
}

// Handler applies the CORS specification on the request.
func (c *Cors) Handler(h http.Handler) http.Handler { return h }

// HandlerFunc provides a Martini compatible handler.
func (c *Cors) HandlerFunc(w http.ResponseWriter, r *http.Request) {}

// ServeHTTP is the Negroni compatible interface.
func (c *Cors) ServeHTTP(w http.ResponseWriter, r *http.Request, next http.HandlerFunc) {
	next(w, r)
}
