// Package nethttp is the Go version of the article's requests examples: an API key left at the
// tutorial's placeholder, sent as a header, a query parameter and a bearer token.
package nethttp

import (
	"flag"
	"net/http"
	"os"
)

const apiKey = "your_api_key" // want `placeholder API key or token "you…" \(12 chars\) assigned to "apiKey": a tutorial placeholder ships to production`

const username = "your_username" // ok: AV103

var token = flag.String("token", "", "API token, e.g. <your-token>") // ok: AV103

// Get calls the API with the key in a header, a query parameter and a bearer token.
func Get(url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-API-KEY", apiKey)
	q := req.URL.Query()
	q.Set("api_key", apiKey)
	req.URL.RawQuery = q.Encode()
	req.Header.Set("Authorization", "Bearer your_api_key") // want `placeholder secret "you…" \(12 chars\) passed as bearer token`
	req.SetBasicAuth(username, "changeme")                 // want `placeholder secret \(8 chars\) passed as basic-auth password`
	return http.DefaultClient.Do(req)
}

// GetFromEnv is the fixed version.
func GetFromEnv(url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-API-KEY", os.Getenv("EXAMPLE_API_KEY")) // ok: AV103
	req.Header.Set("Accept", "application/json")              // ok: AV103
	req.SetBasicAuth(os.Getenv("API_USER"), os.Getenv("API_PASSWORD"))
	return http.DefaultClient.Do(req)
}

// Config documents where the key comes from.
type Config struct {
	APIKeyEnv string
	Password  string
}

var defaults = Config{
	APIKeyEnv: "EXAMPLE_API_KEY", // ok: AV103
	Password:  "password",        // ok: AV103
}

var admin = Config{Password: "admin"} // want `placeholder password \(5 chars\) assigned to "Password"`

var _, _, _ = token, defaults, admin
