package nethttp

import (
	"context"
	"net"
	"net/http"
	"net/url"
)

func proxy(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	http.Get(target)                                                               // want `r.URL.Query\(\).Get\("url"\) \(line 11\) reaches http.Get: a request to a client-chosen URL`
	req, _ := http.NewRequestWithContext(context.Background(), "GET", target, nil) // want `reaches http.NewRequestWithContext`
	http.DefaultClient.Do(req)
	net.Dial("tcp", r.FormValue("addr"))                                // want `reaches net.Dial`
	http.Get("https://api.example.com/users/" + url.PathEscape(target)) // ok: AV407
	http.Get("https://api.example.com/users/" + r.FormValue("id"))      // ok: AV407
	http.Get("https://api.example.com/status")                          // ok: AV407
}

func checked(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.FormValue("url"))
	if err != nil {
		return
	}
	if u.Host != "api.example.com" {
		return
	}
	http.Get(u.String()) // ok: AV407
}

func fetch(raw string) (*http.Response, error) { return http.Get(raw) }

func viaHelper(w http.ResponseWriter, r *http.Request) {
	fetch(r.Header.Get("X-Callback")) // want `reaches http.Get through fetch`
	fetch("https://example.com/hook") // ok: AV407
}
