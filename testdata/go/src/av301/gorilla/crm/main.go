// Command crm is a gorilla/mux CRM API: an authenticated /api subrouter, an admin subrouter with
// its own check, and routes registered on the root router by mistake.
package main

import (
	"log"
	"net/http"
	"time"

	"github.com/gorilla/mux"
)

func main() {
	r := mux.NewRouter()
	r.Use(loggingMiddleware)
	r.HandleFunc("/login", login).Methods(http.MethodPost)                                              // ok: AV301
	r.HandleFunc("/health", health).Methods("GET")                                                      // ok: AV301
	r.PathPrefix("/static/").Handler(http.StripPrefix("/static/", http.FileServer(http.Dir("static")))) // ok: AV301

	api := r.PathPrefix("/api").Subrouter()
	api.Use(authMiddleware)
	api.HandleFunc("/contacts", listContacts).Methods("GET")
	api.HandleFunc("/contacts", createContact).Methods(http.MethodPost) // ok: AV301
	api.HandleFunc("/contacts/{id}", updateContact).Methods("PUT")      // ok: AV301

	admin := api.PathPrefix("/admin").Subrouter()
	admin.Use(mux.MiddlewareFunc(staffOnly))
	admin.HandleFunc("/users/{id}", deleteUser).Methods("DELETE") // ok: AV301

	r.HandleFunc("/api/contacts/{id}", deleteContact).Methods("DELETE")    // want `DELETE /api/contacts/\{id\} \(deleteContact\) is registered on the bare router without authentication while 4 other routes of this router sit behind authMiddleware and staffOnly: anyone who can reach the API can call it; register it on api, which applies authMiddleware`
	r.Methods("PUT").Path("/api/accounts/{id}").HandlerFunc(updateAccount) // want `PUT /api/accounts/\{id\} \(updateAccount\) is registered on the bare router without authentication`
	r.HandleFunc("/api/search", search).Methods("GET")                     // ok: AV301 (a read, nothing sensitive)

	srv := &http.Server{Handler: r, Addr: ":8000", WriteTimeout: 15 * time.Second, ReadTimeout: 15 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

// authMiddleware checks the session token of API calls.
func authMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token := r.Header.Get("X-Session-Token")
		if !validSession(token) {
			http.Error(w, "Forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// staffOnly admits staff sessions.
func staffOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("staff_session")
		if err != nil || !validSession(c.Value) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func loggingMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Println(r.RequestURI)
		next.ServeHTTP(w, r)
	})
}

func validSession(string) bool { return false }

func login(w http.ResponseWriter, r *http.Request)         {}
func health(w http.ResponseWriter, r *http.Request)        {}
func listContacts(w http.ResponseWriter, r *http.Request)  {}
func createContact(w http.ResponseWriter, r *http.Request) {}
func updateContact(w http.ResponseWriter, r *http.Request) {}
func deleteContact(w http.ResponseWriter, r *http.Request) {}
func deleteUser(w http.ResponseWriter, r *http.Request)    {}
func updateAccount(w http.ResponseWriter, r *http.Request) {}
func search(w http.ResponseWriter, r *http.Request)        {}
