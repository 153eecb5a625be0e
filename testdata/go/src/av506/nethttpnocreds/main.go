// Command nethttpnocreds serves public data: no credentials, nothing to report.
package main

import (
	"log"
	"net/http"
)

func search(w http.ResponseWriter, r *http.Request) {
	_ = r.FormValue("q")
}

func main() {
	http.HandleFunc("/search", search)
	log.Fatal(http.ListenAndServe(":8080", nil)) // ok: AV506 (nethttp without credentials)
}
