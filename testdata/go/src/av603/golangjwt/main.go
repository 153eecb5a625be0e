// Command golangjwt verifies tokens with github.com/golang-jwt/jwt/v5, with and without pinning
// the signing method.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var (
	secret    = []byte(os.Getenv("JWT_SECRET"))
	publicPEM = []byte(os.Getenv("JWT_PUBLIC_KEY"))
	keys      = map[string]interface{}{}
)

type server struct {
	parser *jwt.Parser
}

// lookup returns whichever key the kid names: HMAC secrets and RSA keys live side by side.
func lookup(t *jwt.Token) (interface{}, error) {
	kid, _ := t.Header["kid"].(string)
	return keys[kid], nil
}

func parseLiteral(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // want `jwt\.Parse accepts whatever algorithm the token's header names`
		return secret, nil
	})
}

func parseNamed(raw string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(raw, &jwt.RegisteredClaims{}, lookup) // want `jwt\.ParseWithClaims accepts whatever algorithm`
}

func parseWithParser(raw string) (*jwt.Token, error) {
	p := jwt.NewParser(jwt.WithLeeway(5))
	return p.Parse(raw, lookup) // want `Parser\.Parse accepts whatever algorithm`
}

func parsePEM(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // want `jwt\.Parse accepts whatever algorithm`
		return jwt.ParseRSAPublicKeyFromPEM(publicPEM)
	}, jwt.WithIssuer("auth.example.com"))
}

// --- near misses ---------------------------------------------------------------------------

func parsePinned(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, lookup, jwt.WithValidMethods([]string{"RS256"})) // ok: AV603
}

func parseAsserted(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // ok: AV603
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", t.Header["alg"])
		}
		return secret, nil
	})
}

func parseSwitch(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // ok: AV603
		switch t.Method.(type) {
		case *jwt.SigningMethodRSA:
			return jwt.ParseRSAPublicKeyFromPEM(publicPEM)
		}
		return nil, fmt.Errorf("unexpected signing method")
	})
}

func parseAlg(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // ok: AV603
		if t.Method.Alg() != jwt.SigningMethodHS256.Alg() {
			return nil, fmt.Errorf("unexpected signing method")
		}
		return secret, nil
	})
}

func parseHeader(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // ok: AV603
		if t.Header["alg"] != "HS256" {
			return nil, fmt.Errorf("unexpected signing method")
		}
		return secret, nil
	})
}

func parseDelegated(raw string, check func(*jwt.Token) error) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // ok: AV603 (the helper may check)
		if err := check(t); err != nil {
			return nil, err
		}
		return secret, nil
	})
}

func (s *server) parse(raw string) (*jwt.Token, error) {
	return s.parser.Parse(raw, lookup) // ok: AV603 (a parser built elsewhere)
}

func parseWith(raw string, kf jwt.Keyfunc, opts ...jwt.ParserOption) (*jwt.Token, error) {
	return jwt.Parse(raw, kf, opts...) // ok: AV603 (the caller's Keyfunc and options)
}

func parsePinnedParser(raw string) (*jwt.Token, error) {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))
	return p.Parse(raw, lookup) // ok: AV603
}

func main() {
	s := &server{parser: jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))}
	http.HandleFunc("/me", func(w http.ResponseWriter, r *http.Request) {
		if _, err := s.parse(r.Header.Get("Authorization")); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
		}
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
