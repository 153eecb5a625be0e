// Command nethttpserve serves http.DefaultServeMux on a listener, from another file than the
// import of net/http/pprof.
package main

import (
	"log"
	"net"
	"net/http"
	_ "net/http/pprof" // want `net/http/pprof is imported and http\.DefaultServeMux is served on listener ln \(http\.Serve, serve\.go:12\)`
)

func main() {
	ln, err := net.Listen("tcp", "0.0.0.0:9000")
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {})
	log.Fatal(serve(ln))
}
