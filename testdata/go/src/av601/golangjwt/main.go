// Command golangjwt reads JWTs with github.com/golang-jwt/jwt/v5 in the ways AV601 must and must
// not report.
package main

import (
	"errors"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte(os.Getenv("JWT_SECRET"))

type claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

func keyfunc(t *jwt.Token) (interface{}, error) { return secret, nil }

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// admin trusts the role claim of a token it never verifies.
func admin(w http.ResponseWriter, r *http.Request) {
	var c claims
	parser := jwt.NewParser()
	if _, _, err := parser.ParseUnverified(bearer(r), &c); err != nil { // want `ParseUnverified does not check the signature`
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	if c.Role != "admin" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.Write([]byte("welcome"))
}

// profile drops the error: a token with a bad signature still comes back with its claims.
func profile(w http.ResponseWriter, r *http.Request) {
	tok, _ := jwt.Parse(bearer(r), keyfunc, jwt.WithValidMethods([]string{"HS256"})) // want `the error of jwt\.Parse is discarded and tok\.Valid is never checked`
	sub, _ := tok.Claims.GetSubject()
	w.Write([]byte(sub))
}

func settings(w http.ResponseWriter, r *http.Request) {
	var c claims
	jwt.ParseWithClaims(bearer(r), &c, keyfunc, jwt.WithValidMethods([]string{"HS256"})) // want `the error of jwt\.ParseWithClaims is discarded`
	w.Write([]byte(c.Subject))
}

func orders(w http.ResponseWriter, r *http.Request) {
	var c claims
	_, _ = jwt.NewParser(jwt.WithValidMethods([]string{"HS256"})).ParseWithClaims(bearer(r), &c, keyfunc) // want `the error of Parser\.ParseWithClaims is discarded and the result is never checked`
	w.Write([]byte(c.Subject))
}

// --- near misses ---------------------------------------------------------------------------

// byKid reads the key ID without verification, then verifies with the key it names.
func byKid(raw string, keys map[string][]byte) (*jwt.Token, error) {
	unverified, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{}) // ok: AV601
	if err != nil {
		return nil, err
	}
	kid, _ := unverified.Header["kid"].(string)
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errors.New("unexpected method")
		}
		return keys[kid], nil
	})
}

func checked(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), keyfunc, jwt.WithValidMethods([]string{"HS256"})) // ok: AV601
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.GetSubject()
	w.Write([]byte(sub))
}

func validChecked(w http.ResponseWriter, r *http.Request) {
	tok, _ := jwt.Parse(bearer(r), keyfunc, jwt.WithValidMethods([]string{"HS256"})) // ok: AV601
	if tok == nil || !tok.Valid {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	w.Write([]byte("ok"))
}

func main() {
	http.HandleFunc("/admin", admin)
	http.HandleFunc("/profile", profile)
	http.HandleFunc("/settings", settings)
	http.HandleFunc("/orders", orders)
	http.HandleFunc("/checked", checked)
	http.HandleFunc("/valid", validChecked)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
