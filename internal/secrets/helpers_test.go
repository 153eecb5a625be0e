package secrets

import (
	"encoding/base64"
	"math/rand/v2"
	"strings"
)

// Fake secrets are assembled at run time from a seeded generator so that the
// repository never contains anything that looks like a live credential.

const (
	lowerAlpha  = "abcdefghijklmnopqrstuvwxyz"
	upperAlpha  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits      = "0123456789"
	alnum       = upperAlpha + lowerAlpha + digits
	upperDigits = upperAlpha + digits
	hexLower    = "0123456789abcdef"
	b64chars    = alnum + "+/"
	urlsafe     = alnum + "_-"
	letters     = upperAlpha + lowerAlpha
)

var seedCounter uint64

// synth returns n pseudo-random characters from alphabet that contain every
// character class the alphabet offers, no run of repeated characters and no
// documentation-example marker.
func synth(n int, alphabet string) string {
	for {
		seedCounter++
		r := rand.New(rand.NewPCG(seedCounter, 0x5eed))
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteByte(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		if okSynth(s, alphabet) {
			return s
		}
	}
}

func okSynth(s, alphabet string) bool {
	st := analyze(s)
	if strings.ContainsAny(alphabet, digits) && st.digit == 0 && len(s) >= 8 {
		return false
	}
	if strings.ContainsAny(alphabet, lowerAlpha) && st.lower == 0 && len(s) >= 8 {
		return false
	}
	if strings.ContainsAny(alphabet, upperAlpha) && st.upper == 0 && len(s) >= 8 {
		return false
	}
	for i := 2; i < len(s); i++ {
		if s[i] == s[i-1] && s[i] == s[i-2] {
			return false
		}
	}
	if n := len(s); n > 0 && (s[n-1] == '-' || s[n-1] == '_' || s[0] == '-' || s[0] == '_') {
		return false
	}
	return !isDocExample(s) && (len(s) < 16 || st.entropy >= st.entropyThreshold()+0.3)
}

func digitsN(n int) string {
	s := synth(n, digits)
	if s[0] == '0' {
		s = "7" + s[1:]
	}
	return s
}

func b64url(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func fakeJWT(header, payload string) string {
	return b64url(header) + "." + b64url(payload) + "." + synth(43, alnum)
}

func pemBlock(kind string) string {
	var b strings.Builder
	b.WriteString("-----" + "BEGIN " + kind + "PRIVATE" + " KEY-----\n")
	for i := 0; i < 4; i++ {
		b.WriteString(synth(64, b64chars) + "\n")
	}
	b.WriteString("-----" + "END " + kind + "PRIVATE" + " KEY-----\n")
	return b.String()
}

// Fake provider tokens.
func fakeAWSID() string     { return "AK" + "IA" + synth(16, upperDigits) }
func fakeAWSSecret() string { return synth(40, b64chars) }
func fakeGitHub(p string) string {
	return "gh" + p + "_" + synth(36, alnum)
}
func fakeStripe(p string) string { return p + synth(24, alnum) }
