package httpknow

import (
	"strings"
	"unicode"
)

// CookieRole tells what a cookie's name says it holds. The Python analyzers read the same table,
// so that a name means the same thing in both languages.
type CookieRole int

const (
	// OrdinaryCookie is any other cookie: theme, language, consent, analytics.
	OrdinaryCookie CookieRole = iota
	// SessionCookie holds a session identifier or credentials: it needs Secure and HttpOnly.
	SessionCookie
	// CSRFCookie holds an anti-CSRF token: it needs Secure, but double-submit schemes read it
	// from JavaScript, so HttpOnly is not required.
	CSRFCookie
)

// sessionWords are name parts that mark a session or credential cookie on their own.
var sessionWords = map[string]bool{
	"sid": true, "sess": true, "sessid": true, "jwt": true, "auth": true, "authn": true,
	"bearer": true, "apikey": true, "credential": true, "credentials": true, "creds": true,
}

// ClassifyCookie tells what a cookie name says the cookie holds: "session", "sessionid",
// "connect.sid", "access_token", "refreshToken", "jwt", "auth", "PHPSESSID" are session cookies;
// "csrftoken" and "XSRF-TOKEN" are CSRF cookies; "theme" and "lang" are ordinary.
func ClassifyCookie(name string) CookieRole {
	words := nameWords(name)
	for _, w := range words {
		if strings.Contains(w, "csrf") || strings.Contains(w, "xsrf") {
			return CSRFCookie
		}
	}
	for i, w := range words {
		switch {
		case sessionWords[w],
			strings.Contains(w, "session"),
			strings.HasSuffix(w, "sessid"), strings.HasSuffix(w, "token"),
			w == "api" && i+1 < len(words) && words[i+1] == "key":
			return SessionCookie
		}
	}
	return OrdinaryCookie
}

// nameWords splits a cookie name into lower-case words at punctuation and camelCase boundaries.
func nameWords(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(name)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			continue
		case unicode.IsUpper(r) && i > 0 && unicode.IsLower(rs[i-1]):
			flush()
		}
		cur = append(cur, r)
	}
	flush()
	return words
}
