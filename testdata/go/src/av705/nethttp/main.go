// Command nethttp sets session and other cookies.
package main

import (
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"time"
)

func login(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "s", Path: "/"})                 // want `cookie "session" holds a session or credentials but is set without Secure and HttpOnly: without Secure .*; without HttpOnly .*; set Secure and HttpOnly to true`
	http.SetCookie(w, &http.Cookie{Name: "access_token", Value: "t", HttpOnly: true})       // want `cookie "access_token" holds a session or credentials but is set without Secure: without Secure the browser also sends it over plain HTTP`
	http.SetCookie(w, &http.Cookie{Name: "refreshToken", Value: "t", Secure: true})         // want `cookie "refreshToken" holds a session or credentials but is set without HttpOnly: without HttpOnly any script`
	http.SetCookie(w, &http.Cookie{Name: "jwt", Value: "t", Secure: false, HttpOnly: true}) // want `cookie "jwt" holds a session or credentials but is set without Secure`
	http.SetCookie(w, &http.Cookie{Name: "csrftoken", Value: "c"})                          // want `cookie "csrftoken" holds an anti-CSRF token but is set without Secure: .*; set Secure to true`

	http.SetCookie(w, &http.Cookie{Name: "session", Value: "s", Secure: true, HttpOnly: true})         // ok: AV705
	http.SetCookie(w, &http.Cookie{Name: "XSRF-TOKEN", Value: "c", Secure: true})                      // ok: AV705 (scripts must read a CSRF cookie)
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark"})                                      // ok: AV705 (not a session cookie)
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: "en", MaxAge: 3600})                           // ok: AV705
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", MaxAge: -1})                            // ok: AV705 (deleting the cookie)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "s", Secure: r.TLS != nil, HttpOnly: true}) // ok: AV705 (decided at run time)

	c := &http.Cookie{Name: "sessionid", Value: "s"} // ok: AV705 (flags set below)
	c.Secure = true
	c.HttpOnly = true
	http.SetCookie(w, c)

	d := http.Cookie{Name: "auth", Value: "a", Expires: time.Now().Add(time.Hour)} // want `cookie "auth" holds a session or credentials but is set without Secure: `
	d.HttpOnly = true
	http.SetCookie(w, &d)

	name := os.Getenv("SESSION_COOKIE")
	http.SetCookie(w, &http.Cookie{Name: name, Value: "s"}) // ok: AV705 (name decided at run time)
}

// callUpstream adds cookies to outgoing requests: the flags are for browsers, not clients.
func callUpstream(token string) {
	req, _ := http.NewRequest("GET", "https://upstream.example.com/", nil)
	req.AddCookie(&http.Cookie{Name: "session", Value: token}) // ok: AV705 (an outgoing request)
	c := &http.Cookie{Name: "access_token", Value: token}      // ok: AV705 (added to a request below)
	req.AddCookie(c)
	jar, _ := cookiejar.New(nil)
	u, _ := url.Parse("https://upstream.example.com/")
	jar.SetCookies(u, []*http.Cookie{{Name: "sid", Value: token}}) // ok: AV705 (a client cookie jar)
}

func main() {
	http.HandleFunc("/login", login)
	callUpstream("t")
}
