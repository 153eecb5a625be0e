// Command defaultmux registers its routes on http.DefaultServeMux, patterns without methods
// (every method is accepted), wrapping the account handlers in auth but not all of them.
package main

import (
	"log"
	"net/http"
)

func main() {
	http.HandleFunc("/login", login) // ok: AV301
	http.Handle("/api/accounts", auth(http.HandlerFunc(accounts)))
	http.Handle("/api/transfers", auth(http.HandlerFunc(transfers))) // ok: AV301
	http.HandleFunc("/api/accounts/export", exportAccounts)          // want `ANY /api/accounts/export \(exportAccounts\) is registered on http\.DefaultServeMux without authentication while 2 other routes of this mux sit behind auth: anyone who can reach the API can call it; protect it with auth as the other routes are`
	http.HandleFunc("/api/rates", rates)                             // want `ANY /api/rates \(rates\) is registered on http\.DefaultServeMux without authentication`
	log.Fatal(http.ListenAndServe(":8080", nil))
}

// auth requires a session cookie.
func auth(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("session"); err != nil {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}

func login(w http.ResponseWriter, r *http.Request)          {}
func accounts(w http.ResponseWriter, r *http.Request)       {}
func transfers(w http.ResponseWriter, r *http.Request)      {}
func exportAccounts(w http.ResponseWriter, r *http.Request) {}
func rates(w http.ResponseWriter, r *http.Request)          {}
