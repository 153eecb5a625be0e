package secrets

import "strings"

// isTemplate reports format strings and variable references: %s, %(name)s,
// {}, {name}, {{ x }}, $VAR, ${VAR}, #{x}, <%= x %>, $(cmd).
func isTemplate(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '$' && len(s) > 1 && (isLetter(s[1]) || s[1] == '_' || s[1] == '{' || s[1] == '(') {
		return true
	}
	for i := 0; i+1 < len(s); i++ {
		c, d := s[i], s[i+1]
		switch c {
		case '%':
			if i+2 < len(s) && isHexByte(d) && isHexByte(s[i+2]) {
				continue // percent-encoding, e.g. p%40ss
			}
			if strings.IndexByte("sdvqxXfgtTwbrpa(+#-.0123456789*", d) >= 0 && verbFollows(s[i+1:]) {
				return true
			}
		case '{':
			if d == '}' || d == '{' {
				return true
			}
			j := i + 1
			for j < len(s) && (isAlnumByte(s[j]) || s[j] == '_' || s[j] == '.' || s[j] == ':' || s[j] == '!' || s[j] == '[' || s[j] == ']') {
				j++
			}
			if j < len(s) && s[j] == '}' {
				return true
			}
		case '$', '#':
			if d == '{' {
				return true
			}
			if c == '$' && d == '(' {
				return true
			}
		case '<':
			if d == '%' {
				return true
			}
		}
	}
	return false
}

// verbFollows checks that after '%' comes an optional flags/width/(name)
// part and a printf verb letter.
func verbFollows(s string) bool {
	i := 0
	if i < len(s) && s[i] == '(' {
		j := strings.IndexByte(s, ')')
		if j < 0 {
			return false
		}
		i = j + 1
	}
	for i < len(s) && strings.IndexByte("+-# 0123456789.*", s[i]) >= 0 {
		i++
	}
	return i < len(s) && strings.IndexByte("sdvqxXfFgGeEtTbcoUpwri", s[i]) >= 0
}

// isEnvVarName reports ALL_CAPS_WITH_UNDERSCORES values such as "API_KEY":
// the name of an environment variable, not its value.
func isEnvVarName(s string) bool {
	if len(s) < 3 || !isUpper(s[0]) || !strings.Contains(s, "_") {
		return false
	}
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isUpper(c):
			letters++
		case isDigit(c), c == '_':
		default:
			return false
		}
	}
	return letters*2 >= len(s) && !strings.Contains(s, "__") && s[len(s)-1] != '_'
}

var boolish = set("true", "false", "yes", "no", "on", "off", "none", "null", "nil", "undefined",
	"enabled", "disabled", "enable", "disable", "y", "n", "t", "f", "0", "1", "-1", "nan", "ok")

var fileExts = set("pem", "key", "json", "yaml", "yml", "txt", "env", "p12", "pfx", "crt", "cer",
	"der", "jks", "keystore", "gpg", "asc", "ini", "toml", "conf", "cfg", "properties", "xml",
	"pub", "ppk", "csr", "p8", "kdbx", "db", "sqlite", "sqlite3", "log", "py", "go", "js", "ts",
	"sh", "html", "tmpl", "tpl", "md", "csv", "bin", "dat", "secret", "secrets", "token", "creds",
	"credentials", "passwd", "htpasswd", "netrc", "npmrc", "pypirc", "gz", "zip", "tar", "enc")

// isPathLike reports file-system paths, MIME types and slash-separated
// identifiers ("/etc/secret.pem", "secrets/key.json", "application/json",
// "./token.txt", "C:\\keys\\id_rsa").
func isPathLike(s string) bool {
	if s == "" {
		return false
	}
	st := analyze(s)
	randomish := st.lower > 0 && st.upper > 0 && st.digit > 0 && st.n >= 20
	switch {
	case strings.HasPrefix(s, "./"), strings.HasPrefix(s, "../"), strings.HasPrefix(s, "~/"),
		strings.HasPrefix(s, `~\`), strings.HasPrefix(s, `\\`), strings.HasPrefix(s, "file:"):
		return true
	case len(s) >= 3 && isLetter(s[0]) && s[1] == ':' && (s[2] == '\\' || s[2] == '/'):
		return true
	case s[0] == '/':
		if !randomish || strings.Count(s, "/") >= 3 || hasFileExt(s) {
			return true
		}
	}
	if hasFileExt(s) && !strings.ContainsAny(s, "=+") {
		base := s
		if i := strings.LastIndexAny(s, `/\`); i >= 0 {
			base = s[i+1:]
		}
		if dot := strings.LastIndexByte(base, '.'); dot > 0 && !looksRandom(base[:dot], analyze(base[:dot])) {
			return true
		}
	}
	if strings.ContainsAny(s, `/\`) && !randomish {
		// slash-separated words: "secrets/key", "application/json",
		// "text/plain; charset=utf-8" (already excluded by whitespace).
		ok := true
		for _, seg := range strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '\\' }) {
			if !wordishSegment(seg) {
				ok = false
				break
			}
		}
		return ok
	}
	return false
}

func hasFileExt(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || dot == len(s)-1 {
		return false
	}
	return fileExts[strings.ToLower(s[dot+1:])]
}

// wordishSegment: letters, digits and - _ . + with no digit between letters
// and ordinary capitalisation, e.g. "vnd.api+json", "v1", "id_rsa".
func wordishSegment(seg string) bool {
	if seg == "" {
		return true
	}
	for i := 0; i < len(seg); i++ {
		c := seg[i]
		if !isAlnumByte(c) && strings.IndexByte("-_.+", c) < 0 {
			return false
		}
	}
	st := analyze(seg)
	if st.letterDigitLetter > 0 {
		return false
	}
	for _, part := range strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == '+' }) {
		if irregularCase(strings.TrimRight(part, "0123456789")) {
			return false
		}
	}
	return true
}

// isDottedPath reports module paths, class paths and host names
// ("django.contrib.auth.hashers.PBKDF2PasswordHasher", "api.stripe.com").
func isDottedPath(s string) bool {
	if !strings.Contains(s, ".") || s[0] == '.' || s[len(s)-1] == '.' {
		return false
	}
	segs := strings.Split(s, ".")
	for _, seg := range segs {
		if seg == "" || !(isLetter(seg[0]) || seg[0] == '_') {
			return false
		}
		for i := 0; i < len(seg); i++ {
			if c := seg[i]; !isAlnumByte(c) && c != '_' && c != '-' {
				return false
			}
		}
	}
	if len(segs) >= 3 && wordishSegment(segs[0]) && wordishSegment(segs[1]) {
		return true // module.path.ClassName2 (the last part may be any identifier)
	}
	for _, seg := range segs {
		if !wordishSegment(seg) {
			return false
		}
	}
	return true
}

func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || strings.Count(s, "@") != 1 {
		return false
	}
	local, domain := s[:at], s[at+1:]
	for i := 0; i < len(local); i++ {
		c := local[i]
		if !isAlnumByte(c) && strings.IndexByte("._%+-", c) < 0 {
			return false
		}
	}
	dot := strings.LastIndexByte(domain, '.')
	if dot <= 0 || len(domain)-dot-1 < 2 {
		return false
	}
	for i := dot + 1; i < len(domain); i++ {
		if !isLetter(domain[i]) {
			return false
		}
	}
	return isDottedPath(domain)
}

var headerNames = set("authorization", "proxy-authorization", "www-authenticate", "cookie",
	"set-cookie", "api-key", "apikey", "x-api-key", "x-auth-token", "x-access-token",
	"x-csrf-token", "x-xsrf-token", "x-csrftoken", "x-amz-security-token", "x-goog-api-key",
	"ocp-apim-subscription-key", "private-token", "x-hub-signature", "x-hub-signature-256",
	"x-slack-signature", "stripe-signature", "bearer", "basic", "token", "digest", "negotiate")

// isHeaderName reports HTTP header names and auth scheme names.
func isHeaderName(s string) bool {
	if headerNames[strings.ToLower(s)] {
		return true
	}
	if !strings.Contains(s, "-") {
		return false
	}
	for _, part := range strings.Split(s, "-") {
		if part == "" || !isUpper(part[0]) && !(len(part) == 1 && isLetter(part[0])) {
			return false
		}
		for i := 1; i < len(part); i++ {
			if !isLetter(part[i]) && !isDigit(part[i]) {
				return false
			}
		}
		if !wordishSegment(part) {
			return false
		}
	}
	return true
}

func isVersion(s string) bool {
	if s != "" && (s[0] == 'v' || s[0] == 'V') {
		s = s[1:]
	}
	if s == "" || !isDigit(s[0]) {
		return false
	}
	dots := 0
	i := 0
	for i < len(s) && (isDigit(s[i]) || s[i] == '.') {
		if s[i] == '.' {
			dots++
		}
		i++
	}
	return dots >= 1 && (i == len(s) || s[i] == '-' || s[i] == '+')
}

func isHostPort(s string) bool {
	c := strings.LastIndexByte(s, ':')
	if c <= 0 || c == len(s)-1 || len(s)-c-1 > 5 {
		return false
	}
	for i := c + 1; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	host := s[:c]
	return host == "localhost" || isIPv4(host) || isDottedPath(host) || wordishSegment(host)
}

func isIPv4(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 {
			return false
		}
		for i := 0; i < len(p); i++ {
			if !isDigit(p[i]) {
				return false
			}
		}
	}
	return true
}

var algorithmNames = set("hs256", "hs384", "hs512", "rs256", "rs384", "rs512", "es256", "es384",
	"es512", "ps256", "ps384", "ps512", "eddsa", "sha1", "sha224", "sha256", "sha384", "sha512",
	"sha3-256", "sha3-512", "md5", "aes", "aes128", "aes256", "aes-128-gcm", "aes-256-gcm",
	"aes-256-cbc", "chacha20-poly1305", "utf-8", "utf8", "base64", "hex", "x509", "pkcs8",
	"pkcs1", "pkcs12", "rsa-oaep", "rsa-oaep-256", "a256gcm", "a128gcm", "hmac-sha256", "hmac-sha1",
	"hmac-sha512", "sha-256", "sha-512", "scrypt", "argon2id", "bcrypt", "pbkdf2", "ed25519",
	"secp256k1", "p-256", "p-384", "p256", "p384", "x25519", "oauth2", "oauth1", "saml2", "2fa", "mfa",
	"application/x-www-form-urlencoded")

// isPasswordHash reports modular-crypt and framework password hash formats.
func isPasswordHash(s string) bool {
	for _, p := range []string{"$2a$", "$2b$", "$2y$", "$2x$", "$argon2", "$scrypt$", "$1$", "$5$",
		"$6$", "$y$", "$7$", "$apr1$", "$pbkdf2", "pbkdf2_sha256$", "pbkdf2_sha1$", "pbkdf2:sha256:",
		"scrypt:", "bcrypt$", "argon2$", "sha1$", "md5$", "{SSHA}", "{SHA}", "{SSHA256}", "{SSHA512}",
		"{bcrypt}", "{noop}", "{pbkdf2}", "{scrypt}", "{argon2}", "{sha256}"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// nonSecretShape reports values that are never secrets whatever their name:
// booleans, env-var names, paths, URLs, ARNs, module paths, host names,
// e-mail addresses, header names, versions, host:port, algorithm names,
// password hashes, prose, and hex digests in test files.
func nonSecretShape(s string, testFile bool) bool {
	for i := 0; i < len(s); i++ {
		if isSpace(s[i]) {
			return true // prose, messages, SQL, command lines
		}
	}
	return isEnvVarName(s) || valueShape(s, testFile) || isDocExample(s) || looksLikeRegex(s) ||
		strings.Contains(s, "::") || namesCredential(s)
}

// looksLikeRegex reports values written as regular expressions ([^\W\d]\w*, (?=\s)): a lexer's
// token pattern, not a token.
func looksLikeRegex(s string) bool {
	for _, m := range []string{`\w`, `\d`, `\s`, `\b`, `(?`, `[^`, `.*`, `\.`} {
		if strings.Contains(s, m) {
			return true
		}
	}
	// A character class with ranges: [-!#$%&'*+.^_`|~0-9a-zA-Z]+ (the token of RFC 9110).
	if i := strings.IndexByte(s, '['); i >= 0 {
		if j := strings.IndexByte(s[i:], ']'); j > 0 {
			class := s[i : i+j]
			return strings.Contains(class, "a-z") || strings.Contains(class, "A-Z") || strings.Contains(class, "0-9")
		}
	}
	return false
}

// namesCredential reports identifier-like values that name a credential rather than hold one:
// lower-case words joined by - _ or . of which one is a credential word (no-password-required,
// authentication-code1, session.token).
func namesCredential(s string) bool {
	if s != strings.ToLower(s) || !strings.ContainsAny(s, "-_.") {
		return false
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		if strings.Trim(w, "0123456789") == "" {
			continue // a number: token-counting-2024-11-01
		}
		if !isWordOfLetters(strings.TrimRight(w, "0123456789")) {
			return false
		}
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		switch strings.TrimRight(w, "0123456789") {
		case "password", "passwd", "secret", "token", "key", "auth", "authentication", "credential", "credentials", "apikey":
			return true
		}
	}
	return false
}

func isWordOfLetters(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isLower(w[i]) {
			return false
		}
	}
	return true
}

// isProse reports values with whitespace that read as text rather than a
// short placeholder phrase: four or more words, or sentence punctuation.
func isProse(s string) bool {
	if !strings.ContainsAny(s, " \t\n") {
		return false
	}
	if len(strings.Fields(s)) >= 4 {
		return true
	}
	return strings.ContainsAny(s[len(s)-1:], ".?!:")
}

// valueShape is nonSecretShape without the whitespace and env-var-name
// rules, so that it can run before placeholder detection.
func valueShape(s string, testFile bool) bool {
	lower := strings.ToLower(s)
	if boolish[lower] || algorithmNames[lower] {
		return true
	}
	if isPasswordHash(s) || isCodeRef(s) {
		return true
	}
	if strings.Contains(s, "://") {
		return true
	}
	for _, p := range []string{"arn:", "mailto:", "data:", "urn:", "sha256:", "sha512:", "sha1:", "md5:"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	if isPathLike(s) || isDottedPath(s) || isEmail(s) || isHeaderName(s) || isVersion(s) ||
		isHostPort(s) || isIPv4(s) {
		return true
	}
	if testFile {
		st := analyze(s)
		if st.hexOnly && st.n >= 16 {
			return true
		}
	}
	return false
}

// isLocalHost reports loopback and local-development hosts.
func isLocalHost(h string) bool {
	h = strings.ToLower(strings.Trim(h, "[]"))
	return h == "localhost" || strings.HasSuffix(h, ".localhost") || strings.HasPrefix(h, "127.") ||
		h == "::1" || h == "0.0.0.0" || h == "host.docker.internal"
}

// isDocHost reports documentation hosts (RFC 2606/6761) and placeholders.
func isDocHost(h string) bool {
	h = strings.ToLower(h)
	for _, d := range []string{"example.com", "example.org", "example.net"} {
		if h == d || strings.HasSuffix(h, "."+d) {
			return true
		}
	}
	for _, t := range []string{".example", ".invalid", ".test"} {
		if strings.HasSuffix(h, t) {
			return true
		}
	}
	return h == "example" || strings.Contains(h, "your") || strings.ContainsAny(h, "<>{}$%")
}

func isHexByte(c byte) bool { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') }

// isCodeRef reports values that are code or configuration references rather
// than secrets: os.environ['X'], os.Getenv("X"), process.env.X, ENV['X'],
// Jasypt ENC(...), vault:/ssm: references.
func isCodeRef(s string) bool {
	for _, m := range []string{"environ", "getenv", "Getenv", "process.env", "ENV[", "ENC(", "vault:", "ssm:",
		"secretsmanager:", "keyvault:", "gcp-secret:", "op://"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}
