// Command nethttploopback listens on loopback only, behind a proxy on the same host.
package main

import (
	"log"
	"net/http"
)

func login(w http.ResponseWriter, r *http.Request) {
	_ = r.FormValue("password")
}

func main() {
	http.HandleFunc("/login", login)
	log.Fatal(http.ListenAndServe("localhost:8080", nil)) // ok: AV506 (nethttp on loopback)
}
