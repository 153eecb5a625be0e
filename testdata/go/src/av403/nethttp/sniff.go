package nethttp

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
)

// Responses without a content type: net/http sniffs it from the first bytes written.

func echoBack(w http.ResponseWriter, r *http.Request) {
	msg := r.URL.Query().Get("msg")
	w.Write([]byte(msg)) // want `r.URL.Query\(\).Get\("msg"\) \(line 13\) reaches w.Write: the response sets no Content-Type and starts with request data`
}

func echoPrinted(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, r.FormValue("q")) // want `reaches fmt.Fprint: the response sets no Content-Type`
}

func echoLabelled(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "Invalid token: %q", r.FormValue("token")) // ok: AV403 (starts with fixed text)
}

func echoTyped(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Write([]byte(r.FormValue("data"))) // ok: AV403
}

func echoFile(w http.ResponseWriter, r *http.Request) {
	data, _ := os.ReadFile(filepath.Join("/srv/files", filepath.Base(r.FormValue("name"))))
	w.Write(data) // ok: AV403 (the file's content, not the request's)
}

func echoHeader(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(r.Header.Get("X-Request-Id"))) // ok: AV403 (another site cannot set it)
}
