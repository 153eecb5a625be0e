package nethttp

import "net/http"

// A redirect written by hand: a Location header and a 3xx status.
func manual(w http.ResponseWriter, r *http.Request) {
	next := r.FormValue("next")
	w.Header().Set("Location", next)                // want `r.FormValue\("next"\) \(line 7\) reaches w.Header\(\).Set: redirecting to a client-chosen URL`
	w.Header().Set("Location", "/"+next)            // want `reaches w.Header\(\).Set through string concatenation`
	w.Header().Set("Location", "//localhost/"+next) // ok: AV405
	w.Header().Set("Content-Location", next)        // ok: AV405
	w.WriteHeader(http.StatusFound)
}
