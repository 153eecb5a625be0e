package secrets

import "strings"

// redactionPrefixes start the names of functions that hide secrets (redact_url, maskPassword,
// _sanitize_dsn, scrubHeaders).
var redactionPrefixes = []string{"redact", "sanitiz", "sanitis", "mask", "scrub", "obfuscat", "censor"}

// RedactionName reports whether a function's name says it hides secrets: a mask or placeholder
// written inside it is the replacement shown instead of a secret, not a secret. Both languages'
// analyzers ask it; each adds its own display methods (__repr__, String).
func RedactionName(name string) bool {
	lower := strings.TrimLeft(strings.ToLower(name), "_")
	for _, p := range redactionPrefixes {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}
