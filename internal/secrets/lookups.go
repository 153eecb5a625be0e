package secrets

import "strings"

// Values that name or locate something rather than authenticate: what a credential-named binding
// holds when the credential word describes what the value is used with, not what it is.

// operatorWords are the keywords of expression languages (Python, SQL, template tags) that lexers
// join into multi-word operators: "not in", "is not", "is not null".
var operatorWords = set("not", "in", "is", "and", "or", "like", "ilike", "between", "exists",
	"null", "none", "as", "if", "else")

// operatorPhrase reports a value of two or more words separated by spaces, all of them operator
// keywords: a lexer token (token = "not in"), not a placeholder credential.
func operatorPhrase(s string) bool {
	if !strings.Contains(s, " ") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if !operatorWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// urlPartWords before the credential word make the binding a part of a URL: reset_url_token,
// token_path_segment and invite_slug_token hold the text of a path, not a token.
var urlPartWords = set("url", "uri", "slug", "path", "route", "segment")

func namesURLPart(words []string) bool {
	for _, w := range words {
		if urlPartWords[w] {
			return true
		}
	}
	return false
}

// isSlug reports a lower-case, hyphen-separated run of words ("set-password", "confirm"): the
// shape of a URL path segment. Digits are left out on purpose: a random token has them.
func isSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isLower(s[i]) && s[i] != '-' {
			return false
		}
	}
	return true
}

// lookupKeyQualifiers before a final "key" make it the key a value is stored under: a session,
// cache, cookie or browser storage key (NONCE_SESSION_KEY, LANGUAGE_SESSION_KEY).
var lookupKeyQualifiers = set("session", "cache", "cookie", "storage")

func namesLookupKey(words []string) bool {
	n := len(words)
	return n >= 2 && (words[n-1] == "key" || words[n-1] == "keys") && lookupKeyQualifiers[words[n-2]]
}

// isIdentifierKey reports a lower-case snake_case, dotted or colon-separated identifier, with or
// without a leading underscore ("allauth_facebook_nonce", "_language", "app.user_id"): the
// name of a slot, not random material. Each word is letters with at most two trailing digits.
func isIdentifierKey(s string) bool {
	t := strings.TrimLeft(s, "_")
	if t == "" || len(s) > 64 {
		return false
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '_' || r == '.' || r == ':' })
	if len(parts) < 2 && len(t) == len(s) {
		return false // one bare word: a placeholder or a password, judged elsewhere
	}
	for _, p := range parts {
		letters := strings.TrimRight(p, "0123456789")
		if letters == "" || len(p)-len(letters) > 2 || len(p) > 24 {
			return false
		}
		for i := 0; i < len(letters); i++ {
			if !isLower(letters[i]) {
				return false
			}
		}
	}
	return !strings.Contains(t, "__") && t[len(t)-1] != '_'
}

// IsMask reports a value of three or more masking characters ("********", "•••••", "xxxx",
// "###"), which code writes in place of a secret it hides.
func IsMask(s string) bool {
	s = strings.TrimSpace(s)
	n := 0
	for _, r := range s {
		switch r {
		case '*', '#', 'x', 'X', '•', '●', '·':
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// IsLookupKeyName reports a name that ends in a session, cache, cookie or storage key
// (LANGUAGE_SESSION_KEY, profile_cache_key): the key a value is stored under, which holds a
// secret only when a random value is written to it.
func IsLookupKeyName(name string) bool {
	return namesLookupKey(nameWords(name))
}
