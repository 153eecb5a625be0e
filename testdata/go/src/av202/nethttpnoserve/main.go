// Command nethttpnoserve imports net/http/pprof, but never serves http.DefaultServeMux: the
// handlers it registers there cannot be reached.
package main

import (
	"log"
	"net/http"
	_ "net/http/pprof" // ok: AV202
)

func users(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`[]`)) }

func main() {
	api := http.NewServeMux()
	api.HandleFunc("/users", users)

	go func() {
		srv := &http.Server{Addr: ":8081"}
		srv.Handler = api
		log.Println(srv.ListenAndServe()) // ok: AV202
	}()
	log.Fatal(http.ListenAndServe(":8080", api)) // ok: AV202
}
