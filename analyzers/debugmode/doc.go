// Package debugmode defines analyzers that report debug switches left on in API code: a web
// framework's debug mode (AV201), Go's profiling endpoints served with the API (AV202) and the log
// level fixed at DEBUG (AV203).
//
// Each analyzer is named by its rule ID and documented by the rule's catalogue entry
// (rules/catalog/AVnnn.md); run `apivet rules AV201` for the full text. None of them reports in
// _test.go files: debug switches in tests do not ship.
package debugmode
