package main

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// Tests build unsigned tokens to prove they are refused: not reported.
func TestRejectsUnsigned(t *testing.T) {
	raw, _ := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"sub": "x"}).SignedString(jwt.UnsafeAllowNoneSignatureType)
	if _, err := parse(raw); err == nil {
		t.Fatal("unsigned token accepted")
	}
}
