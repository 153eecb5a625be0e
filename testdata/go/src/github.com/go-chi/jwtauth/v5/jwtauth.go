// Package jwtauth is a stub of github.com/go-chi/jwtauth/v5 for apivet's analyzer tests.
package jwtauth

import "net/http"

// JWTAuth holds the signing and verification keys of a JWT algorithm.
type JWTAuth struct {
	alg       string
	signKey   interface{}
	verifyKey interface{}
}

// New creates a JWTAuth authenticator instance that provides middleware handlers and encoding
// and decoding functions for JWT signing.
func New(alg string, signKey interface{}, verifyKey interface{}) *JWTAuth {
	return &JWTAuth{alg: alg, signKey: signKey, verifyKey: verifyKey}
}

// Verifier http middleware handler will verify a JWT string from a http request.
func Verifier(ja *JWTAuth) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// Authenticator is a default authentication middleware to enforce access from the Verifier
// middleware request context values.
func Authenticator(ja *JWTAuth) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}
