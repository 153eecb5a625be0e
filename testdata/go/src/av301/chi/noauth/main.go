// Command noauth is a chi service without authentication: nothing reported.
package main

import (
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

func main() {
	r := chi.NewRouter()
	r.Use(middleware.Logger)
	r.Route("/todos", func(r chi.Router) {
		r.Get("/", list)
		r.Post("/", create)       // ok: AV301
		r.Delete("/{id}", remove) // ok: AV301
	})
	r.With(middleware.NoCache).Put("/users/{id}", updateUser) // ok: AV301
	log.Fatal(http.ListenAndServe(":3000", r))
}

func list(w http.ResponseWriter, r *http.Request)       {}
func create(w http.ResponseWriter, r *http.Request)     {}
func remove(w http.ResponseWriter, r *http.Request)     {}
func updateUser(w http.ResponseWriter, r *http.Request) {}
