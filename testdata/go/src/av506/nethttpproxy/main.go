// Command nethttpproxy runs behind a TLS-terminating proxy and checks X-Forwarded-Proto.
package main

import (
	"log"
	"net/http"
)

func login(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Forwarded-Proto") != "https" {
		http.Error(w, "use https", http.StatusForbidden)
		return
	}
	_, _, _ = r.BasicAuth()
}

func main() {
	http.HandleFunc("/login", login)
	log.Fatal(http.ListenAndServe(":8080", nil)) // ok: AV506 (nethttp behind a proxy)
}
