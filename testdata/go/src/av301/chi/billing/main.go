// Command billing is a chi billing API: JWT in an r.Group block, an admin sub-router, a reports
// router mounted with Basic auth, and routes registered beside them without authentication.
package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/jwtauth/v5"
)

var tokenAuth = jwtauth.New("HS256", []byte(os.Getenv("JWT_SECRET")), nil)

func main() {
	srv := &http.Server{Addr: ":3000", Handler: newRouter(), ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

func newRouter() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Logger, middleware.Recoverer)
	r.Use(middleware.Timeout(30 * time.Second))

	r.Post("/login", login)         // ok: AV301
	r.Get("/healthz", health)       // ok: AV301
	r.Handle("/metrics", metrics()) // ok: AV301
	r.Get("/plans", plans)          // ok: AV301 (a read of public data)
	// The e-mailed token is the credential of these links.
	r.Post("/subscriptions/{token}/confirm", confirmSubscription) // ok: AV301
	r.Post("/newsletter", anonymousSubscribe)                     // ok: AV301
	r.Post("/api-tokens", obtainToken)                            // ok: AV301 (the API's login)

	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(tokenAuth))
		r.Use(jwtauth.Authenticator(tokenAuth))
		r.Get("/invoices", listInvoices)
		r.Post("/invoices", createInvoice) // ok: AV301
		r.Get("/invoices/{id}", getInvoice)
	})
	r.Route("/admin", func(r chi.Router) {
		r.Use(adminOnly)
		r.Delete("/customers/{id}", deleteCustomer) // ok: AV301
	})
	r.Mount("/reports", reportsRouter())
	r.With(requireAPIKey).Post("/exports", export) // ok: AV301

	r.Post("/invoices/{id}/refund", refund)                                       // want `POST /invoices/\{id\}/refund \(refund\) is registered on the bare router without authentication while 7 other routes of this router sit behind jwtauth\.Authenticator\(\.\.\.\), jwtauth\.Verifier\(\.\.\.\) and 3 more: anyone who can reach the API can call it; register it on the r\.Group block on line 37, which applies jwtauth\.Verifier\(\.\.\.\)`
	r.Method(http.MethodPut, "/customers/{id}", http.HandlerFunc(updateCustomer)) // want `PUT /customers/\{id\} \(updateCustomer\) is registered on the bare router`
	r.Mount("/debug", middleware.Profiler())                                      // want `ANY /debug \(middleware\.Profiler\(\)\) is registered on the bare router`
	r.Post("/orders/{id}/confirm", confirmOrder)                                  // want `POST /orders/\{id\}/confirm \(confirmOrder\) is registered on the bare router`
	return r
}

// reportsRouter serves the reports to the finance team, with Basic auth on its own router.
func reportsRouter() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.BasicAuth("reports", map[string]string{"finance": os.Getenv("REPORTS_PASSWORD")}))
	r.Get("/", reportIndex)
	r.Get("/revenue", revenue)
	return r
}

// adminOnly lets only staff tokens through.
func adminOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isStaff(r.Header.Get("Authorization")) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// requireAPIKey checks the partner API key.
func requireAPIKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-Key") != os.Getenv("PARTNER_KEY") {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func isStaff(string) bool   { return false }
func metrics() http.Handler { return http.NotFoundHandler() }

func login(w http.ResponseWriter, r *http.Request)          {}
func health(w http.ResponseWriter, r *http.Request)         {}
func plans(w http.ResponseWriter, r *http.Request)          {}
func listInvoices(w http.ResponseWriter, r *http.Request)   {}
func createInvoice(w http.ResponseWriter, r *http.Request)  {}
func getInvoice(w http.ResponseWriter, r *http.Request)     {}
func deleteCustomer(w http.ResponseWriter, r *http.Request) {}
func export(w http.ResponseWriter, r *http.Request)         {}
func refund(w http.ResponseWriter, r *http.Request)         {}
func confirmOrder(w http.ResponseWriter, r *http.Request)   {}

func confirmSubscription(w http.ResponseWriter, r *http.Request) {}
func anonymousSubscribe(w http.ResponseWriter, r *http.Request)  {}
func obtainToken(w http.ResponseWriter, r *http.Request)         {}
func updateCustomer(w http.ResponseWriter, r *http.Request)      {}
func reportIndex(w http.ResponseWriter, r *http.Request)         {}
func revenue(w http.ResponseWriter, r *http.Request)             {}
