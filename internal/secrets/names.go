package secrets

import "strings"

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// splitWords splits an identifier written in any case style (camelCase,
// PascalCase, snake_case, kebab-case, SCREAMING_CASE, dotted, or mixtures
// such as "X-API-Key" or "app.config.SECRET_KEY") into lower-case words.
// Digits stay attached to the letters before them ("oauth2Token" ->
// "oauth2", "token"). Bytes >= 0x80 are treated as letters.
func splitWords(s string) []string {
	var words []string
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && !isAlnumByte(c) {
			if start >= 0 {
				words = append(words, strings.ToLower(s[start:i]))
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		p := s[i-1]
		if isUpper(c) && (isLower(p) || isDigit(p) ||
			(isUpper(p) && i+1 < len(s) && isLower(s[i+1]))) {
			words = append(words, strings.ToLower(s[start:i]))
			start = i
		}
	}
	if start >= 0 {
		words = append(words, strings.ToLower(s[start:]))
	}
	return words
}

// nameWords splits name into words and also splits run-together compounds
// ("apikey", "dbpassword", "secretaccesskey", "clientsecret").
func nameWords(name string) []string {
	raw := splitWords(name)
	words := raw[:0:0]
	for _, w := range raw {
		// "password2", "token1": split the number off a concept word.
		if base := strings.TrimRight(w, "0123456789"); base != w && digitSplit[base] {
			words = append(words, expandCompound(base)...)
			words = append(words, w[len(base):])
			continue
		}
		words = append(words, expandCompound(w)...)
	}
	return words
}

var digitSplit = set("password", "passwd", "pwd", "pw", "pass", "secret", "token", "key", "apikey",
	"credential", "credentials", "passphrase", "dbpassword", "apitoken")

var explicitCompounds = map[string][]string{
	"privkey": {"private", "key"}, "pkey": {"private", "key"},
	"dbpwd": {"db", "pwd"}, "userpwd": {"user", "pwd"}, "adminpwd": {"admin", "pwd"},
	"rootpwd": {"root", "pwd"}, "dbpw": {"db", "pw"}, "dbpass": {"db", "pass"},
	"userpass": {"user", "pass"}, "adminpass": {"admin", "pass"}, "rootpass": {"root", "pass"},
	"connstr": {"connection", "string"}, "connstring": {"connection", "string"},
	"connectionstring": {"connection", "string"},
	"apitoken":         {"api", "token"}, "apisecret": {"api", "secret"},
}

var compoundSuffixes = []string{"password", "passwd", "passphrase", "secret", "token", "credentials", "credential", "keys", "key"}

func expandCompound(w string) []string {
	if v, ok := explicitCompounds[w]; ok {
		return v
	}
	for _, suf := range compoundSuffixes {
		if len(w) <= len(suf)+1 || !strings.HasSuffix(w, suf) {
			continue
		}
		pre := w[:len(w)-len(suf)]
		switch suf {
		case "key", "keys":
			if _, ok := keyQualifier(pre); !ok {
				return []string{w}
			}
		case "token":
			if tokenExcluded[pre] {
				return []string{w}
			}
		}
		return append(expandCompound(pre), suf)
	}
	return []string{w}
}

// concept is what kind of credential a name denotes.
type concept int

const (
	conceptNone concept = iota
	conceptPassword
	conceptSecret     // signing/session/encryption secrets
	conceptToken      // API keys and tokens
	conceptPrivateKey // asymmetric private keys
	conceptAuth       // credentials, auth, authorization
	conceptContainer  // dsn, connection string: holds credentials, is not one
)

type strength int

const (
	nameNone strength = iota
	nameWeak
	nameStrong
)

type nameInfo struct {
	words    []string
	concept  concept
	strength strength
	aws      bool // AWS secret access key context
}

var keyQualifiers = map[string]concept{}

func init() {
	for _, w := range []string{"secret", "signing", "sign", "signature", "session", "hmac", "jwt",
		"master", "encryption", "encrypt", "decryption", "decrypt", "crypt", "crypto", "cipher",
		"aes", "fernet", "app", "application", "shared", "preshared", "psk", "webhook", "cookie",
		"mac", "otp", "totp", "hotp", "mfa", "root", "admin", "django", "flask", "rails", "laravel",
		"wrapping", "kek", "dek", "nacl"} {
		keyQualifiers[w] = conceptSecret
	}
	for _, w := range []string{"private", "priv", "ssh", "rsa", "ec", "ecdsa", "ed25519", "gpg", "pgp",
		"pem", "tls", "ssl", "signer"} {
		keyQualifiers[w] = conceptPrivateKey
	}
	for _, w := range []string{"api", "access", "client", "consumer", "license", "licence",
		"subscription", "account", "storage", "service", "deploy", "write", "auth", "authentication",
		"developer", "server", "recaptcha", "captcha", "maps", "integration", "partner", "merchant",
		"bot", "ingest", "admin_api", "management", "mgmt", "personal", "xapi"} {
		keyQualifiers[w] = conceptToken
	}
	for w := range providers {
		if _, ok := keyQualifiers[w]; !ok {
			keyQualifiers[w] = conceptToken
		}
	}
}

var providers = set("aws", "gcp", "google", "azure", "github", "gh", "gitlab", "bitbucket", "stripe",
	"openai", "anthropic", "claude", "slack", "twilio", "sendgrid", "mailgun", "mailchimp", "mandrill",
	"postmark", "mapbox", "firebase", "heroku", "datadog", "dd", "algolia", "pusher", "shopify",
	"paypal", "braintree", "square", "discord", "telegram", "npm", "pypi", "docker", "dockerhub",
	"hf", "huggingface", "cohere", "mistral", "groq", "pinecone", "supabase", "vercel", "netlify",
	"cloudflare", "cf", "digitalocean", "do", "linode", "okta", "auth0", "twitter", "facebook", "fb",
	"linkedin", "dropbox", "zoom", "atlassian", "jira", "confluence", "notion", "airtable",
	"segment", "mixpanel", "amplitude", "newrelic", "splunk", "pagerduty", "rollbar", "bugsnag",
	"sentry", "gemini", "replicate", "deepseek", "elevenlabs", "plaid", "coinbase", "binance",
	"alchemy", "infura", "etherscan", "youtube", "spotify", "stripe_live")

func keyQualifier(w string) (concept, bool) {
	if c, ok := keyQualifiers[w]; ok {
		return c, true
	}
	if len(w) > 3 {
		for q, c := range keyQualifiers {
			if len(q) >= 3 && strings.HasSuffix(w, q) {
				return c, true
			}
		}
	}
	return conceptNone, false
}

// tokenExcluded are words that, directly before "token", make it a lexer,
// pagination, LLM or anti-CSRF token rather than a credential.
var tokenExcluded = set("update", "version", "change", "etag", "client", "request", "problematic",
	"next", "prev", "previous", "page", "paging", "pagination", "continuation",
	"cursor", "sync", "resume", "marker", "start", "end", "stop", "eof", "eos", "bos", "pad", "padding",
	"unk", "unknown", "mask", "sep", "cls", "special", "csrf", "xsrf", "antiforgery", "forgery",
	"idempotency", "cancel", "cancellation", "lexer", "parser", "syntax", "device", "push",
	"registration", "fcm", "apns", "max", "min", "num", "total", "input", "output", "prompt",
	"completion", "context", "word", "sub", "text", "first", "last", "lex", "ast", "bpe", "vocab",
	"delimiter", "split", "image", "audio", "reasoning", "cached", "sot", "eot", "change", "request_id",
	"form", "anti")

// passExcluded are words that, directly before "pass", make it an algorithm
// or rendering pass, a boarding pass, etc.
var passExcluded = set("first", "second", "third", "final", "last", "next", "prev", "render",
	"compile", "compiler", "optimization", "optimize", "opt", "lint", "boarding", "hall", "bus",
	"day", "free", "season", "mountain", "by", "over", "through", "single", "multi", "two", "one",
	"double", "shadow", "depth", "blur", "post", "pre", "main", "forward", "backward", "fast", "slow")

// metaTrailers after the credential concept mark the binding as metadata
// about the credential (its type, header, name, URL, length, expiry, …).
var metaTrailers = set("type", "types", "header", "headers", "name", "names", "field", "fields",
	"url", "urls", "uri", "uris", "endpoint", "endpoints", "path", "paths", "file", "files",
	"filename", "filepath", "dir", "directory", "folder", "env", "environ", "envvar", "var", "vars",
	"variable", "length", "len", "size", "count", "min", "max", "expiry", "expires", "expiration",
	"exp", "ttl", "timeout", "lifetime", "age", "duration", "interval", "prefix", "suffix", "format",
	"fmt", "pattern", "regex", "regexp", "re", "label", "labels", "id", "ids", "error", "errors",
	"err", "errs", "metric", "metrics", "total", "enabled", "disabled", "required", "enable",
	"policy", "policies", "mode", "method", "methods", "scheme", "schemes", "strategy", "provider",
	"providers", "backend", "backends", "plugin", "plugins", "mechanism", "mechanisms", "source", "location", "loc", "param", "params", "parameter",
	"arg", "args", "argument", "option", "options", "opts", "flag", "flags", "attr", "attribute",
	"column", "col", "table", "index", "idx", "hash", "hashes", "hashed", "digest", "hasher",
	"validator", "validation", "valid", "rule", "rules", "rotation", "version", "ver", "algorithm",
	"alg", "algo", "scope", "scopes", "audience", "aud", "issuer", "iss", "manager", "mgr",
	"handler", "factory", "generator", "class", "kind", "category", "description", "desc", "help",
	"hint", "message", "msg", "title", "placeholder", "prompt", "question", "ref", "reference",
	"arn", "status", "state", "cache", "counter", "limit", "threshold", "bits", "chars", "secs",
	"seconds", "ms", "millis", "minutes", "hours", "days", "fingerprint", "thumbprint", "kid",
	"input", "widget", "form", "selector", "locator", "xpath", "css", "button", "btn", "textbox",
	"element", "elem", "view", "page", "screen", "route", "callback", "request", "req",
	"response", "resp", "schema", "model", "serializer", "spec", "config", "cfg", "setting",
	"settings", "reset", "changed", "set", "present", "exists", "missing", "invalid", "expired",
	"revoked", "check", "checker", "verifier", "verify", "mask", "masked", "strength",
	"complexity", "reuse", "history", "attempts", "retries", "lockout", "sent", "usage", "stats",
	"rate", "latency", "log", "logger", "event", "events", "audit", "topic", "queue", "channel",
	"bucket", "region", "zone", "fail", "failed", "failure", "through", "thru", "store",
	"keyring", "vault", "client", "service", "loader", "getter", "setter", "func", "fn", "cb",
	"used", "sent", "received", "issued", "refreshed", "fetch", "refresh_count", "lookup",
	"key_name", "keyname", "annotation", "tag", "tags", "selector", "template", "tmpl",
	"placeholder_text", "text", "prompts", "length_min", "storage_class", "hashers", "validators",
	"handlers", "managers", "backends", "classes", "fields", "generators", "checkers",
	// Word lists about credentials, not credentials: PASSWORD_KEYWORDS, credFragments.
	"keyword", "keywords", "word", "words", "fragment", "fragments", "term", "terms", "synonyms",
	"aliases", "alias", "formats", "variants", "prefixes", "suffixes", "patterns", "hints",
	"compounds", "parts", "stems", "markers", "concepts", "qualifiers", "trailers")

// allowedTrailers may follow the concept without weakening it.
var allowedTrailers = set("value", "val", "str", "string", "raw", "plain", "plaintext", "clear",
	"cleartext", "b64", "base64", "hex", "bytes", "data", "bin", "binary", "base", "prod",
	"production", "dev", "development", "staging", "stage", "test", "live", "sandbox", "local",
	"old", "new", "current", "primary", "secondary", "backup", "default", "for", "of", "db",
	"database", "admin", "root", "user", "app", "account", "api", "main", "global", "master",
	"server", "here", "v", "bot", "secret", "key", "token", "password", "pass", "pwd", "encoded",
	"b", "s", "x", "readonly", "ro", "rw", "write", "read", "confirmation", "confirm", "again",
	"repeat", "retype", "2")

// flagWords anywhere in a name make it a switch about credentials.
var flagWords = set("disable", "disabled", "enable", "enabled", "skip", "bypass", "toggle")

// leadingMeta as the first word makes the whole name metadata (max_tokens,
// is_secret, use_token).
var leadingMeta = set("max", "min", "num", "number", "total", "count", "is", "has", "use", "uses",
	"enable", "enabled", "disable", "should", "show", "hide", "allow", "require", "requires",
	"validate", "check", "verify", "get", "fetch", "load", "parse", "generate", "gen", "forgot",
	"n", "len", "expected_len", "want_len")

// negatingQualifiers directly before the concept: the binding holds a
// derived or obscured form, not the secret.
var negatingQualifiers = set("hashed", "hash", "encrypted", "salted", "masked", "redacted",
	"obfuscated", "bcrypt", "pbkdf2", "scrypt", "argon2")

// fakeWords anywhere in the name mark deliberately fake or public values.
var fakeWords = set("example", "examples", "sample", "dummy", "fake", "mock", "mocked", "stub",
	"fixture", "placeholder", "invalid", "bad", "wrong", "expired", "revoked", "malformed", "bogus",
	"redacted", "public", "publishable", "pub", "unused", "nonexistent", "incorrect")

func conceptAt(words []string, i int) (concept, strength) {
	w := words[i]
	prev := ""
	if i > 0 {
		prev = words[i-1]
	}
	switch w {
	case "password", "passwd", "passphrase", "passcode", "passkey", "pwd", "pw", "passw", "pword", "pswd", "psw":
		return conceptPassword, nameStrong
	case "pass":
		if passExcluded[prev] {
			return conceptNone, nameNone
		}
		return conceptPassword, nameStrong
	case "secret":
		return conceptSecret, nameStrong
	case "secrets":
		return conceptSecret, nameWeak
	case "token":
		if tokenExcluded[prev] {
			return conceptNone, nameNone
		}
		return conceptToken, nameStrong
	case "key", "keys":
		if prev == "" {
			return conceptNone, nameNone
		}
		if c, ok := keyQualifier(prev); ok {
			return c, nameStrong
		}
	case "credential", "credentials", "creds", "cred":
		return conceptAuth, nameStrong
	case "auth", "authorization", "authentication", "bearer", "apikey":
		if w == "apikey" {
			return conceptToken, nameStrong
		}
		return conceptAuth, nameWeak
	case "dsn", "connstr":
		return conceptContainer, nameStrong
	case "string", "str":
		if prev == "connection" || prev == "conn" {
			return conceptContainer, nameStrong
		}
	}
	return conceptNone, nameNone
}

// analyzeName classifies a binding name.
func analyzeName(name string) nameInfo {
	if strings.Contains(name, "::") || strings.ContainsAny(strings.TrimSpace(name), " \t\n") {
		// A type or resource identifier (AWS::IAM::AccessKey, Foo::Bar) or prose, not the name of
		// a binding that holds a value.
		return nameInfo{}
	}
	info := nameInfo{words: nameWords(name)}
	for _, w := range info.words {
		if flagWords[w] {
			return nameInfo{} // DISABLE_SESSION_AUTH, enable_token_auth: a switch, not a secret
		}
	}
	words := info.words
	if len(words) == 0 {
		return info
	}
	if len(words) > 1 && leadingMeta[words[0]] {
		return info
	}
	idx := -1
	var c concept
	var s strength
	for i := range words {
		if fakeWords[words[i]] {
			return info
		}
		if ci, si := conceptAt(words, i); ci != conceptNone {
			idx, c, s = i, ci, si
		}
	}
	if idx < 0 {
		return info
	}
	if idx > 0 && negatingQualifiers[words[idx-1]] {
		return info
	}
	for _, w := range words[idx+1:] {
		if metaTrailers[w] {
			return info
		}
		// password_key, token_key, auth_keys: the name of a lookup key.
		if (w == "key" || w == "keys") && (c == conceptPassword || c == conceptToken || c == conceptAuth) {
			return info
		}
		if allowedTrailers[w] || providers[w] || isNumberWord(w) {
			continue
		}
		s = nameWeak
	}
	for _, w := range words {
		if w == "test" || w == "testing" {
			s = nameWeak
		}
	}
	// A lone weak concept word ("auth", "bearer") stays weak; "auth" after
	// a stronger concept was already superseded as last concept.
	info.concept, info.strength = c, s
	joined := strings.Join(words, "")
	info.aws = strings.Contains(joined, "secretaccesskey") ||
		(containsWord(words, "aws") && (containsWord(words, "secret") || containsWord(words, "secrets")))
	return info
}

func containsWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] == 'v' && len(w) > 1 {
		w = w[1:]
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// IsCredentialName reports whether a binding, key, parameter or field name
// denotes a credential or a credential container: apiKey, API_KEY, api-key,
// EMAIL_PASSWORD, clientSecret, auth_token, private_key, dsn, SECRET_KEY,
// JWT_SECRET_KEY, passwd, pwd, access_token, refresh_token, signing_key.
// Names whose trailing words mark metadata (token_type, TOKEN_HEADER,
// password_field, api_key_name, token_url, secret_id, token_count,
// token_fetch_errors), non-credential tokens (NextToken, csrf_token,
// max_tokens, pad_token) and fake/public values (example_key, public_key)
// are not credential names.
func IsCredentialName(name string) bool {
	return analyzeName(name).strength != nameNone
}
