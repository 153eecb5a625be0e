// Package nethttp mirrors a repository over HTTPS with credentials in the URL.
package nethttp

import (
	"net/http"
	"os"
)

const upstream = "https://deploy-bot:Gh7!mQ2xV9p@git.internal.acme.io/platform/billing.git" // want `hardcoded password in connection URL`

// Fetch downloads from a URL whose userinfo holds a password.
func Fetch() (*http.Response, error) {
	return http.Get("https://metrics:Mt4!kX8wP1z@metrics.internal/api/v1/export") // want `hardcoded password in connection URL`
}

// FetchFromEnv is the fixed version.
func FetchFromEnv() (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://metrics.internal/api/v1/export", nil) // ok: AV104
	req.SetBasicAuth("metrics", os.Getenv("METRICS_PASSWORD"))
	return http.DefaultClient.Do(req)
}

// contact is a mailto URL, not a credential.
const contact = "mailto:security@acme.io" // ok: AV104

var _ = []string{upstream, contact}
