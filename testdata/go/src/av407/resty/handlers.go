package resty

import (
	"net/http"

	"github.com/go-resty/resty/v2"
)

var client = resty.New()

func webhook(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("callback")
	client.R().SetBody(map[string]string{"ok": "1"}).Post(target)             // want `r.FormValue\("callback"\) \(line 12\) reaches resty.Request.Post: a request to a client-chosen URL`
	client.R().Execute(http.MethodGet, target)                                // want `reaches client.R\(\).Execute`
	resty.New().SetBaseURL(target)                                            // want `reaches resty.New\(\).SetBaseURL`
	client.R().SetQueryParam("q", target).Get("https://api.example.com/find") // ok: AV407
	client.R().Get("https://api.example.com/users/" + r.FormValue("id"))      // ok: AV407
}
