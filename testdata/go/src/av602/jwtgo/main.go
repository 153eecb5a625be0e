// Command jwtgo issues and accepts tokens with github.com/dgrijalva/jwt-go (v3), whose parser
// takes the accepted methods in its ValidMethods field.
package main

import (
	"errors"
	"os"

	"github.com/dgrijalva/jwt-go"
)

var (
	secret         = []byte(os.Getenv("JWT_SECRET"))
	allowedMethods = []string{"HS256", "none"}
)

func keyfunc(t *jwt.Token) (interface{}, error) { return secret, nil }

func issue(sub string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"sub": sub}) // want `the token is signed with jwt\.SigningMethodNone`
	return tok.SignedString(jwt.UnsafeAllowNoneSignatureType)
}

func issueByName(sub string) (string, error) {
	tok := jwt.New(jwt.GetSigningMethod("none")) // want `the token is signed with jwt\.SigningMethodNone`
	return tok.SignedString(secret)
}

func parseUnsigned(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return jwt.UnsafeAllowNoneSignatureType, nil // want `returning jwt\.UnsafeAllowNoneSignatureType lets tokens with "alg": "none" through`
	})
}

func parseListed(raw string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: []string{"HS256", "none"}} // want `Parser\.ValidMethods allows the "none" algorithm`
	return p.Parse(raw, keyfunc)
}

func parseVar(raw string) (*jwt.Token, error) {
	p := jwt.Parser{ValidMethods: allowedMethods} // want `Parser\.ValidMethods allows the "none" algorithm`
	return p.Parse(raw, keyfunc)
}

func parseAssigned(raw string) (*jwt.Token, error) {
	p := new(jwt.Parser)
	p.ValidMethods = []string{jwt.SigningMethodNone.Alg()} // want `Parser\.ValidMethods allows the "none" algorithm`
	return p.Parse(raw, keyfunc)
}

// --- near misses ---------------------------------------------------------------------------

func rejectUnsigned(t *jwt.Token) (interface{}, error) {
	if t.Method == jwt.SigningMethodNone { // ok: AV602 (rejecting it)
		return nil, errors.New("unsigned token")
	}
	if t.Method.Alg() == jwt.SigningMethodNone.Alg() { // ok: AV602
		return nil, errors.New("unsigned token")
	}
	return secret, nil
}

func issueSigned(sub string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub}) // ok: AV602
	return tok.SignedString(secret)
}

func parsePinned(raw string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: []string{jwt.SigningMethodHS256.Alg()}} // ok: AV602
	return p.Parse(raw, rejectUnsigned)
}

func main() {}
