// Command store is a net/http store API with Go 1.22 method patterns: handlers wrapped in
// requireAuth one by one, an admin mux mounted under /admin/ behind requireAdmin, an alice chain,
// a handler that checks credentials itself, and two routes nobody wrapped.
package main

import (
	"log"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/justinas/alice"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", login)                                                       // ok: AV301
	mux.HandleFunc("GET /healthz", healthz)                                                    // ok: AV301
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServer(http.Dir("web")))) // ok: AV301

	mux.Handle("GET /api/orders", requireAuth(http.HandlerFunc(listOrders)))
	mux.Handle("POST /api/orders", requireAuth(http.HandlerFunc(createOrder))) // ok: AV301
	mux.HandleFunc("DELETE /api/orders/{id}", deleteOrder)                     // want `DELETE /api/orders/\{id\} \(deleteOrder\) is registered on the bare mux without authentication while 6 other routes of this mux sit behind requireAuth, requireAdmin and 1 more: anyone who can reach the API can call it; protect it with requireAuth as the other routes are`

	protected := alice.New(logRequests, requireAuth)
	mux.Handle("PUT /api/profile", protected.ThenFunc(updateProfile)) // ok: AV301
	mux.HandleFunc("POST /api/keys", createKey)                       // ok: AV301 (the handler checks credentials itself)

	mux.Handle("/admin/", http.StripPrefix("/admin", requireAdmin(adminMux())))
	mux.Handle("/graphql", graphqlHandler()) // ok: AV301 (a sub-application taking every method: its path is not sensitive)
	mux.HandleFunc("/api/users/{id}", user)  // want `ANY /api/users/\{id\} \(user\) is registered on the bare mux without authentication`

	srv := &http.Server{Addr: ":8080", Handler: logRequests(mux), ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

// adminMux serves the back office; main mounts it behind requireAdmin.
func adminMux() *http.ServeMux {
	m := http.NewServeMux()
	m.HandleFunc("POST /users/{id}/disable", disableUser) // ok: AV301
	m.HandleFunc("GET /audit", audit)
	return m
}

// requireAuth rejects requests without a valid bearer token.
func requireAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || !validToken(tok) {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// requireAdmin asks for the back-office password.
func requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		if !ok || user != "admin" || pass != os.Getenv("ADMIN_PASSWORD") {
			w.Header().Set("WWW-Authenticate", `Basic realm="admin"`)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// logRequests logs each request.
func logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Println(r.Method, r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

// createKey issues an API key to an authenticated administrator.
func createKey(w http.ResponseWriter, r *http.Request) {
	user, _, ok := r.BasicAuth()
	if !ok || !isAdmin(user) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func validToken(string) bool { return false }

// graphqlHandler serves the GraphQL schema; its resolvers check permissions.
func graphqlHandler() http.Handler { return http.NotFoundHandler() }
func isAdmin(string) bool          { return false }

func login(w http.ResponseWriter, r *http.Request)         {}
func healthz(w http.ResponseWriter, r *http.Request)       {}
func listOrders(w http.ResponseWriter, r *http.Request)    {}
func createOrder(w http.ResponseWriter, r *http.Request)   {}
func deleteOrder(w http.ResponseWriter, r *http.Request)   {}
func updateProfile(w http.ResponseWriter, r *http.Request) {}
func user(w http.ResponseWriter, r *http.Request)          {}
func disableUser(w http.ResponseWriter, r *http.Request)   {}
func audit(w http.ResponseWriter, r *http.Request)         {}
