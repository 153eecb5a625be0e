package secrets

import "strings"

// weakValues are whole values (lower-cased, separators removed) that are
// tutorial placeholders or well-known default passwords.
var weakValues = set("secret", "secrets", "password", "passwd", "pass", "pwd", "passphrase", "token",
	"apikey", "key", "changeme", "changeit", "changethis", "replaceme", "todo", "fixme", "tbd",
	"test", "testing", "example", "sample", "dummy", "fake", "placeholder", "default", "demo",
	"admin", "administrator", "root", "toor", "guest", "user", "qwerty", "qwertyuiop", "letmein",
	"welcome", "welcome1", "iloveyou", "abc123", "abcdef", "abcd1234", "1234", "12345", "123456",
	"1234567", "12345678", "123456789", "1234567890", "0000", "000000", "00000000", "111111",
	"654321", "password1", "password12", "password123", "passw0rd", "p4ssword", "p4ssw0rd",
	"pssword", "p@ssw0rd", "p@ssword", "p@$$w0rd", "p@55w0rd", "passw0rd!", "pa55word", "secret1", "secret123", "mysecret", "mypassword", "mytoken", "mykey",
	"supersecret", "topsecret", "notsecret", "notasecret", "secretkey", "secretpassword",
	"xxx", "xxxx", "foo", "bar", "foobar", "baz", "qux", "pass123", "pass1234", "test123",
	"test1234", "admin123", "admin1234", "root123", "changeme123", "sekret", "s3cret", "s3cr3t",
	"secretsecret", "keyboardcat", "postgres", "minioadmin", "changeme!", "shhh", "shh", "hello", "helloworld", "none", "null")

// placeholderMarkers are words that make a value a placeholder when every
// other word is credential vocabulary ("your_secret_key_here").
var placeholderMarkers = set("your", "yours", "my", "here", "insert", "enter", "put", "paste", "fill",
	"add", "replace", "change", "changeme", "changeit", "update", "set", "example", "examples",
	"sample", "dummy", "fake", "test", "testing", "tests", "todo", "fixme", "tbd", "placeholder",
	"default", "demo", "dev", "development", "local", "localhost", "insecure", "unsafe", "super",
	"top", "xxx", "foo", "bar", "baz", "qux", "foobar", "redacted", "hidden", "removed", "none",
	"null", "nil", "generate", "dont", "not", "unset", "missing", "required", "sekret", "mock",
	"invalid", "expired", "revoked", "wrong", "bad", "bogus", "valid")

// placeholderVocab are words allowed next to a marker.
var placeholderVocab = set("secret", "secrets", "password", "passwd", "pass", "pwd", "passphrase",
	"token", "tokens", "key", "keys", "api", "apikey", "access", "private", "client", "auth", "app",
	"application", "jwt", "session", "signing", "sign", "credential", "credentials", "creds", "user",
	"username", "admin", "root", "guest", "login", "value", "string", "str", "text", "the", "a",
	"an", "of", "for", "to", "and", "is", "so", "very", "this", "that", "it", "me", "in", "own",
	"real", "actual", "some", "random", "long", "strong", "hard", "guess", "goes", "go", "will",
	"be", "should", "must", "db", "database", "account", "service", "webhook", "oauth", "hmac",
	"encryption", "master", "id", "prod", "production", "env", "environment", "variable", "var",
	"config", "setting", "settings", "new", "old", "provided", "generated", "unique", "phrase",
	"code", "pin", "project", "org", "organization", "bot", "server", "sk", "pk", "rk", "live",
	"personal", "bearer", "with", "from", "use", "please", "replace", "only", "one", "safe",
	"cookie", "django", "flask", "secure", "app's", "mail", "email", "smtp", "sid", "number",
	"do", "commit", "share", "keep", "change", "later", "in", "production", "later", "what",
	"ever", "whatever", "something", "thing", "stuff", "abc", "xyz", "example", "test")

func init() {
	for w := range providers {
		placeholderVocab[w] = true
	}
	for w := range placeholderMarkers {
		placeholderVocab[w] = true
	}
}

var markerPrefixes = []string{"your", "insert", "enter", "replace", "change", "paste", "my"}

// IsPlaceholder reports whether value is a tutorial placeholder or an
// obviously fake secret: "your_secret_key_here", "your_api_key",
// "<your-token>", "[API_KEY]", "changeme", "replace-me", "TODO", "xxx",
// "***", "secret", "password", "test", "123456", "sk_test_xxxxxxxx",
// "ghp_...". Empty values are not placeholders.
func IsPlaceholder(value string) bool {
	return placeholderScore(value) > 0
}

// placeholderScore is 0 for no placeholder, 1 when the value only spells a
// credential word once separators are removed ("API_KEY" -> "apikey",
// "secret_key"), and 2 for explicit placeholders.
func placeholderScore(value string) int {
	s := strings.TrimSpace(value)
	if s == "" {
		return 0
	}
	if len(s) >= 3 && ((s[0] == '<' && s[len(s)-1] == '>') ||
		(s[0] == '[' && s[len(s)-1] == ']' && lettersAndSeps(s[1:len(s)-1]))) {
		return 2
	}
	if isMaskRun(s) {
		return 2
	}
	lower := strings.ToLower(s)
	if strings.Contains(lower, "xxxxx") || strings.Contains(s, "*****") ||
		strings.Contains(s, "...") || strings.Contains(s, "…") || strings.Contains(s, "#####") {
		return 2
	}
	if weakValues[lower] {
		return 2
	}
	raw := splitWords(s)
	if len(raw) == 0 {
		return 0
	}
	var words []string
	for _, w := range raw {
		for _, x := range expandCompound(w) {
			words = append(words, splitMarkerPrefix(x)...)
		}
	}
	marker := false
	for _, w := range words {
		base := strings.TrimRight(w, "0123456789")
		if base == "" {
			if len(w) <= 4 {
				continue
			}
			marker = false
			break
		}
		if len(w)-len(base) > 4 {
			marker = false
			break
		}
		if placeholderMarkers[base] {
			marker = true
			continue
		}
		if !placeholderVocab[base] {
			marker = false
			break
		}
	}
	if marker {
		return 2
	}
	if weakValues[strings.Join(words, "")] {
		return 1
	}
	return 0
}

func splitMarkerPrefix(w string) []string {
	for _, p := range markerPrefixes {
		if len(w) > len(p)+2 && strings.HasPrefix(w, p) {
			rest := w[len(p):]
			if placeholderVocab[rest] || placeholderMarkers[rest] {
				return []string{p, rest}
			}
			parts := expandCompound(rest)
			if len(parts) > 1 || placeholderVocab[parts[0]] {
				return append([]string{p}, parts...)
			}
		}
	}
	return []string{w}
}

// isMaskRun reports values made only of masking characters ("xxx", "***",
// "####", "x-x-x") or a single repeated character ("aaaa", "1111").
func isMaskRun(s string) bool {
	if len(s) < 3 {
		return false
	}
	if strings.Trim(s, "•●·") == "" {
		return true
	}
	same := true
	masks := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != s[0] {
			same = false
		}
		switch c {
		case 'x', 'X', '*', '#':
			masks++
		case '-', '_', '.', ' ', ':':
		default:
			if c < 0x80 {
				masks = -1 << 20
			}
		}
	}
	return same || masks >= 3
}

func lettersAndSeps(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && c != '_' && c != '-' && c != ' ' && !isDigit(c) {
			return false
		}
	}
	return true
}

// redactionWords are what code prints in place of a secret it hides.
var redactionWords = map[string]bool{
	"redacted": true, "sanitized": true, "hidden": true, "masked": true, "removed": true,
	"filtered": true, "omitted": true, "secret hidden": true,
}

// isRedaction reports whether v is a redaction marker ("[REDACTED]", "<SANITIZED>",
// "***hidden***"): code that hides a secret, not a secret or a placeholder standing in for one.
// A bare mask ("********") stays a placeholder: given to a password field it is the password.
func isRedaction(v string) bool {
	w := strings.ToLower(strings.Trim(strings.TrimSpace(v), "[]<>()*_-#. "))
	return w != "" && redactionWords[w]
}

// isDocumentedSecret reports the example secret keys of the Flask documentation, which are
// copied into applications as they are: b'_5#y2L"F4Q8z\n\xec]/' (the quickstart since Flask 1.0,
// read here with its escapes decoded) and 'A0Zr98j/3yX R~XHH!jmN]LWX/,?RT' (Flask 0.x).
func isDocumentedSecret(s string) bool {
	if s == "A0Zr98j/3yX R~XHH!jmN]LWX/,?RT" {
		return true
	}
	return len(s) <= 20 && strings.HasPrefix(s, "_5#y2L\"F4Q8z\n") && strings.HasSuffix(s, "]/")
}

// vocabPhrase reports a value of two or more words all of which are credential vocabulary
// ("this-is-secret", "jwt-secret-key"). Bound to a name it reads as the name of a key; given to
// a security API it is the key, and a guessable one. Environment variable names ("JWT_SECRET")
// and dotted configuration keys are references to a key, not keys.
func vocabPhrase(s string) bool {
	if !wordsOnly(s) || strings.Contains(s, ".") || isEnvVarName(s) {
		return false
	}
	words := splitWords(s)
	return len(words) >= 2 && allVocab(words)
}
