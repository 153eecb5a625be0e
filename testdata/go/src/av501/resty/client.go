// Package resty is an API client on github.com/go-resty/resty/v2 that builds Authorization
// headers in the ways AV501 must and must not report.
package resty

import (
	"encoding/base64"
	"fmt"

	"github.com/go-resty/resty/v2"
)

type Config struct {
	User, Key string
}

func requestHeader(client *resty.Client, user, pass string) (*resty.Response, error) {
	return client.R().
		SetHeader("Authorization", "Basic "+user+":"+pass). // want `the Authorization header sends Basic credentials as raw "user:secret" text`
		Get("https://api.example.com/v1/orders")
}

func clientHeader(cfg Config) *resty.Client {
	return resty.New().
		SetBaseURL("https://api.example.com").
		SetHeader("Authorization", fmt.Sprintf("Basic %s:%s", cfg.User, cfg.Key)) // want `sends Basic credentials as raw`
}

func headerMap(client *resty.Client, user, pass string) *resty.Request {
	return client.R().SetHeaders(map[string]string{
		"Accept":        "application/json",
		"Authorization": "Basic " + user + ":" + pass, // want `sends Basic credentials as raw`
	})
}

// --- Near misses ---

func setBasicAuth(client *resty.Client, user, pass string) *resty.Request {
	return client.R().SetBasicAuth(user, pass) // ok: AV501
}

func encoded(client *resty.Client, user, pass string) *resty.Request {
	creds := base64.StdEncoding.EncodeToString([]byte(user + ":" + pass))
	return client.R().SetHeader("Authorization", "Basic "+creds) // ok: AV501
}

func bearer(client *resty.Client, token string) *resty.Request {
	return client.R().SetHeader("Authorization", "Bearer "+token) // ok: AV501
}
