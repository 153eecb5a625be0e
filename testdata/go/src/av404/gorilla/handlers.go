package gorilla

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/gorilla/mux"
)

func avatar(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	os.Open(filepath.Join("avatars", vars["user"]))                // want `mux.Vars\(r\) \(line 12\) reaches os.Open`
	os.Open(filepath.Join("avatars", filepath.Base(vars["user"]))) // ok: AV404
}
