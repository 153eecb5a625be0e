// Package resty builds requests on github.com/go-resty/resty/v2 in the ways AV505 must and must
// not report.
package resty

import (
	"net/url"

	"github.com/go-resty/resty/v2"
)

const base = "https://api.example.com/v1"

func requestParam(client *resty.Client, key string) (*resty.Response, error) {
	return client.R().SetQueryParam("api_key", key).Get(base + "/weather") // want `the credential "api_key" is put in the request's query string by SetQueryParam: URLs are written to the logs`
}

func clientParams(token string) *resty.Client {
	return resty.New().SetBaseURL(base).SetQueryParams(map[string]string{
		"format":       "json",
		"access_token": token, // want `the credential "access_token" is put in the request's query string by SetQueryParams`
	})
}

func fromValues(client *resty.Client, secret string) *resty.Request {
	v := url.Values{}
	v.Set("client_secret", secret) // want `the credential "client_secret" is put in url\.Values`
	return client.R().SetQueryParamsFromValues(v)
}

func queryString(client *resty.Client, key string) *resty.Request {
	return client.R().SetQueryString("q=paris&apikey=" + key) // want `the credential "apikey" is put in the request's query string by SetQueryString`
}

func urlQuery(client *resty.Client, key string) (*resty.Response, error) {
	return client.R().Get(base + "/weather?apikey=" + key) // want `the URL carries the credential "apikey" in its query string`
}

// --- Near misses ---

func tokenRequest(client *resty.Client, id, secret string) (*resty.Response, error) {
	// The OAuth token request puts the client secret in a POST body, which is not a URL.
	return client.R().SetFormData(map[string]string{"grant_type": "client_credentials", "client_secret": secret}). // ok: AV505
															Post(base + "/oauth/token")
}

func headerInstead(client *resty.Client, key string) *resty.Request {
	return client.R().SetHeader("X-API-Key", key).SetQueryParam("page", "2") // ok: AV505
}

func ordinaryParams(client *resty.Client, sortKey, next string) *resty.Request {
	return client.R().
		SetQueryParam("key", sortKey).                 // ok: AV505 (the bare name key is too common)
		SetQueryParam("next_page_token", next).        // ok: AV505 (pagination)
		SetQueryParams(map[string]string{"token": ""}) // ok: AV505 (empty)
}
