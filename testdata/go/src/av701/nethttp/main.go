// Command nethttp sets CORS headers by hand.
package main

import (
	"log"
	"net/http"
	"strings"
)

var allowed = map[string]bool{"https://app.example.com": true}

// reflect echoes any origin with credentials.
func reflect(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin != "" {
			log.Printf("CORS request from %s", origin)
			w.Header().Set("Access-Control-Allow-Origin", origin) // want `Access-Control-Allow-Origin echoes the request's Origin while Access-Control-Allow-Credentials is true \(line 19\): any web site the user visits`
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		next.ServeHTTP(w, r)
	})
}

func inline(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("origin")) // want `Access-Control-Allow-Origin echoes the request's Origin`
	w.Header().Add("access-control-allow-credentials", "true")
}

func indexed(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h["Access-Control-Allow-Origin"] = []string{r.Header["Origin"][0]} // want `Access-Control-Allow-Origin echoes the request's Origin`
	h["Access-Control-Allow-Credentials"] = []string{"true"}
}

func wildcard(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*") // want `Access-Control-Allow-Origin is \* while Access-Control-Allow-Credentials is true \(line 38\): browsers refuse this pair`
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func checked(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if allowed[origin] {
		w.Header().Set("Access-Control-Allow-Origin", origin) // ok: AV701 (checked against an allowlist)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

func earlyReturn(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if !strings.HasSuffix(origin, ".example.com") {
		return
	}
	w.Header().Set("Access-Control-Allow-Origin", origin) // ok: AV701 (checked above)
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func public(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")                    // ok: AV701 (no credentials)
	w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin")) // ok: AV701 (no credentials)
}

func fixed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "https://app.example.com") // ok: AV701
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func noCredentials(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin")) // ok: AV701 (credentials false)
	w.Header().Set("Access-Control-Allow-Credentials", "false")
}

func main() {
	mux := http.NewServeMux()
	for path, h := range map[string]http.HandlerFunc{
		"/inline": inline, "/indexed": indexed, "/wildcard": wildcard, "/checked": checked,
		"/early": earlyReturn, "/public": public, "/fixed": fixed, "/nocred": noCredentials,
	} {
		mux.HandleFunc(path, h)
	}
	http.ListenAndServe(":8080", reflect(mux))
}
