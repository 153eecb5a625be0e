package secrets

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Redact returns a display form of a secret that is safe to print: a short
// quoted prefix and the length, e.g. `"AKIA…" (20 chars)`. Values of eight
// characters or fewer show no prefix at all (`(6 chars)`), so the output for
// them depends only on their length. The full value is never included.
func Redact(value string) string {
	n := utf8.RuneCountInString(value)
	short := "(" + strconv.Itoa(n) + " chars)"
	if n <= 8 {
		return short
	}
	k := 4
	switch {
	case n < 12:
		k = 2
	case n < 20:
		k = 3
	}
	prefix := value
	for i := range value {
		if k == 0 {
			prefix = value[:i]
			break
		}
		k--
	}
	out := strconv.Quote(prefix+"…") + " " + short
	// Guard against pathological values that spell out their own redaction.
	for _, cand := range []string{out, short, "(redacted)"} {
		if !strings.Contains(cand, value) {
			return cand
		}
	}
	return ""
}

// redactInline turns `"s3cr…" (24 chars)` into `"s3cr…", 24 chars` for use
// inside parentheses in messages; `(6 chars)` becomes `6 chars`.
func redactInline(r string) string {
	if strings.HasPrefix(r, "(") && strings.HasSuffix(r, ")") {
		return r[1 : len(r)-1]
	}
	if i := strings.LastIndex(r, " ("); i > 0 && strings.HasSuffix(r, ")") {
		return r[:i] + ", " + r[i+2:len(r)-1]
	}
	return r
}
