package nethttp

import (
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Uploaded file names: mime/multipart keeps only their last element.
func upload(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("file")
	if err != nil {
		return
	}
	defer file.Close()
	dst, _ := os.Create(filepath.Join("/srv/uploads", header.Filename)) // ok: AV404
	io.Copy(dst, file)
	part, err := multipart.NewReader(r.Body, "b").NextPart()
	if err != nil {
		return
	}
	os.Create(filepath.Join("/srv/uploads", part.FileName()))   // ok: AV404
	os.Create(filepath.Join("/srv/uploads", r.FormValue("as"))) // want `r.FormValue\("as"\) \(line 27\) reaches os.Create through filepath.Join`
}

// A name without ".." stays under the directory it is joined to, but can still be absolute.
func noDotDot(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if strings.Contains(name, "..") {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	os.ReadFile(filepath.Join("/srv/files", name)) // ok: AV404
	os.ReadFile(name)                              // want `r.URL.Query\(\).Get\("name"\) \(line 32\) reaches os.ReadFile: a file path`
}

func noDotDotRegexp(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if bad, _ := regexp.MatchString(`\.\.`, name); bad {
		return
	}
	os.ReadFile(filepath.Join("/srv/files", name)) // ok: AV404
}
