// Package credentials is the knowledge that the Go and Python analyzers of the tokens and crypto
// family share: what a name says a value holds (a password, a password hash, another secret),
// when comparing two values leaks a secret through timing, when a password is compared in
// plain text, and which JWT algorithms belong to which family. It reads no syntax, so both
// front ends give identical verdicts, and it stays free of cgo.
package credentials

import (
	"strings"

	"github.com/apivet/apivet/internal/secrets"
)

// CompareKeywords gate the secret-comparison analyzer: every way it recognises a secret (a
// name, a header or setting key, an HMAC digest) needs one of these bytes in the file, and
// KindOf checks for them itself, so the prefilter can never hide a finding.
var CompareKeywords = []string{
	"key", "Key", "KEY", "token", "Token", "TOKEN", "secret", "Secret", "SECRET",
	"pass", "Pass", "PASS", "pw", "Pw", "PW", "auth", "Auth", "AUTH", "cred", "Cred", "CRED",
	"bearer", "Bearer", "BEARER", "sig", "Sig", "SIG", "mac", "Mac", "MAC", "digest",
}

// PasswordKeywords gate the password analyzer: every password name contains one of them.
var PasswordKeywords = []string{"pass", "Pass", "PASS", "pw", "Pw", "PW"}

// Kind is what a name says its value is.
type Kind int

// The kinds of names.
const (
	None     Kind = iota
	Password      // a password in clear: password, passwd, pwd, user_password
	Hash          // a password hash: password_hash, hashed_password, pw_digest
	Secret        // another credential: api_key, token, client_secret, signature, mac
	Auth          // a name that only says "auth": auth, Authorization, bearer, credentials
)

// IsPassword reports whether the kind is a password in clear or a password hash.
func (k Kind) IsPassword() bool { return k == Password || k == Hash }

var passwordWords = map[string]bool{
	"password": true, "passwd": true, "passphrase": true, "passcode": true, "pwd": true,
	"pw": true, "pass": true, "pword": true,
}

// otherConcepts are credential words other than passwords; the last concept word of a name
// decides what it holds (password_reset_token is a token).
var otherConcepts = map[string]bool{
	"secret": true, "secrets": true, "token": true, "key": true, "keys": true, "apikey": true,
	"credential": true, "credentials": true, "creds": true, "cred": true, "auth": true,
	"authorization": true, "authentication": true, "bearer": true,
}

// signatureWords name MAC and signature values, which the shared credential names leave out.
var signatureWords = map[string]bool{"signature": true, "sig": true, "mac": true, "hmac": true}

// signatureMeta after a signature word make the name describe it rather than hold it.
var signatureMeta = map[string]bool{
	"header": true, "headers": true, "name": true, "type": true, "method": true, "algorithm": true,
	"alg": true, "algo": true, "version": true, "len": true, "length": true, "size": true,
	"valid": true, "ok": true, "enabled": true, "required": true, "key": true, "keys": true,
	"secret": true, "scheme": true, "prefix": true, "format": true, "address": true, "addr": true,
}

var hashWords = map[string]bool{"hash": true, "hashed": true, "digest": true, "hashes": true}

// confirmWords mark the second entry of a password in a form.
var confirmWords = map[string]bool{
	"confirm": true, "confirmation": true, "confirmed": true, "repeat": true, "repeated": true,
	"again": true, "retype": true, "verify": true, "verification": true, "check": true, "2": true,
}

// Words splits an identifier or header name in any case style into lower-case words.
func Words(s string) []string {
	var out []string
	start := -1
	flush := func(i int) {
		if start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
		if !alnum {
			flush(i)
			continue
		}
		if start >= 0 && c >= 'A' && c <= 'Z' {
			p := s[i-1]
			if p >= 'a' && p <= 'z' || p >= '0' && p <= '9' || (p >= 'A' && p <= 'Z' && i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z') {
				flush(i)
			}
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(s))
	return out
}

// KindOf classifies a name (a variable, field, parameter, dictionary key, header or setting
// name) and reports whether it names the second entry of a password (confirm_password). The
// name must contain one of keywords as bytes, so that an analyzer gated by those keywords
// provably sees every name this accepts.
func KindOf(name string, keywords []string) (kind Kind, confirm bool) {
	if name == "" || !containsAny(name, keywords) {
		return None, false
	}
	ws := Words(name)
	last, lastPw := -1, false
	for i, w := range ws {
		if base := strings.TrimRight(w, "0123456789"); base != w && base != "" {
			// password2, token1: the number is a second entry or a version.
			ws[i] = base
			w = base
			confirm = confirm || passwordWords[base]
		}
		switch {
		case passwordWords[w]:
			last, lastPw = i, true
		case otherConcepts[w], signatureWords[w]:
			last, lastPw = i, false
		}
	}
	if last < 0 {
		return None, false
	}
	for _, w := range ws {
		confirm = confirm || confirmWords[w]
	}
	if lastPw {
		// password_hash, hashed_password, pw_digest: a hash, which the shared rules (rightly, for
		// hardcoded secrets) do not count as a credential.
		for i, w := range ws {
			if hashWords[w] && (i > last || i == last-1) {
				return Hash, confirm
			}
		}
		if secrets.IsCredentialName(name) {
			return Password, confirm
		}
		return None, false
	}
	if ws[last] == "sig" && last+1 < len(ws) && signalNames[ws[last+1]] {
		return None, false // signal.SIG_DFL
	}
	if signatureWords[ws[last]] {
		for _, w := range ws[last+1:] {
			if signatureMeta[w] || hashWords[w] {
				return None, false
			}
		}
		if len(ws) > 1 && (ws[0] == "is" || ws[0] == "has" || ws[0] == "check" || ws[0] == "verify" || ws[0] == "get" || ws[0] == "compute" || ws[0] == "make") {
			return None, false
		}
		return Secret, confirm
	}
	if !secrets.IsCredentialName(name) {
		return None, false
	}
	if n := len(ws); ws[n-1] == "key" && n >= 2 && (ws[n-2] == "consumer" || ws[n-2] == "client") {
		// oauth_consumer_key, client_key: OAuth 1 names the client's public identifier so; its
		// secret is the consumer (client) secret.
		return None, false
	}
	if IsUpperConstant(name) && secrets.IsLookupKeyName(name) {
		// LANGUAGE_SESSION_KEY, CSRF_SESSION_KEY: the constant name of a session slot.
		return None, false
	}
	for _, w := range ws[last+1:] {
		if derivedWords[w] {
			return None, false // token_hash, encryption_key_sha256: a fingerprint, not the secret
		}
	}
	if weakConcepts[ws[last]] {
		return Auth, confirm
	}
	return Secret, confirm
}

// derivedWords after a credential word make the name hold something derived from it.
var derivedWords = map[string]bool{
	"hash": true, "hashed": true, "hashes": true, "digest": true, "sha": true, "md": true,
	"fingerprint": true, "checksum": true, "crc": true, "thumbprint": true,
}

// weakConcepts say that a value is about authentication without saying it is a secret
// (auth_mode, SERVER_AUTH, credentials objects); a header of that name still carries one.
var weakConcepts = map[string]bool{
	"auth": true, "authorization": true, "authentication": true, "bearer": true,
	"credential": true, "credentials": true, "creds": true, "cred": true,
}

// signalNames are the signal module's SIG_* constants, which are not signatures.
var signalNames = map[string]bool{"dfl": true, "ign": true, "block": true, "unblock": true, "setmask": true, "err": true, "hold": true}

// IsUpperConstant reports whether a name is written as a constant (API_KEY, TokenKind stays out).
func IsUpperConstant(name string) bool {
	hasLetter := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		hasLetter = hasLetter || c >= 'A' && c <= 'Z'
	}
	return hasLetter
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
