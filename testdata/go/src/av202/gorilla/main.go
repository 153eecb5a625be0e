// Command gorilla is a gorilla/mux API that routes /debug/pprof/ to http.DefaultServeMux (where
// net/http/pprof registers itself) on its public router, and on a loopback-only debug router.
package main

import (
	"log"
	"net/http"
	_ "net/http/pprof" // ok: AV202
	"time"

	"github.com/gorilla/mux"
)

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/users/{id}", getUser).Methods(http.MethodGet)
	r.PathPrefix("/debug/pprof/").Handler(http.DefaultServeMux) // want `net/http/pprof's handlers are registered on r \(http\.DefaultServeMux\)`

	api := r.PathPrefix("/api").Subrouter()
	api.Handle("/debug/pprof/", http.DefaultServeMux) // want `registered on api \(http\.DefaultServeMux\)`
	debugRoutes(r)

	go serveDebug()
	srv := &http.Server{Addr: ":8080", Handler: r, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

// serveDebug serves the profiles on a separate router bound to the loopback interface.
func serveDebug() {
	dbg := mux.NewRouter()
	dbg.PathPrefix("/debug/pprof/").Handler(http.DefaultServeMux) // ok: AV202
	srv := &http.Server{Addr: "127.0.0.1:6060", Handler: dbg}
	log.Println(srv.ListenAndServe())
}

func getUser(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(mux.Vars(r)["id"]))
}
