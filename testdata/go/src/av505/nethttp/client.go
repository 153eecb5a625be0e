// Package nethttp builds request URLs in the ways AV505 must and must not report.
package nethttp

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

const base = "https://api.example.com/v1"

func queryValues(u *url.URL, key string) string {
	q := u.Query()
	q.Set("api_key", key) // want `the credential "api_key" is put in url\.Values that become the URL's query string: URLs are written to the logs`
	q.Set("q", "paris")
	u.RawQuery = q.Encode()
	return u.String()
}

func valuesLiteral(token string) *url.URL {
	return &url.URL{
		Scheme:   "https",
		Host:     "api.example.com",
		RawQuery: url.Values{"access_token": {token}}.Encode(), // want `the credential "access_token" is put in url\.Values`
	}
}

func appendedAfterQuestionMark(secret string) string {
	v := url.Values{}
	v.Add("client_secret", secret) // want `the credential "client_secret"`
	return base + "/token?" + v.Encode()
}

func indexAssignment(req *http.Request, pw string) {
	q := req.URL.Query()
	q["password"] = []string{pw} // want `the credential "password"`
	req.URL.RawQuery = q.Encode()
}

func sprintfURL(key string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("%s/weather?q=paris&apikey=%s", base, key)) // want `the URL carries the credential "apikey" in its query string`
}

func concatenatedURL(token string) (*http.Response, error) {
	u := base + "/me?access_token=" + token // want `the URL carries the credential "access_token"`
	return http.Get(u)
}

func constantURL() (*http.Response, error) {
	return http.Get("https://api.example.com/v1/items?api_key=abc123def456") // want `the URL carries the credential "api_key"`
}

// --- Near misses ---

func tokenRequest(id, secret string) (*http.Response, error) {
	// The OAuth token request puts the client secret in a POST body, which is not a URL.
	form := url.Values{"grant_type": {"client_credentials"}, "client_secret": {secret}} // ok: AV505
	return http.PostForm(base+"/oauth/token", form)
}

func formBody(secret string) (*http.Request, error) {
	v := url.Values{}
	v.Set("password", secret) // ok: AV505 (a POST body)
	return http.NewRequest("POST", base+"/login", strings.NewReader(v.Encode()))
}

func headerInstead(key string) *http.Request {
	req, _ := http.NewRequest("GET", base+"/items?page=2&sort=key", nil) // ok: AV505
	req.Header.Set("X-API-Key", key)                                     // ok: AV505
	return req
}

func ordinaryParams(u *url.URL, sortKey, next string) {
	q := u.Query()
	q.Set("key", sortKey)          // ok: AV505 (the bare name key is too common)
	q.Set("next_page_token", next) // ok: AV505 (pagination)
	q.Set("token", "")             // ok: AV505 (empty)
	u.RawQuery = q.Encode()
}

func placeholders(key string) {
	fmt.Printf("calling /items?api_key=%s\n", "redacted") // ok: AV505 (a log format, not a URL)
	_ = "https://api.example.com/v1/items?api_key={key}"  // ok: AV505 (a template)
}

func connectionString(pw string) string {
	return "postgres://db.internal/app?sslmode=require&password=" + pw // ok: AV505 (a connection string)
}
