package nethttp

import (
	"net/http"
	"net/url"
)

func login(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	http.Redirect(w, r, next, http.StatusFound)                             // want `r.URL.Query\(\).Get\("next"\) \(line 9\) reaches http.Redirect: redirecting to a client-chosen URL`
	http.Redirect(w, r, "/profile/"+url.PathEscape(next), http.StatusFound) // ok: AV405
	http.Redirect(w, r, "/home?tab="+next, http.StatusFound)                // ok: AV405
	http.Redirect(w, r, "/", http.StatusFound)                              // ok: AV405
}

var allowedHosts = map[string]bool{"example.com": true}

func checkedHost(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.FormValue("next"))
	if err != nil || !allowedHosts[u.Host] {
		http.Redirect(w, r, "/", http.StatusFound) // ok: AV405
		return
	}
	http.Redirect(w, r, u.String(), http.StatusFound) // ok: AV405
}
