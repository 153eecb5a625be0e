// Command noauth is a net/http service without authentication: nothing reported.
package main

import (
	"log"
	"net/http"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /jobs", enqueue)       // ok: AV301
	mux.HandleFunc("DELETE /jobs/{id}", cancel) // ok: AV301
	mux.HandleFunc("GET /admin/queues", queues) // ok: AV301
	log.Fatal(http.ListenAndServe(":9000", http.TimeoutHandler(mux, 10*time.Second, "timeout")))
}

func enqueue(w http.ResponseWriter, r *http.Request) {}
func cancel(w http.ResponseWriter, r *http.Request)  {}
func queues(w http.ResponseWriter, r *http.Request)  {}
