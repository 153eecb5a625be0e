// Package middleware is a stub of github.com/go-chi/chi/v5/middleware for apivet's analyzer
// tests.
package middleware

import (
	"net/http"
	"net/http/pprof"
	"time"

	"github.com/go-chi/chi/v5"
)

// Profiler is a convenient subrouter used for mounting net/http/pprof. ie.
//
//	r.Mount("/debug", middleware.Profiler())
func Profiler() http.Handler {
	r := chi.NewRouter()
	r.HandleFunc("/pprof/*", pprof.Index)
	r.HandleFunc("/pprof/cmdline", pprof.Cmdline)
	r.HandleFunc("/pprof/profile", pprof.Profile)
	r.HandleFunc("/pprof/symbol", pprof.Symbol)
	r.HandleFunc("/pprof/trace", pprof.Trace)
	return r
}

// Logger is a middleware that logs the start and end of each request.
func Logger(next http.Handler) http.Handler { return next }

// Recoverer is a middleware that recovers from panics, logs the panic and returns a HTTP 500.
func Recoverer(next http.Handler) http.Handler { return next }

// RequestID is a middleware that injects a request ID into the context of each request.
func RequestID(next http.Handler) http.Handler { return next }

// RealIP is a middleware that sets a http.Request's RemoteAddr to the results of parsing either
// the True-Client-IP, X-Real-IP or the X-Forwarded-For headers.
func RealIP(next http.Handler) http.Handler { return next }

// StripSlashes is a middleware that will match request paths with a trailing slash, strip it
// from the path and continue routing through the mux.
func StripSlashes(next http.Handler) http.Handler { return next }

// NoCache is a simple piece of middleware that sets a number of HTTP headers to prevent a router
// (or subrouter) from being cached by an upstream proxy and/or client.
func NoCache(h http.Handler) http.Handler { return h }

// BasicAuth implements a simple middleware handler for adding basic http auth to a route.
func BasicAuth(realm string, creds map[string]string) func(next http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// Timeout is a middleware that cancels ctx after a given timeout and returns a 504 Gateway
// Timeout error to the client.
func Timeout(timeout time.Duration) func(next http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// Throttle is a middleware that limits number of currently processed requests at a time.
func Throttle(limit int) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// Heartbeat endpoint middleware useful to setting up a path like `/ping` that load balancers or
// uptime testing external services can make a request before hitting any routes.
func Heartbeat(endpoint string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// AllowContentType enforces a whitelist of request Content-Types.
func AllowContentType(contentTypes ...string) func(next http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}
