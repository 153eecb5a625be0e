// Command golangjwt accepts first-party HMAC tokens and partner RSA tokens in one parse.
package main

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var (
	secret     = []byte(os.Getenv("JWT_SECRET"))
	mixed      = []string{"RS256", "HS256"}
	asymmetric = []string{"RS256", "ES256", "PS256", "EdDSA"}
)

func keyfunc(t *jwt.Token) (interface{}, error) { return secret, nil }

func parse(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{"HS256", "RS256"})) // want `jwt\.WithValidMethods accepts HMAC \(HS256\) and public-key \(RS256\) methods together`
}

func parseVar(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyfunc, jwt.WithValidMethods(mixed)) // want `accepts HMAC \(HS256\) and public-key \(RS256\)`
}

func parseAlg(raw string) (*jwt.Token, error) {
	p := jwt.NewParser(jwt.WithValidMethods([]string{jwt.SigningMethodEdDSA.Alg(), jwt.SigningMethodHS512.Alg()})) // want `accepts HMAC \(HS512\) and public-key \(EdDSA\)`
	return p.Parse(raw, keyfunc)
}

// --- near misses ---------------------------------------------------------------------------

func parsePartner(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyfunc, jwt.WithValidMethods(asymmetric)) // ok: AV604
}

func parseFirstParty(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{"HS256", "HS384"})) // ok: AV604
}

func main() {}
