// Package nethttp is an API client built on net/http that sends credentials in the ways AV101 must
// and must not report.
package nethttp

import (
	"net/http"
	"net/url"
	"os"
)

// Header names and token metadata: names that look like credentials but hold none.
const (
	TokenHeader = "Authorization" // ok: AV101
	TokenType   = "Bearer"        // ok: AV101
	APIKeyParam = "api_key"       // ok: AV101
)

// fixedHeader is passed to the Authorization header below: the literal is reported here, once.
var fixedHeader = "Bearer Qm9vdHN0cmFwVG9rZW4xMjM0NTY3" // want `hardcoded secret passed as bearer token \("Qm9v…", 28 chars\)`

// Client calls the billing API.
type Client struct {
	http    *http.Client
	baseURL string
	token   string
}

// New returns a client; the token comes from the environment.
func New() *Client {
	return &Client{http: http.DefaultClient, baseURL: "https://billing.internal/api/v2", token: os.Getenv("BILLING_TOKEN")} // ok: AV101
}

func (c *Client) get(path string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, c.baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("billing-svc", "Wq8!vR2#pL5zK9")                   // want `hardcoded secret passed as basic-auth password \(.*14 chars\)`
	req.SetBasicAuth("billing-svc", os.Getenv("BILLING_PASSWORD"))      // ok: AV101
	req.Header.Set("Authorization", "Bearer 7Hk2Lm9Qp4Rs8Tv1Wx6Yz3Ab5") // want `hardcoded secret passed as bearer token`
	req.Header.Set("Authorization", "Bearer "+c.token)                  // ok: AV101
	req.Header.Set(TokenHeader, fixedHeader)
	req.Header.Add("X-API-Key", "k3Y9mQ2xV7bN4pL8sR1t")                        // want `hardcoded API key or token assigned to "X-API-Key"`
	req.Header.Set("X-Request-Source", "billing-batch-job")                    // ok: AV101
	req.Header.Set("Content-Type", "application/json")                         // ok: AV101
	req.Header["Proxy-Authorization"] = []string{"Basic c3ZjOlQwcFNlY3JldDk5"} // want `HTTP Basic credentials passed as authorization header`
	q := req.URL.Query()
	q.Set(APIKeyParam, c.token)
	q.Set("page_token", "next") // ok: AV101
	req.URL.RawQuery = q.Encode()
	return c.http.Do(req)
}

// staticHeaders is sent with every webhook call.
var staticHeaders = http.Header{
	"Authorization": {"Bearer Zr4Tq8Wm2Xn6Yp1Vk5Ls9Hd3"}, // want `hardcoded secret passed as bearer token`
	"Accept":        {"application/json"},                // ok: AV101
}

// proxyUser builds the credentials of the outbound proxy.
func proxyUser() *url.Userinfo {
	if os.Getenv("PROXY_USER") != "" {
		return url.UserPassword(os.Getenv("PROXY_USER"), os.Getenv("PROXY_PASSWORD")) // ok: AV101
	}
	return url.UserPassword("proxy", "N7c!Yd4qJ2sE") // want `hardcoded secret passed as url password`
}

// authorize answers whether a request carries the shared API key: the key is in the source.
func authorize(r *http.Request) bool {
	if r.Header.Get("X-API-Key") == "f5Gh8Jk2Lm4Np6Qr9St1" { // want `hardcoded API key or token assigned to "X-API-Key"`
		return true
	}
	return r.Header.Get("Authorization") == "Bearer "+os.Getenv("API_TOKEN") // ok: AV101
}

var _ = staticHeaders
