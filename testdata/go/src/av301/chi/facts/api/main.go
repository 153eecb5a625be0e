// Command api is the payments API: its authentication middleware live in package auth, and are
// recognised through the facts exported there, not by their names.
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"

	"av301/chi/facts/auth"
)

func main() {
	v := auth.NewVerifier([]byte(os.Getenv("SIGNING_KEY")))
	r := chi.NewRouter()
	r.Use(auth.Trace)
	r.Post("/login", login)                              // ok: AV301
	r.With(auth.AuthorLookup).Get("/posts", listPosts)   // ok: AV301 (a read of public data)
	r.With(auth.AuthorLookup).Post("/posts", createPost) // want `POST /posts \(createPost\) is registered on the bare router without authentication while 3 other routes of this router sit behind auth\.CheckCaller and v\.Gate\(\.\.\.\): anyone who can reach the API can call it; register it on the r\.Group block on line 22, which applies auth\.CheckCaller`
	r.Group(func(r chi.Router) {
		r.Use(auth.CheckCaller)
		r.Post("/payments", pay) // ok: AV301
		r.Get("/payments/{id}", payment)
	})
	r.With(v.Gate("refunds")).Post("/refunds", refund) // ok: AV301
	r.Delete("/payments/{id}", cancel)                 // want `DELETE /payments/\{id\} \(cancel\) is registered on the bare router without authentication`
	log.Fatal(http.ListenAndServe(":8443", r))
}

func login(w http.ResponseWriter, r *http.Request)      {}
func listPosts(w http.ResponseWriter, r *http.Request)  {}
func createPost(w http.ResponseWriter, r *http.Request) {}
func pay(w http.ResponseWriter, r *http.Request)        {}
func payment(w http.ResponseWriter, r *http.Request)    {}
func refund(w http.ResponseWriter, r *http.Request)     {}
func cancel(w http.ResponseWriter, r *http.Request)     {}
