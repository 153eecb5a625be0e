// Command nethttpmiddleware limits every request body in a middleware, so its handlers' reads
// are not reported.
package main

import (
	"encoding/json"
	"net/http"
)

func limitBodies(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
		next.ServeHTTP(w, r)
	})
}

func create(w http.ResponseWriter, r *http.Request) {
	var v map[string]any
	json.NewDecoder(r.Body).Decode(&v) // ok: AV704 (limitBodies wraps every request)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", create)
	http.ListenAndServe(":8080", limitBodies(mux))
}
