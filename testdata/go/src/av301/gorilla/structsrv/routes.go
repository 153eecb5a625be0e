package structsrv

import "net/http"

func (s *Server) routes() {
	s.router.HandleFunc("/tickets", s.listTickets).Methods("GET") // ok: AV301
	tickets := s.router.PathPrefix("/tickets").Subrouter()
	tickets.Use(s.authn.Middleware)
	tickets.HandleFunc("", s.createTicket).Methods("POST") // ok: AV301
	tickets.HandleFunc("/{id}", s.closeTicket).Methods("DELETE")
	s.router.HandleFunc("/tickets/{id}/reopen", s.reopenTicket).Methods("POST") // want `POST /tickets/\{id\}/reopen \(s\.reopenTicket\) is registered on the bare router without authentication while 3 other routes of this router sit behind s\.authn\.Middleware and checks in their handlers: anyone who can reach the API can call it; register it on tickets, which applies s\.authn\.Middleware`
	s.router.Handle("/tickets/export", &exporter{}).Methods("POST")             // ok: AV301 (the handler checks credentials itself)
}

func (s *Server) listTickets(w http.ResponseWriter, r *http.Request)  {}
func (s *Server) createTicket(w http.ResponseWriter, r *http.Request) {}
func (s *Server) closeTicket(w http.ResponseWriter, r *http.Request)  {}
func (s *Server) reopenTicket(w http.ResponseWriter, r *http.Request) {}

// exporter exports tickets for callers with an export token.
type exporter struct{}

func (e *exporter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer export" {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
}
