// Command golangjwt issues and accepts unsigned tokens with github.com/golang-jwt/jwt/v5.
package main

import (
	"errors"
	"log"
	"net/http"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte(os.Getenv("JWT_SECRET"))

var acceptedMethods = []string{"HS256", "none"}

func issueUnsigned(sub string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"sub": sub}) // want `the token is signed with jwt\.SigningMethodNone`
	return tok.SignedString(jwt.UnsafeAllowNoneSignatureType)
}

func issueByName(sub string) (string, error) {
	tok := jwt.New(jwt.GetSigningMethod("none")) // want `the token is signed with jwt\.SigningMethodNone`
	return tok.SignedString(jwt.UnsafeAllowNoneSignatureType)
}

func issueLiteral() *jwt.Token {
	tok := &jwt.Token{Method: jwt.SigningMethodNone, Header: map[string]interface{}{"alg": "none"}} // want `signed with jwt\.SigningMethodNone`
	tok.Method = jwt.SigningMethodNone                                                              // want `signed with jwt\.SigningMethodNone`
	return tok
}

func parseAny(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if t.Method == jwt.SigningMethodNone {
			return jwt.UnsafeAllowNoneSignatureType, nil // want `returning jwt\.UnsafeAllowNoneSignatureType lets tokens with "alg": "none" through`
		}
		return secret, nil
	}, jwt.WithValidMethods([]string{"HS256", "none"})) // want `jwt\.WithValidMethods allows the "none" algorithm`
}

func parseConfigured(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyfunc, jwt.WithValidMethods(acceptedMethods)) // want `jwt\.WithValidMethods allows the "none" algorithm`
}

func parseAlg(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{jwt.SigningMethodNone.Alg()})) // want `allows the "none" algorithm`
}

// --- near misses ---------------------------------------------------------------------------

func keyfunc(t *jwt.Token) (interface{}, error) {
	if t.Method == jwt.SigningMethodNone { // ok: AV602 (rejecting it)
		return nil, errors.New("unsigned token")
	}
	if t.Method.Alg() == jwt.SigningMethodNone.Alg() { // ok: AV602
		return nil, errors.New("unsigned token")
	}
	return secret, nil
}

func issue(sub string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub}) // ok: AV602
	return tok.SignedString(secret)
}

func parse(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()})) // ok: AV602
}

func main() {
	http.HandleFunc("/token", func(w http.ResponseWriter, r *http.Request) {
		s, err := issue(r.URL.Query().Get("sub"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Write([]byte(s))
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
