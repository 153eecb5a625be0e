// Package auth holds the middleware of a payments service; its API package uses them. Their
// names say little: facts exported for them say what they do.
package auth

import (
	"crypto/hmac"
	"log"
	"net/http"
	"strings"
	"time"
)

// CheckCaller rejects requests without a valid session cookie.
func CheckCaller(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("sid")
		if err != nil || !validSession(c.Value) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Verifier checks signed tokens.
type Verifier struct{ key []byte }

// NewVerifier returns a verifier of tokens signed with key.
func NewVerifier(key []byte) *Verifier { return &Verifier{key: key} }

// Gate returns middleware that requires a token for scope.
func (v *Verifier) Gate(scope string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !v.verify(r, scope) {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func (v *Verifier) verify(r *http.Request, scope string) bool {
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	return hmac.Equal([]byte(tok), v.key) && scope != ""
}

// Trace logs request timings.
func Trace(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		log.Printf("%s %s %s", r.Method, r.URL.Path, time.Since(start))
	})
}

// AuthorLookup loads the author the X-Author header names, if any; it rejects nobody.
func AuthorLookup(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if name := r.Header.Get("X-Author"); name != "" {
			log.Printf("author %s", name)
		}
		next.ServeHTTP(w, r)
	})
}

func validSession(string) bool { return false }
