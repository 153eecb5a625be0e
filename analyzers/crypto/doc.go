// Package crypto defines analyzers that report token and cryptography misuse in Go HTTP API
// code: golang-jwt tokens parsed without verification (AV601), the "none" algorithm (AV602),
// verification that lets the token pick its algorithm (AV603), HMAC and public-key algorithms
// accepted together (AV604), secrets compared with == (AV605), and passwords hashed with a fast
// hash or compared in plain text (AV606).
//
// golang-jwt stands for the libraries package jwtlib lists: golang-jwt v5, v4 and v3 and its
// predecessors dgrijalva/jwt-go and form3tech-oss/jwt-go, whose v3 API pins algorithms with the
// Parser's ValidMethods field instead of parser options. Libraries are recognised by type
// (typeutil.Callee and named types), never by names alone.
// Secrets are recognised by the credential-name rules shared with the Python twins (package
// credentials), by the request headers and environment variables they come from, and by
// hmac.New. A local variable assigned once is followed a few steps; what a function receives
// or a package we cannot see decides is given the benefit of the doubt. _test.go files are
// skipped: tests build unsigned tokens, parse without verification and compare secrets on
// purpose.
//
// The package is named crypto after its family; it shadows the standard library's crypto
// only inside this package, which does not need it.
package crypto
