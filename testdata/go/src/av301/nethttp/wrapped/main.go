// Command wrapped serves its API mux wrapped in authentication as a whole, and a public site on a
// separate mux: nothing to report in either.
package main

import (
	"log"
	"net/http"
	"os"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/invoices", createInvoice)        // ok: AV301 (the whole mux is wrapped)
	mux.HandleFunc("DELETE /api/invoices/{id}", deleteInvoice) // ok: AV301
	mux.HandleFunc("GET /api/invoices", listInvoices)

	var h http.Handler = mux
	h = logRequests(h)
	h = authenticate(h)

	go servePublic()
	log.Fatal(http.ListenAndServe(":8080", h))
}

// servePublic serves the public site on its own mux: another application, without any
// authentication to compare against.
func servePublic() {
	site := http.NewServeMux()
	site.HandleFunc("POST /contact", contact)      // ok: AV301
	site.HandleFunc("POST /newsletter", subscribe) // ok: AV301
	log.Fatal(http.ListenAndServe(":8081", site))
}

// authenticate checks the API key of every request.
func authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Api-Key") != os.Getenv("API_KEY") {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Println(r.Method, r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

func createInvoice(w http.ResponseWriter, r *http.Request) {}
func deleteInvoice(w http.ResponseWriter, r *http.Request) {}
func listInvoices(w http.ResponseWriter, r *http.Request)  {}
func contact(w http.ResponseWriter, r *http.Request)       {}
func subscribe(w http.ResponseWriter, r *http.Request)     {}
