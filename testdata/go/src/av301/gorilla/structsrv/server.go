// Package structsrv is a gorilla/mux service whose router lives in a struct field, filled by the
// constructor and used by a routes method that a different file declares first.
package structsrv

import (
	"net/http"

	"github.com/gorilla/mux"
)

// Server is the ticketing API.
type Server struct {
	router *mux.Router
	authn  Authenticator
}

// Authenticator verifies callers; its implementation lives elsewhere.
type Authenticator interface {
	Middleware(next http.Handler) http.Handler
}

// New builds the server.
func New(a Authenticator) *Server {
	s := &Server{router: mux.NewRouter(), authn: a}
	s.routes()
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.router.ServeHTTP(w, r) }
