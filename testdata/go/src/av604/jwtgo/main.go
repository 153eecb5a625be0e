// Command jwtgo accepts first-party HMAC tokens and partner RSA tokens in one parse, with
// github.com/dgrijalva/jwt-go (v3), whose parser lists the accepted methods in ValidMethods.
package main

import (
	"os"

	"github.com/dgrijalva/jwt-go"
)

var (
	secret     = []byte(os.Getenv("JWT_SECRET"))
	mixed      = []string{"RS256", "HS256"}
	asymmetric = []string{"RS256", "ES256"}
)

func keyfunc(t *jwt.Token) (interface{}, error) { return secret, nil }

func parse(raw string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: []string{"HS256", "RS256"}} // want `Parser\.ValidMethods accepts HMAC \(HS256\) and public-key \(RS256\) methods together`
	return p.Parse(raw, keyfunc)
}

func parseAssigned(raw string) (*jwt.Token, error) {
	p := new(jwt.Parser)
	p.ValidMethods = mixed // want `accepts HMAC \(HS256\) and public-key \(RS256\)`
	return p.Parse(raw, keyfunc)
}

func parseAlg(raw string) (*jwt.Token, error) {
	p := jwt.Parser{ValidMethods: []string{jwt.SigningMethodES256.Alg(), jwt.SigningMethodHS512.Alg()}} // want `accepts HMAC \(HS512\) and public-key \(ES256\)`
	return p.Parse(raw, keyfunc)
}

// --- near misses ---------------------------------------------------------------------------

func parsePartner(raw string) (*jwt.Token, error) {
	return (&jwt.Parser{ValidMethods: asymmetric}).Parse(raw, keyfunc) // ok: AV604
}

func parseFirstParty(raw string) (*jwt.Token, error) {
	p := new(jwt.Parser)
	p.ValidMethods = []string{"HS256", "HS512"} // ok: AV604
	return p.Parse(raw, keyfunc)
}

func main() {}
