// Package pyall lists apivet's Python analyzers, one per rule, in rule order.
package pyall

import (
	"sort"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/analyzers/python/crypto"
	"github.com/apivet/apivet/analyzers/python/debugmode"
	"github.com/apivet/apivet/analyzers/python/hardening"
	"github.com/apivet/apivet/analyzers/python/routeauth"
	"github.com/apivet/apivet/analyzers/python/secrets"
	"github.com/apivet/apivet/analyzers/python/taint"
	"github.com/apivet/apivet/analyzers/python/transport"
)

// Analyzers returns every Python analyzer, sorted by rule ID.
func Analyzers() []*python.Analyzer {
	var as []*python.Analyzer
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
