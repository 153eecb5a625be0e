package secrets

import (
	"math"
	"strings"
)

// stats summarises the character make-up of a candidate secret.
type stats struct {
	n                            int // bytes
	lower, upper, digit, symbol  int
	space, nonASCII              int
	hexOnly                      bool // only [0-9a-f] or only [0-9A-F] (and n > 0)
	entropy                      float64
	distinct                     int
	letterDigitLetter, caseFlips int
}

func isLower(c byte) bool     { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool     { return c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool     { return c >= '0' && c <= '9' }
func isLetter(c byte) bool    { return isLower(c) || isUpper(c) }
func isAlnumByte(c byte) bool { return isLetter(c) || isDigit(c) }
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// analyze computes stats for s (byte based; non-ASCII bytes count as symbols
// of their own class).
func analyze(s string) stats {
	var st stats
	st.n = len(s)
	var counts [256]uint16
	hexLower, hexUpper := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		counts[c]++
		switch {
		case isLower(c):
			st.lower++
			if c > 'f' {
				hexLower = false
			}
			hexUpper = false
		case isUpper(c):
			st.upper++
			if c > 'F' {
				hexUpper = false
			}
			hexLower = false
		case isDigit(c):
			st.digit++
		case isSpace(c):
			st.space++
			hexLower, hexUpper = false, false
		case c >= 0x80:
			st.nonASCII++
			hexLower, hexUpper = false, false
		default:
			st.symbol++
			hexLower, hexUpper = false, false
		}
		if i > 0 && i+1 < len(s) && isDigit(c) && isLetter(s[i-1]) && isLetter(s[i+1]) {
			st.letterDigitLetter++
		}
		if i > 0 && isLetter(c) && isLetter(s[i-1]) && isUpper(c) != isUpper(s[i-1]) {
			st.caseFlips++
		}
	}
	st.hexOnly = st.n > 0 && (hexLower || hexUpper)
	if st.n > 0 {
		n := float64(st.n)
		for _, k := range counts {
			if k == 0 {
				continue
			}
			st.distinct++
			p := float64(k) / n
			st.entropy -= p * math.Log2(p)
		}
	}
	return st
}

// shannon returns the Shannon entropy of s in bits per byte.
func shannon(s string) float64 { return analyze(s).entropy }

func (st stats) letters() int { return st.lower + st.upper }

func (st stats) classes() int {
	k := 0
	for _, c := range []int{st.lower, st.upper, st.digit, st.symbol} {
		if c > 0 {
			k++
		}
	}
	return k
}

// entropyThreshold is the entropy a random string of this length over the
// apparent alphabet comfortably exceeds: 70% of the maximum achievable.
func (st stats) entropyThreshold() float64 {
	alpha := 0
	if st.hexOnly {
		alpha = 16
	} else {
		if st.lower > 0 {
			alpha += 26
		}
		if st.upper > 0 {
			alpha += 26
		}
		if st.digit > 0 {
			alpha += 10
		}
		if st.symbol > 0 {
			alpha += 12
		}
		if alpha < 2 {
			alpha = 2
		}
	}
	maxBits := math.Min(math.Log2(float64(st.n)), math.Log2(float64(alpha)))
	return 0.7 * maxBits
}

// looksRandom reports whether s reads as a machine-generated secret: long
// enough, high entropy for its alphabet, and a character mix that ordinary
// identifiers and words do not have.
func looksRandom(s string, st stats) bool {
	if st.n < 16 || st.space > 0 || st.nonASCII > 0 {
		return false
	}
	if st.entropy < st.entropyThreshold() || st.distinct < 8 {
		return false
	}
	if st.hexOnly {
		return st.digit > 0 && st.letters() > 0
	}
	if hexWithDashes(s) { // UUID-like
		return st.digit > 0 && st.letters() > 0
	}
	switch {
	case st.lower > 0 && st.upper > 0 && st.digit > 0:
		return true
	case st.digit >= 3 && st.letters() > 0 && st.n >= 20 && st.letterDigitLetter > 0:
		return true
	case st.lower > 0 && st.upper > 0 && st.n >= 20 && st.caseFlips*4 >= st.letters():
		return true
	}
	return false
}

func hexWithDashes(s string) bool {
	if !strings.Contains(s, "-") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '-') {
			return false
		}
	}
	return true
}

// looksLikePassword reports whether s is a plausible human-chosen password:
// at least six characters, no whitespace, a letter and a digit or symbol.
func looksLikePassword(st stats) bool {
	if st.n < 6 || st.space > 0 || st.letters() == 0 {
		return false
	}
	return st.digit > 0 || st.symbol > 0 || st.nonASCII > 0
}

// irregularCase reports letters-only strings whose capitalisation is not that
// of a word or a CamelCase identifier ("qWeRtY", not "NextToken").
func irregularCase(s string) bool {
	hasLower, hasUpper := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isLower(c):
			hasLower = true
		case isUpper(c):
			hasUpper = true
		default:
			return false
		}
	}
	if !hasLower || !hasUpper {
		return false
	}
	for _, w := range splitWords(s) {
		if len(w) < 2 {
			return true
		}
	}
	return false
}
