// Command nethttptls serves TLS; its plain listener only redirects to it.
package main

import (
	"log"
	"net/http"
)

func login(w http.ResponseWriter, r *http.Request) {
	_, _, _ = r.BasicAuth()
}

func main() {
	http.HandleFunc("/login", login)
	go http.ListenAndServe(":80", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // ok: AV506 (nethttp redirect beside a TLS listener)
		http.Redirect(w, r, "https://"+r.Host+r.URL.Path, http.StatusMovedPermanently)
	}))
	log.Fatal(http.ListenAndServeTLS(":443", "cert.pem", "key.pem", nil))
}
