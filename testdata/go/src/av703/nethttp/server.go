package main

import (
	"net/http"
	"time"
)

// newServer builds the server that main serves.
func newServer(h http.Handler) *http.Server {
	return &http.Server{Addr: ":8090", Handler: h} // want `this http\.Server sets neither ReadHeaderTimeout nor ReadTimeout and is served \(s\.ListenAndServe, main\.go:55\)`
}

// newAdminServer builds a server with timeouts that nothing here serves.
func newAdminServer(h http.Handler) *http.Server {
	return &http.Server{Addr: "127.0.0.1:6060", Handler: h, ReadHeaderTimeout: time.Second} // ok: AV703
}
