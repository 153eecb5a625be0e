// Command nethttpserver serves http.DefaultServeMux through an http.Server without a Handler and
// registers a pprof handler on it by hand.
package main

import (
	"log"
	"net/http"
	"net/http/pprof" // want `net/http/pprof is imported and http\.DefaultServeMux is served on ":8443" \(srv\.ListenAndServeTLS, line 23\)`
	"time"
)

func orders(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`[]`)) }

func main() {
	http.HandleFunc("/orders", orders)
	http.HandleFunc("/debug/pprof/profile", pprof.Profile) // want `net/http/pprof's handlers are registered on http\.DefaultServeMux \(pprof\.Profile\): /debug/pprof/ exposes heap`

	srv := &http.Server{
		Addr:              ":8443",
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      10 * time.Second,
	}
	log.Fatal(srv.ListenAndServeTLS("cert.pem", "key.pem"))
}
