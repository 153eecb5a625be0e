// Command nethttp serves its API on http.DefaultServeMux and imports net/http/pprof for its side
// effect, which registers /debug/pprof/ on that same mux.
package main

import (
	"encoding/json"
	"log"
	"net/http"
	_ "net/http/pprof" // want `net/http/pprof is imported and http\.DefaultServeMux is served on ":8080" \(http\.ListenAndServe, line 27\): /debug/pprof/ exposes heap, goroutine stacks and CPU profiles to anyone who can reach the API; serve pprof on a separate loopback-only mux`
)

type user struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func users(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode([]user{{ID: "1", Name: "Ada"}})
}

func health(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }

func main() {
	http.HandleFunc("/users", users)
	http.HandleFunc("/healthz", health)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
