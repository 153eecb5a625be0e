// Package resty is an API client on github.com/go-resty/resty/v2 that sends credentials in the
// ways AV502 must and must not report. Credentials and the base URL set on a Client apply to
// every request made from it with R().
package resty

import (
	"net/http"
	"os"

	"github.com/go-resty/resty/v2"
)

const (
	apiURL    = "http://api.example.com"
	secureURL = "https://api.example.com"
)

type API struct {
	client *resty.Client
}

func basicClient(user, pass string) *resty.Client {
	return resty.New().SetBaseURL("http://api.example.com").SetBasicAuth(user, pass) // want `Basic credentials are sent to http://api\.example\.com over plain HTTP: anyone on the network path can read and replay them; use https://`
}

func clientVariable(token string) (*resty.Response, error) {
	client := resty.New()
	client.SetHostURL(apiURL + "/v1")
	client.SetHeader("X-API-Key", token) // want `the X-API-Key header is sent to http://api\.example\.com`
	return client.R().Get("/orders")
}

func bearerRequest(client *resty.Client, token string) (*resty.Response, error) {
	return client.R().SetAuthToken(token).Get("http://api.example.com/v1/me") // want `the bearer token is sent to http://api\.example\.com`
}

func relativeToBase(token string) (*resty.Response, error) {
	client := resty.New().SetBaseURL(apiURL)
	req := client.R()
	req.SetHeaders(map[string]string{
		"Accept":        "application/json",
		"Authorization": "Bearer " + token, // want `the Authorization header is sent to http://api\.example\.com`
	})
	return req.Post("/v1/orders")
}

func NewAPI(host string) *API {
	return &API{client: resty.New().SetBaseURL("http://" + host)}
}

func (a *API) Me(sid string) (*resty.Response, error) {
	return a.client.R().SetCookie(&http.Cookie{Name: "sid", Value: sid}).Get("/me") // want `cookies are sent to an http:// URL`
}

// --- Near misses ---

func overHTTPS(user, pass string) (*resty.Response, error) {
	client := resty.New().SetBaseURL(secureURL).SetBasicAuth(user, pass) // ok: AV502
	return client.R().Get("/orders")
}

func absoluteHTTPS(token string) (*resty.Response, error) {
	client := resty.New().SetBaseURL(apiURL)
	return client.R().SetAuthToken(token).Get(secureURL + "/v1/me") // ok: AV502 (the absolute URL replaces the base)
}

func loopback(user, pass string) (*resty.Response, error) {
	client := resty.New().SetBaseURL("http://localhost:8080").SetBasicAuth(user, pass) // ok: AV502 (loopback)
	return client.R().SetAuthToken("x").Get("http://127.0.0.1:9000/v1")                // ok: AV502
}

func configured(token string) (*resty.Response, error) {
	client := resty.New().SetBaseURL(os.Getenv("API_URL")).SetAuthToken(token) // ok: AV502 (the URL is configuration)
	return client.R().Get("/me")
}

func noCredentials() (*resty.Response, error) {
	return resty.New().SetBaseURL(apiURL).R().
		SetHeader("Accept", "application/json"). // ok: AV502
		SetHeader("X-CSRF-Token", "abc").        // ok: AV502 (not a credential)
		Get("/public")
}

func digest(user, pass string) *resty.Client {
	return resty.New().SetBaseURL(apiURL).SetDigestAuth(user, pass) // ok: AV502 (digest never sends the password)
}
