// Command chiapp is a chi API that mounts chi's Profiler and pprof handlers on its public router,
// and on a loopback-only debug router.
package main

import (
	"log"
	"net/http"
	"net/http/pprof" // ok: AV202
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

func main() {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Logger, middleware.Recoverer)
	r.Get("/users/{id}", getUser)
	r.Mount("/debug", middleware.Profiler())    // want `net/http/pprof's handlers are registered on r \(middleware\.Profiler\(\)\)`
	r.HandleFunc("/debug/pprof/*", pprof.Index) // want `registered on r \(pprof\.Index\)`
	r.Route("/admin", func(r chi.Router) {
		r.Use(middleware.BasicAuth("admin", map[string]string{"admin": os.Getenv("ADMIN_PASSWORD")}))
		r.Get("/pprof/profile", pprof.Profile) // want `registered on r \(pprof\.Profile\)`
	})

	go serveDebug()
	log.Fatal(http.ListenAndServe(":8080", r))
}

// serveDebug serves the profiles on a separate router bound to the loopback interface.
func serveDebug() {
	dbg := chi.NewRouter()
	dbg.Mount("/debug", middleware.Profiler())                    // ok: AV202
	dbg.With(middleware.NoCache).Get("/debug/trace", pprof.Trace) // ok: AV202
	addr := "[::1]:6060"
	log.Println(http.ListenAndServe(addr, dbg))
}

func getUser(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(chi.URLParam(r, "id")))
}
