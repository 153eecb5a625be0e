// Package httpknow holds HTTP knowledge that the Go and Python analyzers share as data, so that a
// name means the same thing in both languages: which cookie names carry sessions or credentials.
package httpknow
