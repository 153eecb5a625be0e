// Package nethttp is an API client that builds Authorization headers in the ways AV501 must and
// must not report.
package nethttp

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"strings"
)

type Config struct {
	User, Key string
}

func sprintfHeader(user, pass string) (*http.Request, error) {
	req, err := http.NewRequest("GET", "https://api.example.com/v1/orders", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", fmt.Sprintf("Basic %s:%s", user, pass)) // want `the Authorization header sends Basic credentials as raw "user:secret" text instead of base64\("user:secret"\).*use req\.SetBasicAuth\(user, secret\)`
	return req, nil
}

func concatenation(req *http.Request, cfg Config) {
	req.Header.Set("Authorization", "Basic "+cfg.User+":"+cfg.Key) // want `sends Basic credentials as raw`
}

func throughAVariable(req *http.Request, user, pass string) {
	value := "Basic " + user + ":" + pass // want `sends Basic credentials as raw`
	req.Header.Add("authorization", value)
}

func proxyHeader(req *http.Request, user, pass string) {
	req.Header["Proxy-Authorization"] = []string{fmt.Sprintf("Basic %v:%v", user, pass)} // want `the Proxy-Authorization header sends Basic`
}

func headerLiteral(user, pass string) http.Header {
	return http.Header{
		"Authorization": {"Basic " + strings.Join([]string{user, pass}, ":")}, // want `sends Basic credentials as raw`
	}
}

func notFixable(req *http.Request, cfg func() Config) {
	// The credentials are calls: the fix would evaluate them differently; no fix is offered.
	req.Header.Set("Authorization", "Basic "+cfg().User+":"+cfg().Key) // want `sends Basic credentials as raw`
}

// --- Near misses ---

func encoded(req *http.Request, user, pass string) {
	token := base64.StdEncoding.EncodeToString([]byte(user + ":" + pass))
	req.Header.Set("Authorization", "Basic "+token)                                                            // ok: AV501
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(user+":"+pass)))         // ok: AV501
	req.Header.Set("Authorization", fmt.Sprintf("Basic %s", base64.StdEncoding.EncodeToString([]byte("u:p")))) // ok: AV501
}

func libraryEncodes(req *http.Request, user, pass string) {
	req.SetBasicAuth(user, pass) // ok: AV501
}

func otherSchemesAndHeaders(req *http.Request, token, user, pass string) {
	req.Header.Set("Authorization", "Bearer "+token)          // ok: AV501
	req.Header.Set("X-Debug", "Basic "+user+":"+pass)         // ok: AV501 (not an authorization header)
	req.Header.Set("Authorization", "Basic dXNlcjpwYXNz")     // ok: AV501 (already encoded)
	fmt.Println(fmt.Sprintf("Basic %s:%s", user, pass))       // ok: AV501 (not sent)
	req.Header.Set("WWW-Authenticate", `Basic realm="api":x`) // ok: AV501
}
