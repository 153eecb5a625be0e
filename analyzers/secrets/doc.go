// Package secrets defines analyzers that report hardcoded secrets in Go code: credentials bound
// to credential-named variables, fields, keys and parameters or passed to security APIs (AV101),
// provider-format tokens and private keys anywhere (AV102), tutorial placeholders used as secrets
// (AV103) and passwords in connection URLs and DSNs (AV104).
//
// Each analyzer is named by its rule ID and documented by the rule's catalogue entry
// (rules/catalog/AVnnn.md); run `apivet rules AV101` for the full text. The four analyzers share
// one non-reporting analyzer, ScanAnalyzer, which finds the package's string constants once,
// works out where each one goes and asks the shared engine (internal/secrets) for matches; each
// rule analyzer then reports its own rule's matches, so `-AV101=false` turns off AV101 alone.
//
// What a literal is: a maximal constant expression of string type that contains at least one
// string literal — "…", a concatenation the type checker folds ("ghp_" + "…"), a conversion to a
// named string type — seen through parentheses and conversions such as []byte("…"). Its context
// is the binding it goes to (const/var specs, assignments, struct, map and http.Header literal
// keys, os.Setenv and flag defaults, parameters with credential names, comparisons such as
// password == "…", named results and function names of returns) and the security API it is
// passed to (JWT signing keys and Keyfuncs, hmac.New, SetBasicAuth, Authorization headers,
// url.UserPassword, gin.Accounts, session cookie stores). A package-level or local constant or
// variable initialised with a literal and passed, unchanged, to a security API gives the literal
// that API's context: the finding is reported once, at the literal.
//
// Generated files (ast.IsGenerated) are skipped: their strings are descriptors, embedded assets
// and fixtures, and any secret in them came from an input that is itself scanned. _test.go files
// are scanned with the engine's test-file rules (no placeholders, no hex digests, provider tokens
// still reported).
package secrets
