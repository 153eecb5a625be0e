// Command nethttp starts net/http servers with and without read timeouts.
package main

import (
	"log"
	"net"
	"net/http"
	"os"
	"time"
)

type app struct {
	srv *http.Server
}

func main() {
	mux := http.NewServeMux()
	l, err := net.Listen("tcp", ":9000")
	if err != nil {
		log.Fatal(err)
	}

	go http.ListenAndServe(":8080", mux)                         // want `http\.ListenAndServe serves with an http\.Server that has no timeouts: a client that sends its request slowly \(Slowloris\)`
	go log.Fatal(http.ListenAndServeTLS(":8443", "c", "k", mux)) // want `http\.ListenAndServeTLS serves with an http\.Server that has no timeouts`
	go http.Serve(l, mux)                                        // want `http\.Serve serves with an http\.Server that has no timeouts`

	srv := &http.Server{Addr: ":8081", Handler: mux} // want `this http\.Server sets neither ReadHeaderTimeout nor ReadTimeout and is served \(srv\.ListenAndServe, line 28\)`
	go srv.ListenAndServe()

	good := &http.Server{Addr: ":8082", Handler: mux, ReadHeaderTimeout: 5 * time.Second} // ok: AV703
	go good.ListenAndServe()

	whole := http.Server{Addr: ":8083", Handler: mux, ReadTimeout: 30 * time.Second} // ok: AV703
	go whole.ListenAndServeTLS("c", "k")

	later := &http.Server{Addr: ":8084", Handler: mux} // ok: AV703 (the timeout is set below)
	later.ReadHeaderTimeout = 5 * time.Second
	go later.ListenAndServe()

	zero := http.Server{Addr: ":8085", ReadHeaderTimeout: 0} // want `this http\.Server sets neither ReadHeaderTimeout nor ReadTimeout and is served \(zero\.Serve, line 41\)`
	go zero.Serve(l)

	configured := &http.Server{Addr: ":8086", ReadHeaderTimeout: timeout()} // ok: AV703 (set from configuration)
	go configured.ListenAndServe()

	unserved := &http.Server{Addr: ":8087"} // ok: AV703 (not served in this package)
	_ = unserved

	go (&http.Server{Addr: ":8088", Handler: mux}).ListenAndServe() // want `this http\.Server sets neither ReadHeaderTimeout nor ReadTimeout and is served \(\(&http\.Server\{…\}\)\.ListenAndServe, line 49\)`

	a := &app{srv: &http.Server{Addr: ":8089"}} // want `this http\.Server sets neither ReadHeaderTimeout nor ReadTimeout and is served \(a\.srv\.Serve, line 52\)`
	go a.srv.Serve(l)

	s := newServer(mux)
	log.Fatal(s.ListenAndServe())
}

func timeout() time.Duration {
	d, err := time.ParseDuration(os.Getenv("READ_HEADER_TIMEOUT"))
	if err != nil {
		return 5 * time.Second
	}
	return d
}

// offByAssignment switches the read timeout off again after creating the server.
func offByAssignment(mux *http.ServeMux) {
	srv := &http.Server{Addr: ":8090", Handler: mux} // want `this http\.Server sets neither ReadHeaderTimeout nor ReadTimeout and is served \(srv\.ListenAndServe, line 70\)`
	srv.ReadHeaderTimeout = 0
	go srv.ListenAndServe()
}
