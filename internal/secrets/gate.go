package secrets

import "strings"

// feats is the set of cheap features of a literal that detector gates test.
// They are computed in a single pass over the bytes (featuresOf), so a
// literal such as "GET" or "/api/v1/users" costs one table lookup per byte.
type feats uint64

const (
	fEq    feats = 1 << iota // '='
	fColon                   // ':'
	fQuote                   // '"' or '\''
	fAt                      // '@'
	fURL                     // "://"
	fDSN                     // "@tcp(", "@unix(", "@udp("
	fPEM                     // "PRIVATE KEY"
	fFirstFormat
)

type trigger struct {
	s    string // for fold triggers: lower case
	fold bool
	bit  feats
}

// triggers indexed by first byte (exact) and by lower-cased first byte
// (case-insensitive).
var triggerTable [256][]trigger

// interesting marks bytes that start a trigger or set a byte feature.
var interesting = [256]bool{'=': true, ':': true, '"': true, '\'': true, '@': true}

func addTrigger(s string, fold bool, bit feats) {
	c := s[0]
	interesting[c] = true
	triggerTable[c] = append(triggerTable[c], trigger{s, fold, bit})
	if fold && isLower(c) {
		u := c - 'a' + 'A'
		interesting[u] = true
		triggerTable[u] = append(triggerTable[u], trigger{s, fold, bit})
	}
}

func init() {
	if len(formats) > 64-int(countBits(fFirstFormat-1)) {
		panic("secrets: too many formats for the feature bitset")
	}
	for i, f := range formats {
		f.bit = fFirstFormat << uint(i)
		for _, s := range f.anyOf {
			addTrigger(s, false, f.bit)
		}
	}
	addTrigger("://", false, fURL)
	for _, s := range []string{"@tcp(", "@unix(", "@udp("} {
		addTrigger(s, false, fDSN)
	}
	addTrigger("PRIVATE KEY", false, fPEM)
	for _, f := range formats {
		if f.minLen < minFormatLen {
			minFormatLen = f.minLen
		}
	}
	if pemMinLen < minFormatLen {
		panic("secrets: the short-literal path of featuresOf would miss PEM blocks")
	}
}

// minFormatLen is the shortest literal any provider format can match.
var minFormatLen = 1 << 30

func countBits(f feats) int {
	n := 0
	for ; f != 0; f &= f - 1 {
		n++
	}
	return n
}

// featuresOf computes the feature set of v. Short literals, which no
// provider format can match, only get the cheap byte checks.
func featuresOf(v string) feats {
	var ft feats
	if len(v) < minFormatLen {
		if strings.IndexByte(v, '=') >= 0 {
			ft |= fEq
		}
		if strings.IndexByte(v, ':') >= 0 {
			ft |= fColon
			if strings.Contains(v, "://") {
				ft |= fURL
			}
		}
		if strings.IndexByte(v, '"') >= 0 || strings.IndexByte(v, '\'') >= 0 {
			ft |= fQuote
		}
		if strings.IndexByte(v, '@') >= 0 {
			ft |= fAt
			if strings.Contains(v, "@tcp(") || strings.Contains(v, "@unix(") || strings.Contains(v, "@udp(") {
				ft |= fDSN
			}
		}
		return ft
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !interesting[c] {
			continue
		}
		switch c {
		case '=':
			ft |= fEq
		case ':':
			ft |= fColon
		case '"', '\'':
			ft |= fQuote
		case '@':
			ft |= fAt
		}
		for _, t := range triggerTable[c] {
			if ft&t.bit != 0 || len(v)-i < len(t.s) {
				continue
			}
			if t.fold {
				if hasPrefixFold(v[i:], t.s) {
					ft |= t.bit
				}
			} else if strings.HasPrefix(v[i:], t.s) {
				ft |= t.bit
			}
		}
	}
	return ft
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix,
// ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for j := 0; j < len(prefix); j++ {
		c := s[j]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != prefix[j] {
			return false
		}
	}
	return true
}

func (f *format) gate(v string, ft feats) bool { return len(v) >= f.minLen && ft&f.bit != 0 }

func pemGate(v string, ft feats) bool { return len(v) >= pemMinLen && ft&fPEM != 0 }

func urlGate(v string, ft feats) bool { return len(v) >= urlMinLen && ft&fURL != 0 && ft&fAt != 0 }

func dsnGate(v string, ft feats) bool { return len(v) >= dsnMinLen && ft&fDSN != 0 }

// kvGate: an '=' (or a ':' and a quote) and a credential-name fragment.
func kvGate(v string, ft feats) bool {
	if len(v) < kvMinLen || (ft&fEq == 0 && (ft&fColon == 0 || ft&fQuote == 0)) {
		return false
	}
	for _, f := range credFragments {
		if containsFold(v, f) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII sub,
// ignoring ASCII case, without allocating.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if hasPrefixFold(s[i:], sub) {
			return true
		}
	}
	return false
}

func authSchemeGate(v string) bool {
	if len(v) < schemeMinLen {
		return false
	}
	s, e := trimRange(v)
	sc, _ := splitAuthScheme(v[s:e])
	return sc != ""
}
