// Command nethttpmux registers pprof handlers on explicit muxes: on a debug mux served on the
// loopback interface (the fix the catalogue recommends) and on the public API mux.
package main

import (
	"log"
	"net/http"
	"net/http/pprof" // ok: AV202
	"time"
)

const debugAddr = "[::1]:6060"

func users(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`[]`)) }

func main() {
	api := http.NewServeMux()
	api.HandleFunc("/users", users)
	api.HandleFunc("/debug/pprof/heap", pprof.Handler("heap").ServeHTTP) // want `net/http/pprof's handlers are registered on api \(pprof\.Handler\("heap"\)\)`
	registerDebug(api)

	go func() {
		dbg := http.NewServeMux()
		dbg.HandleFunc("/debug/pprof/", pprof.Index)          // ok: AV202
		dbg.HandleFunc("/debug/pprof/profile", pprof.Profile) // ok: AV202
		log.Println(http.ListenAndServe("127.0.0.1:6060", dbg))
	}()
	go func() {
		dbg := http.NewServeMux()
		dbg.Handle("/debug/pprof/", http.HandlerFunc(pprof.Index)) // ok: AV202
		addr := debugAddr
		srv := &http.Server{Addr: addr, Handler: dbg, ReadHeaderTimeout: time.Second}
		log.Println(srv.ListenAndServe())
	}()

	srv := &http.Server{Addr: ":8080", Handler: api, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

// registerDebug adds the profiles to a mux whose address this function cannot see.
func registerDebug(mux *http.ServeMux) {
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace) // want `registered on mux \(pprof\.Trace\)`
}

// servedTwice serves the same mux on loopback and on every interface.
func servedTwice() {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline) // want `registered on mux \(pprof\.Cmdline\)`
	go http.ListenAndServe("127.0.0.1:6060", mux)
	http.ListenAndServe(":6060", mux)
}
