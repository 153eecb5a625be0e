// Command nethttp is an API that checks Basic credentials and listens on every interface
// without TLS: AV506 reports its listener.
package main

import (
	"log"
	"net/http"
)

func login(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok || user != "admin" || pass == "" {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Write([]byte("welcome"))
}

func main() {
	http.HandleFunc("/login", login)
	go http.ListenAndServe("127.0.0.1:6060", nil) // ok: AV506 (loopback)
	log.Fatal(http.ListenAndServe(":8080", nil))  // want `this server receives credentials \(Basic credentials read by r\.BasicAuth\(\), line 11\) and listens on ":8080" without TLS`
}
