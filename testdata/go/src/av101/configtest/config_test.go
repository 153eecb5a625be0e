package configtest

import "testing"

func TestDigest(t *testing.T) {
	const token = "fixture-token"                                                        // ok: AV101
	const wantToken = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8" // ok: AV101
	if got := Digest(token); got != wantToken {
		t.Errorf("Digest = %s", got)
	}
	password := "password123"                  // ok: AV101
	apiKey := "test-api-key"                   // ok: AV101
	clientSecret := "Xr7Kq2Vm9Lt4Nw8Bz3Hc5Pd1" // want `hardcoded secret key assigned to "clientSecret"`
	_, _, _ = password, apiKey, clientSecret
}
