// Command jwtgo reads JWTs with github.com/dgrijalva/jwt-go (v3, no parser options) in the ways
// AV601 must and must not report.
package main

import (
	"errors"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/dgrijalva/jwt-go"
)

var secret = []byte(os.Getenv("JWT_SECRET"))

type claims struct {
	Role string `json:"role"`
	jwt.StandardClaims
}

func keyfunc(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("unexpected signing method")
	}
	return secret, nil
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// admin trusts the role claim of a token it never verifies.
func admin(w http.ResponseWriter, r *http.Request) {
	var c claims
	if _, _, err := new(jwt.Parser).ParseUnverified(bearer(r), &c); err != nil { // want `ParseUnverified does not check the signature`
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	if c.Role != "admin" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.Write([]byte("welcome"))
}

func role(raw string) string {
	tok, _, err := (&jwt.Parser{}).ParseUnverified(raw, jwt.MapClaims{}) // want `ParseUnverified does not check the signature`
	if err != nil {
		return ""
	}
	role, _ := tok.Claims.(jwt.MapClaims)["role"].(string)
	return role
}

// profile drops the error: a token with a bad signature still comes back with its claims.
func profile(w http.ResponseWriter, r *http.Request) {
	tok, _ := jwt.Parse(bearer(r), keyfunc) // want `the error of jwt\.Parse is discarded and tok\.Valid is never checked`
	sub, _ := tok.Claims.(jwt.MapClaims)["sub"].(string)
	w.Write([]byte(sub))
}

func settings(w http.ResponseWriter, r *http.Request) {
	var c claims
	jwt.ParseWithClaims(bearer(r), &c, keyfunc) // want `the error of jwt\.ParseWithClaims is discarded`
	w.Write([]byte(c.Subject))
}

func orders(w http.ResponseWriter, r *http.Request) {
	var c claims
	p := &jwt.Parser{ValidMethods: []string{"HS256"}}
	_, _ = p.ParseWithClaims(bearer(r), &c, keyfunc) // want `the error of Parser\.ParseWithClaims is discarded and the result is never checked`
	w.Write([]byte(c.Subject))
}

// --- near misses ---------------------------------------------------------------------------

// byKid reads the key ID without verification, then verifies with the key it names.
func byKid(raw string, keys map[string][]byte) (*jwt.Token, error) {
	unverified, _, err := new(jwt.Parser).ParseUnverified(raw, jwt.MapClaims{}) // ok: AV601
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
	var c claims
	if _, err := jwt.ParseWithClaims(bearer(r), &c, keyfunc); err != nil { // ok: AV601
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	w.Write([]byte(c.Subject))
}

func validChecked(w http.ResponseWriter, r *http.Request) {
	tok, _ := jwt.Parse(bearer(r), keyfunc) // ok: AV601
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
	http.HandleFunc("/role", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(role(bearer(r)))) })
	log.Fatal(http.ListenAndServe(":8080", nil))
}
