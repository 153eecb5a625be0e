// Package nethttp calls the GitHub API with a token in the Authorization header.
package nethttp

import (
	"net/http"
	"os"
)

// Repos lists the organisation's repositories.
func Repos() (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.github.com/orgs/acme/repos", nil)      // ok: AV102
	req.Header.Set("Authorization", "token ghp_"+"Qfm1O5Qp4QqFsforl3gRKrApSbkpZcUIaxho") // want `GitHub personal access token`
	return http.DefaultClient.Do(req)
}

// ReposFromEnv is the fixed version.
func ReposFromEnv() (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.github.com/orgs/acme/repos", nil)
	req.Header.Set("Authorization", "token "+os.Getenv("GITHUB_TOKEN")) // ok: AV102
	return http.DefaultClient.Do(req)
}
