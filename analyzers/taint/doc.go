// Package taint defines analyzers that report request data reaching a dangerous sink without
// validation: SQL built from strings (AV401), shell commands (AV402), unescaped HTML (AV403), file
// paths (AV404), redirects (AV405), gob decoding of request bodies (AV406) and outgoing requests
// to a client-chosen URL (AV407).
//
// The flows are computed once per package by Analyzer (not a rule: it reports nothing), an
// intraprocedural taint analysis on SSA with per-function summaries. Summaries are kept in a
// package-local map, so flows through helpers of the same package are found without facts, and
// exported as facts for flows through helpers of other packages (go vet -vettool, golangci-lint,
// analysistest, apivet --deep). The rule analyzers report the flows of their sink kind.
//
// Each rule analyzer is named by its rule ID and documented by the rule's catalogue entry
// (rules/catalog/AVnnn.md); run `apivet rules AV401` for the full text. Flows in _test.go files
// are not reported: test handlers do not ship and test requests are built by the test itself.
package taint
