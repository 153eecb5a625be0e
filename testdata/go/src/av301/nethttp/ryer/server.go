// Command ryer is a net/http server in the "server struct" style: the router is a field, handler
// factories are methods, and adminOnly sends callers without an admin session to the login page.
package main

import (
	"log"
	"net/http"
)

type server struct {
	router *http.ServeMux
}

func newServer() *server {
	s := &server{router: http.NewServeMux()}
	s.routes()
	return s
}

func (s *server) routes() {
	s.router.HandleFunc("GET /about", s.handleAbout())
	s.router.HandleFunc("POST /admin/users", s.adminOnly(s.handleAdminCreate()))        // ok: AV301
	s.router.HandleFunc("DELETE /admin/users/{id}", s.adminOnly(s.handleAdminDelete())) // ok: AV301
	s.router.HandleFunc("POST /admin/users/{id}/promote", s.handlePromote())            // want `POST /admin/users/\{id\}/promote \(s\.handlePromote\(\)\) is registered on the bare mux without authentication while 2 other routes of this mux sit behind s\.adminOnly: anyone who can reach the API can call it; protect it with s\.adminOnly as the other routes are`
	s.router.HandleFunc("/", s.handleIndex())                                           // ok: AV301
}

// adminOnly sends callers without an admin session to the login page.
func (s *server) adminOnly(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !currentUser(r).admin {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		h(w, r)
	}
}

type user struct{ admin bool }

func currentUser(r *http.Request) user {
	c, err := r.Cookie("session")
	return user{admin: err == nil && c.Value != ""}
}

func (s *server) handleAbout() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {}
}

func (s *server) handleAdminCreate() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {}
}

func (s *server) handleAdminDelete() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {}
}

func (s *server) handlePromote() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {}
}

func (s *server) handleIndex() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {}
}

func main() {
	s := newServer()
	log.Fatal(http.ListenAndServe(":8080", s.router))
}
