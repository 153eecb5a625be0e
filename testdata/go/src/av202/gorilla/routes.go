package main

import (
	"net/http/pprof" // ok: AV202

	"github.com/gorilla/mux"
)

// debugRoutes registers the profiles on whatever router it is given.
func debugRoutes(r *mux.Router) {
	r.HandleFunc("/debug/pprof/profile", pprof.Profile)     // want `registered on r \(pprof\.Profile\)`
	r.Path("/debug/pprof/symbol").HandlerFunc(pprof.Symbol) // want `registered on r \(pprof\.Symbol\)`
}
