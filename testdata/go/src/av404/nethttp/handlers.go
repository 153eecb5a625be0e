package nethttp

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

const base = "/srv/files"

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	data, _ := os.ReadFile(filepath.Join(base, name)) // want `r.URL.Query\(\).Get\("file"\) \(line 13\) reaches os.ReadFile through filepath.Join: a file path from request data`
	w.Write(data)
	http.ServeFile(w, r, r.URL.Path[1:])                  // want `reaches http.ServeFile`
	os.ReadFile(filepath.Join(base, filepath.Base(name))) // ok: AV404
}

func checked(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join(base, r.FormValue("file"))
	if !strings.HasPrefix(p, base+string(os.PathSeparator)) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	os.Open(p) // ok: AV404
}

func uncleanPrefix(w http.ResponseWriter, r *http.Request) {
	p := r.FormValue("file")
	if !strings.HasPrefix(p, "/srv/files/") {
		return
	}
	os.Open(p) // want `reaches os.Open`
}

func local(w http.ResponseWriter, r *http.Request) {
	p := r.FormValue("file")
	if !filepath.IsLocal(p) {
		return
	}
	os.Remove(filepath.Join(base, p)) // ok: AV404
}

func rooted(w http.ResponseWriter, r *http.Request) {
	root, _ := os.OpenRoot(base)
	root.Open(r.FormValue("file")) // ok: AV404
}
