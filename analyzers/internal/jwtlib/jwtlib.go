// Package jwtlib lists the Go JWT libraries the analyzers model: golang-jwt and the libraries it
// continues, which share the API the rules read (Parse, ParseWithClaims, Parser, Keyfunc, Token,
// the SigningMethod variables). One list, so that the secrets and crypto families agree on what
// a JWT library is.
package jwtlib

import "slices"

// Paths are the import paths of golang-jwt and its predecessors. The v3 libraries (no /vN
// suffix) have no parser options: they pin algorithms with the Parser's ValidMethods field.
var Paths = []string{
	"github.com/golang-jwt/jwt/v5",
	"github.com/golang-jwt/jwt/v4",
	"github.com/golang-jwt/jwt",       // v3, the first release of the fork
	"github.com/dgrijalva/jwt-go",     // v3, archived in 2021; golang-jwt continues it
	"github.com/dgrijalva/jwt-go/v4",  // v4.0.0-preview1, with parser options
	"github.com/form3tech-oss/jwt-go", // a fork of dgrijalva/jwt-go v3
}

// Is reports whether path is the import path of one of the JWT libraries.
func Is(path string) bool {
	return slices.Contains(Paths, path)
}
