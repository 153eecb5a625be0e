// Package hardening defines analyzers that report missing HTTP hardening in Go API code: CORS
// that lets any origin make credentialed requests (AV701), error details sent to clients
// (AV702), servers without read timeouts (AV703), request bodies read without a size limit
// (AV704) and session cookies without the Secure or HttpOnly flag (AV705).
//
// Each analyzer is named by its rule ID and documented by the rule's catalogue entry
// (rules/catalog/AVnnn.md); run `apivet rules AV701` for the full text. None of them reports in
// _test.go files: test servers, handlers and cookies do not ship. Values computed at run time
// (configuration, environment) are left alone: only constants and literal configurations are
// judged, and a variable is followed only within its function.
package hardening
