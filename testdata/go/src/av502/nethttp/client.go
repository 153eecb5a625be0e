// Package nethttp is an API client that sends credentials in the ways AV502 must and must not
// report.
package nethttp

import (
	"context"
	"net/http"
	"os"
)

const (
	apiURL    = "http://api.example.com/v1"
	secureURL = "https://api.example.com/v1"
)

func basicAuth(user, pass string) (*http.Response, error) {
	req, err := http.NewRequest("GET", "http://api.example.com/v1/orders", nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(user, pass) // want `Basic credentials are sent to http://api\.example\.com over plain HTTP: anyone on the network path can read and replay them; use https://`
	return http.DefaultClient.Do(req)
}

func bearer(ctx context.Context, host, token string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+host+"/v1/me", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token) // want `the Authorization header is sent to an http:// URL over plain HTTP`
	return http.DefaultClient.Do(req)
}

func apiKey(key string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodPost, apiURL+"/orders", nil)
	req.Header.Add("X-API-Key", key)                     // want `the X-API-Key header is sent to http://api\.example\.com`
	req.Header["X-Auth-Token"] = []string{key}           // want `the X-Auth-Token header is sent`
	req.AddCookie(&http.Cookie{Name: "sid", Value: key}) // want `cookies are sent`
	return http.DefaultClient.Do(req)
}

func userinfo() (*http.Response, error) {
	return http.Get("http://admin:s3cret@api.example.com/status") // want `credentials in the URL's user information are sent to http://api\.example\.com`
}

// --- Near misses ---

func overHTTPS(user, pass string) {
	req, _ := http.NewRequest("GET", secureURL+"/orders", nil)
	req.SetBasicAuth(user, pass) // ok: AV502
}

func loopback(user, pass, port string) {
	req, _ := http.NewRequest("GET", "http://localhost:"+port+"/v1", nil)
	req.SetBasicAuth(user, pass) // ok: AV502 (loopback)
	local, _ := http.NewRequest("GET", "http://127.0.0.1:8080/v1", nil)
	local.Header.Set("Authorization", "Bearer x") // ok: AV502
}

func noCredentials() {
	req, _ := http.NewRequest("GET", apiURL+"/public", nil)
	req.Header.Set("Accept", "application/json") // ok: AV502
	req.Header.Set("X-CSRF-Token", "abc")        // ok: AV502 (not a credential)
	http.Get("http://example.com/robots.txt")    // ok: AV502
}

func configured(user, pass string) {
	req, _ := http.NewRequest("GET", os.Getenv("API_URL"), nil)
	req.SetBasicAuth(user, pass) // ok: AV502 (the URL is configuration)
}

func reassigned(user, pass string) {
	req, _ := http.NewRequest("GET", apiURL, nil)
	req, _ = http.NewRequest("GET", secureURL, nil)
	req.SetBasicAuth(user, pass) // ok: AV502 (req is assigned twice: not followed)
}
