package secrets

import "regexp"

// Custom is an organisation-specific token format from the configuration, reported under AV102
// like the built-in provider formats.
type Custom struct {
	Name        string
	Description string
	Regex       *regexp.Regexp
}

// ScanCustom returns the matches of the custom formats in a literal. It has no prefilter: callers
// run it on every literal when custom formats are configured.
func ScanCustom(value string, formats []Custom) []Match {
	var out []Match
	for _, c := range formats {
		for _, loc := range c.Regex.FindAllStringIndex(value, -1) {
			if loc[0] == loc[1] {
				continue
			}
			out = append(out, Match{
				Rule: RuleTokenFormat, Kind: "custom:" + c.Name, Description: c.Description,
				Start: loc[0], End: loc[1], Redacted: Redact(value[loc[0]:loc[1]]), Confidence: High,
			})
		}
	}
	return out
}
