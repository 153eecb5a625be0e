// Command nethttploopback imports net/http/pprof but serves http.DefaultServeMux on the loopback
// interface only; the API has its own mux.
package main

import (
	"log"
	"net"
	"net/http"
	_ "net/http/pprof" // ok: AV202
	"time"
)

func users(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`[]`)) }

func main() {
	api := http.NewServeMux()
	api.HandleFunc("/users", users)

	go func() {
		// pprof on http.DefaultServeMux, reachable from this host only.
		log.Println(http.ListenAndServe("localhost:6060", nil)) // ok: AV202
	}()
	go func() {
		log.Println(http.ListenAndServe("127.0.0.1:6061", http.DefaultServeMux)) // ok: AV202
	}()

	go func() {
		ln, err := net.Listen("tcp", "[::1]:6062")
		if err != nil {
			log.Fatal(err)
		}
		log.Println(http.Serve(ln, nil)) // ok: AV202
	}()

	srv := &http.Server{Addr: ":8080", Handler: api, ReadHeaderTimeout: 5 * time.Second} // ok: AV202
	log.Fatal(srv.ListenAndServe())
}
