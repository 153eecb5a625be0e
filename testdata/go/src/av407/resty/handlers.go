package resty

import (
	"fmt"
	"net/http"

	"github.com/go-resty/resty/v2"
)

var client = resty.New()

func webhook(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("callback")
	client.R().SetBody(map[string]string{"ok": "1"}).Post(target)             // want `r.FormValue\("callback"\) \(line 13\) reaches resty.Request.Post: a request to a client-chosen URL`
	client.R().Execute(http.MethodGet, target)                                // want `reaches client.R\(\).Execute`
	resty.New().SetBaseURL(target)                                            // want `reaches resty.New\(\).SetBaseURL`
	client.R().SetQueryParam("q", target).Get("https://api.example.com/find") // ok: AV407
	client.R().Get("https://api.example.com/users/" + r.FormValue("id"))      // ok: AV407
}

// crm calls a partner API through a client with a fixed base URL.
var crm = resty.New().SetBaseURL("https://crm.example.com/v3")

func contact(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	crm.R().Get("/contacts/" + id)                      // ok: AV407 (resty joins a path to the base URL)
	crm.R().Execute(http.MethodDelete, "/contacts/"+id) // ok: AV407
	crm.R().Get("//" + id)                              // want `reaches crm.R\(\).Get`
	crm.R().Get(r.URL.Query().Get("next"))              // want `reaches crm.R\(\).Get`
	crm.R().Get(fmt.Sprintf("/contacts/%s/notes", id))  // ok: AV407
}
