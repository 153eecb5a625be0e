// Package golangjwt signs tokens with the key every JWT tutorial uses.
package golangjwt

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

// Sign signs with "secret".
func Sign(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub}).SignedString([]byte("secret")) // want `placeholder secret \(6 chars\) passed as JWT signing key`
}

var jwtSecret = []byte("your_secret_key_here") // want `placeholder secret key "your…" \(20 chars\) assigned to "jwtSecret"`

// Parse verifies with the placeholder key.
func Parse(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(*jwt.Token) (interface{}, error) { return jwtSecret, nil })
}

// SignFromEnv is the fixed version.
func SignFromEnv(sub string) (string, error) {
	key := []byte(os.Getenv("JWT_SECRET"))                                                                           // ok: AV103
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub, "scope": "secret"}).SignedString(key) // ok: AV103
}
