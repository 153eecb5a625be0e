// Command noauth is a gorilla/mux service without authentication: nothing reported.
package main

import (
	"log"
	"net/http"

	"github.com/gorilla/mux"
)

func main() {
	r := mux.NewRouter()
	r.Use(mux.CORSMethodMiddleware(r))
	s := r.PathPrefix("/v1").Subrouter()
	s.HandleFunc("/users", createUser).Methods("POST")        // ok: AV301
	s.HandleFunc("/users/{id}", removeUser).Methods("DELETE") // ok: AV301
	log.Fatal(http.ListenAndServe(":8080", r))
}

func createUser(w http.ResponseWriter, r *http.Request) {}
func removeUser(w http.ResponseWriter, r *http.Request) {}
