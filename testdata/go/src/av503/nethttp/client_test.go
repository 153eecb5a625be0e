package nethttp

import (
	"crypto/tls"
	"testing"
)

func TestSelfSigned(t *testing.T) {
	cfg := &tls.Config{InsecureSkipVerify: true} // ok: AV503 (test files talk to local test servers)
	_ = cfg
}
