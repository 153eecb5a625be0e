// Command nethttpserver reads a password form field and serves through an http.Server.
package main

import (
	"log"
	"net"
	"net/http"
	"os"
)

func login(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("password") == "" {
		w.WriteHeader(http.StatusBadRequest)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/login", login)
	srv := &http.Server{Addr: "0.0.0.0:8080", Handler: mux}
	go srv.ListenAndServe() // want `listens on "0\.0\.0\.0:8080" without TLS`
	l, err := net.Listen("tcp", ":"+os.Getenv("PORT"))
	if err != nil {
		log.Fatal(err)
	}
	go http.Serve(l, mux) // want `listens on ":…" without TLS`
	addr := os.Getenv("ADDR")
	log.Fatal(http.ListenAndServe(addr, mux)) // ok: AV506 (the address is configuration)
}
