package main

import (
	"net"
	"net/http"
)

// serve serves the default mux on ln.
func serve(ln net.Listener) error {
	// Only the address of a listener opened in this function is known; this one comes from the
	// caller, so the message names the listener.
	return http.Serve(ln, nil)
}
