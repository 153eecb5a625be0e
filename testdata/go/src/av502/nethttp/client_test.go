package nethttp

import (
	"net/http"
	"testing"
)

// Tests build requests to fake hosts and malformed headers on purpose: nothing is reported here.
func TestParseBasicAuth(t *testing.T) {
	r, _ := http.NewRequest("GET", "http://example.com/", nil)
	r.SetBasicAuth("user", "pass")                                // ok: AV502 (a test file)
	r.Header.Set("Authorization", "Basic "+"user"+":"+"pass")     // ok: AV501
	http.Get("http://user:pass@example.com/?api_key=" + t.Name()) // ok: AV502, AV505
}
