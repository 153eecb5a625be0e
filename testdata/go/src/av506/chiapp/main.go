// Command chiapp protects its routes with chi's Basic auth middleware.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

func main() {
	r := chi.NewRouter()
	r.Use(middleware.BasicAuth("api", map[string]string{"admin": "change-me"}))
	r.Get("/", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":3000", r) // want `listens on ":3000" without TLS`
}

func local(r chi.Router) {
	http.ListenAndServe("127.0.0.1:3001", r) // ok: AV506 (chi on loopback)
}
