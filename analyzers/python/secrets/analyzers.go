package secrets

import (
	"github.com/apivet/apivet/analyzers/python"
	engine "github.com/apivet/apivet/internal/secrets"
)

// The analyzers share one collection per file (see cache) and each reports its rule's findings.
//
// Keywords are left empty, so every file is parsed: no byte-level keyword list is sound for these
// rules. A token can be split over an implicit concatenation ("ghp_" "…") or written with escape
// sequences ("\x67hp_…"), so its prefix need not appear in the source bytes, and a name such as
// SECRET_KEY is not needed for AV102 and AV104 at all. Instead each literal without a binding costs
// one call of the engine's sound Prefilter, which turns most of them away without a scan.
var (
	HardcodedCredential = newAnalyzer(engine.RuleCredential, 1<<0)
	ProviderToken       = newAnalyzer(engine.RuleTokenFormat, 1<<1)
	PlaceholderSecret   = newAnalyzer(engine.RulePlaceholder, 1<<2)
	CredentialsInURL    = newAnalyzer(engine.RuleURLCreds, 1<<3)
)

// allRead is the union of the analyzers' bits.
const allRead = 1<<4 - 1

// Analyzers are the package's analyzers, in rule ID order.
var Analyzers = []*python.Analyzer{HardcodedCredential, ProviderToken, PlaceholderSecret, CredentialsInURL}

func newAnalyzer(id string, bit uint8) *python.Analyzer {
	return python.NewAnalyzer(id, kinds, nil, func(pass *python.Pass) {
		for _, r := range shared.results(pass.File, bit) {
			if r.rule == id {
				pass.Report(r.diag)
			}
		}
	})
}
