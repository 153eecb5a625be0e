// Package transport defines analyzers that report credentials sent or received badly by Go API
// code: Basic credentials not base64-encoded (AV501), credentials sent over plain HTTP (AV502),
// TLS verification switched off (AV503), TLS versions below 1.2 (AV504), API keys in URLs (AV505)
// and servers that receive credentials without TLS (AV506). Clients are net/http and go-resty,
// whose Client and Request setters are grouped with the variables, fields and functions that
// hold them (resty.go).
//
// Each analyzer is named by its rule ID and documented by the rule's catalogue entry
// (rules/catalog/AVnnn.md); run `apivet rules AV501` for the full text. None of them reports in
// _test.go files: tests build requests to fake hosts, malformed headers and insecure TLS
// configurations on purpose, to exercise the code, and do not ship.
package transport
