// Package all lists apivet's Go analyzers, one per rule, in rule order. It stays free of cgo, so
// the golangci-lint plugin and go vet's unitchecker can use it.
package all

import (
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/apivet/apivet/analyzers/crypto"
	"github.com/apivet/apivet/analyzers/debugmode"
	"github.com/apivet/apivet/analyzers/hardening"
	"github.com/apivet/apivet/analyzers/routeauth"
	"github.com/apivet/apivet/analyzers/secrets"
	"github.com/apivet/apivet/analyzers/taint"
	"github.com/apivet/apivet/analyzers/transport"
)

// Analyzers returns every Go analyzer, sorted by rule ID.
func Analyzers() []*analysis.Analyzer {
	var as []*analysis.Analyzer
	as = append(as, crypto.Analyzers...)
	as = append(as, debugmode.Analyzers...)
	as = append(as, hardening.Analyzers...)
	as = append(as, routeauth.Analyzers...)
	as = append(as, secrets.Analyzers...)
	as = append(as, taint.Analyzers...)
	as = append(as, transport.Analyzers...)
	sort.Slice(as, func(i, j int) bool { return as[i].Name < as[j].Name })
	return as
}
