// Command jwtgo verifies tokens with github.com/dgrijalva/jwt-go (v3), with and without pinning
// the signing method. v3 has no parser options: a Parser pins methods with its ValidMethods
// field, or the Keyfunc checks token.Method.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/dgrijalva/jwt-go"
)

var (
	secret    = []byte(os.Getenv("JWT_SECRET"))
	publicPEM = []byte(os.Getenv("JWT_PUBLIC_KEY"))
	keys      = map[string]interface{}{}
	methods   = []string{"RS256"}
)

// lookup returns whichever key the kid names: HMAC secrets and RSA keys live side by side.
func lookup(t *jwt.Token) (interface{}, error) {
	kid, _ := t.Header["kid"].(string)
	return keys[kid], nil
}

func parseLiteral(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // want `jwt\.Parse accepts whatever algorithm the token's header names: the Parser's ValidMethods is not set`
		return secret, nil
	})
}

func parseNamed(raw string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(raw, &jwt.StandardClaims{}, lookup) // want `jwt\.ParseWithClaims accepts whatever algorithm`
}

func parseNew(raw string) (*jwt.Token, error) {
	return new(jwt.Parser).Parse(raw, lookup) // want `Parser\.Parse accepts whatever algorithm`
}

func parseParserLiteral(raw string) (*jwt.Token, error) {
	p := &jwt.Parser{SkipClaimsValidation: true}
	return p.Parse(raw, lookup) // want `Parser\.Parse accepts whatever algorithm`
}

func parsePEM(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // want `jwt\.Parse accepts whatever algorithm`
		return jwt.ParseRSAPublicKeyFromPEM(publicPEM)
	})
}

// --- near misses ---------------------------------------------------------------------------

func parsePinned(raw string) (*jwt.Token, error) {
	return (&jwt.Parser{ValidMethods: []string{"RS256"}}).Parse(raw, lookup) // ok: AV603
}

func parsePinnedVar(raw string) (*jwt.Token, error) {
	p := jwt.Parser{ValidMethods: methods, UseJSONNumber: true}
	return p.ParseWithClaims(raw, &jwt.StandardClaims{}, lookup) // ok: AV603
}

func parsePinnedLater(raw string) (*jwt.Token, error) {
	p := new(jwt.Parser)
	p.ValidMethods = []string{"HS256"}
	return p.Parse(raw, lookup) // ok: AV603
}

func parseAsserted(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // ok: AV603
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", t.Header["alg"])
		}
		return secret, nil
	})
}

func parseAlg(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // ok: AV603
		if t.Method.Alg() != "RS256" {
			return nil, fmt.Errorf("unexpected signing method")
		}
		return jwt.ParseRSAPublicKeyFromPEM(publicPEM)
	})
}

func parseWith(raw string, p *jwt.Parser) (*jwt.Token, error) {
	return p.Parse(raw, lookup) // ok: AV603 (a parser built elsewhere)
}

func main() {
	http.HandleFunc("/me", func(w http.ResponseWriter, r *http.Request) {
		if _, err := parsePinned(r.Header.Get("Authorization")); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
		}
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
