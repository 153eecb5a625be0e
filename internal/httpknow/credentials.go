package httpknow

import (
	"net/netip"
	"strings"
)

// The tables below are read by the transport analyzers of both languages
// (analyzers/transport, analyzers/python/transport), so that both agree on what a credential is.

// dropSeparators removes - and _ from names before they are compared.
var dropSeparators = strings.NewReplacer("-", "", "_", "")

// CredentialHeader reports whether an HTTP header name carries credentials: Authorization,
// Proxy-Authorization, Cookie, and API keys, tokens, secrets and passwords (X-API-Key,
// X-Auth-Token, Private-Token, Ocp-Apim-Subscription-Key...). CSRF tokens are not credentials.
func CredentialHeader(name string) bool {
	n := strings.ToLower(name)
	n = strings.TrimPrefix(n, "x-")
	n = dropSeparators.Replace(n)
	switch n {
	case "authorization", "proxyauthorization", "cookie", "auth":
		return true
	case "csrftoken", "xsrftoken":
		return false
	}
	for _, s := range []string{"apikey", "accesskey", "secretkey", "authkey", "subscriptionkey", "token", "secret", "password", "passwd"} {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
}

// credentialParams are the query parameter names that carry credentials, compared in lower case
// without - and _. The bare "key" is left out: sort keys, object keys and cache keys are far more
// common; code, state and signatures belong in URLs by design.
var credentialParams = map[string]bool{
	"apikey": true, "xapikey": true, "apitoken": true, "accesstoken": true, "authtoken": true,
	"idtoken": true, "refreshtoken": true, "privatetoken": true, "token": true, "secret": true,
	"clientsecret": true, "apisecret": true, "secretkey": true, "password": true, "passwd": true,
	"sessionid": true,
}

// CredentialParam reports whether a URL query parameter name carries a credential.
func CredentialParam(name string) bool {
	return credentialParams[dropSeparators.Replace(strings.ToLower(name))]
}

// secretFieldWords are the words of form and JSON field names that carry a secret.
var secretFieldWords = []string{"password", "passwd", "passphrase", "secret", "api_key", "apikey"}

// SecretField reports whether a form or JSON field name a server reads carries a secret, and
// returns the word that says so.
func SecretField(name string) (string, bool) {
	n := strings.ToLower(name)
	for _, w := range secretFieldWords {
		if strings.Contains(n, w) {
			return w, true
		}
	}
	return "pwd", n == "pwd"
}

// Loopback reports whether a request to host does not leave the machine: localhost,
// *.localhost, a loopback address, the unspecified address (which a client reaches on the
// local host) and Docker's host.docker.internal.
func Loopback(host string) bool {
	host = strings.ToLower(strings.Trim(host, "[]"))
	if host == "localhost" || strings.HasSuffix(host, ".localhost") || host == "host.docker.internal" {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && (ip.IsLoopback() || ip.IsUnspecified())
}

// NonHTTPScheme reports whether a URL (holes written as NUL bytes) starts with a constant scheme
// other than http(s) and ws(s): otpauth:// URIs carry their secret by design, and database URLs
// are connection strings that no proxy logs.
func NonHTTPScheme(text string) bool {
	i := strings.Index(text, "://")
	if i <= 0 {
		return false
	}
	switch strings.ToLower(text[:i]) {
	case "http", "https", "ws", "wss":
		return false
	}
	for _, c := range text[:i] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}
