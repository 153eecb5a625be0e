package chi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

var client = &http.Client{}

func avatar(w http.ResponseWriter, r *http.Request) {
	host := chi.URLParam(r, "host")
	client.Get("http://" + host + "/avatar.png")                   // want `chi.URLParam\(r, "host"\) \(line 12\) reaches client.Get`
	client.Get("https://cdn.example.com/avatars/" + host + ".png") // ok: AV407
}
