package secrets

import (
	"encoding/base64"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Match is one finding inside a string literal.
type Match struct {
	Rule        string // "AV101".."AV104"
	Kind        string // stable machine id, e.g. "aws-access-key-id", "credential-name"
	Description string // human phrase used in messages, e.g. "AWS access key ID"
	Start, End  int    // byte range of the secret inside the literal value
	Redacted    string // safe display form, see Redact; never the full value
	Confidence  string // "high" | "medium" | "low"
}

// Context tells the engine where a literal sits.
type Context struct {
	// Name is the binding, key, parameter or field name the literal is
	// assigned to ("" if none): variable, constant, dict/map key, struct
	// field, keyword argument, config key such as SECRET_KEY.
	Name string
	// Sink is non-empty when the literal is passed straight into a security
	// API, e.g. "jwt-signing-key", "hmac-key", "basic-auth-password",
	// "bearer-header", "requests-auth". Set it only for the argument that
	// carries the secret.
	Sink string
	// TestFile marks test files (foo_test.go, test_*.py, tests/...): the
	// engine is stricter there.
	TestFile bool
	// Language ("go" or "python") picks the fix the message shows; empty shows both.
	Language string
}

// Rule IDs.
const (
	RuleCredential  = "AV101"
	RuleTokenFormat = "AV102"
	RulePlaceholder = "AV103"
	RuleURLCreds    = "AV104"
)

// Kinds that are not provider formats.
const (
	KindCredentialName      = "credential-name"
	KindSecurityAPIArgument = "security-api-argument"
	KindBearerToken         = "bearer-token"
	KindBasicAuth           = "basic-auth-credentials"
	KindEmbeddedCredential  = "embedded-credential"
	KindPlaceholder         = "placeholder"
	KindURLCredentials      = "url-credentials"
	KindURLPlaceholder      = "url-placeholder-credentials"
	KindConnString          = "connection-string-credentials"
	KindPrivateKey          = "private-key"
	KindAWSSecretKey        = "aws-secret-access-key"
)

// Scan returns every finding for one string literal value, best first, with
// no two findings overlapping (a provider-format match wins over a URL, name
// or placeholder match for the same bytes).
func Scan(value string, ctx Context) []Match {
	var out []Match
	if len(value) >= minGateLen {
		ft := featuresOf(value)
		out = scanFormats(value, ft, ctx, out)
		out = scanURLs(value, ft, ctx, out)
		out = scanKV(value, ft, ctx, out)
	}
	out = scanNamed(value, ctx, out)
	return finish(out)
}

// Gate minimum lengths.
const (
	urlMinLen    = 8  // a://:p@h
	dsnMinLen    = 9  // u:p@tcp()
	kvMinLen     = 5  // pw=x1
	schemeMinLen = 22 // "Token " + 16
)

var minGateLen = func() int {
	m := pemMinLen
	for _, f := range formats {
		if f.minLen < m {
			m = f.minLen
		}
	}
	for _, n := range []int{urlMinLen, dsnMinLen, kvMinLen, schemeMinLen} {
		if n < m {
			m = n
		}
	}
	return m
}()

// Prefilter is a cheap byte-level check: when it returns false, Scan(value,
// ctx) with an empty Name and Sink returns nothing. It is the union of the
// gates of every detector that can fire without a name, so it is sound by
// construction (and property-tested).
func Prefilter(value string) bool {
	if len(value) < minGateLen {
		return false
	}
	ft := featuresOf(value)
	for _, f := range formats {
		if f.gate(value, ft) {
			return true
		}
	}
	return pemGate(value, ft) || urlGate(value, ft) || dsnGate(value, ft) || kvGate(value, ft) || authSchemeGate(value)
}

func newMatch(rule, kind, desc, v string, start, end int, conf string) Match {
	return Match{Rule: rule, Kind: kind, Description: desc, Start: start, End: end,
		Redacted: Redact(v[start:end]), Confidence: conf}
}

// ---- provider formats (AV102) ----

func scanFormats(v string, ft feats, ctx Context, out []Match) []Match {
	awsFound := false
	for _, f := range formats {
		if !f.gate(v, ft) {
			continue
		}
		conf := f.conf
		if ctx.TestFile && f.testConf != "" {
			if f.testConf == "-" {
				continue
			}
			conf = f.testConf
		}
		for _, loc := range f.re.FindAllStringSubmatchIndex(v, -1) {
			if loc[0] > 0 && isAlnumByte(v[loc[0]-1]) {
				continue
			}
			if loc[1] < len(v) && (isAlnumByte(v[loc[1]]) || strings.IndexByte(f.tail, v[loc[1]]) >= 0) {
				continue
			}
			s, e := loc[0], loc[1]
			if f.group > 0 {
				s, e = loc[2*f.group], loc[2*f.group+1]
			}
			sec := v[s:e]
			if !f.noDocCheck && isDocExample(sec) {
				continue
			}
			if f.valid != nil && !f.valid(sec) {
				continue
			}
			desc := f.desc
			if f.descFor != nil {
				desc = f.descFor(sec)
			}
			out = append(out, newMatch(RuleTokenFormat, f.kind, desc, v, s, e, conf))
			if f.kind == "aws-access-key-id" {
				awsFound = true
			}
		}
	}
	if pemGate(v, ft) {
		for _, r := range findPEM(v) {
			conf := High
			if ctx.TestFile {
				conf = Low
			}
			out = append(out, newMatch(RuleTokenFormat, KindPrivateKey, pemDescription(v[r[0]:r[1]]), v, r[0], r[1], conf))
		}
	}
	if awsFound {
		for _, r := range findAWSSecrets(v) {
			out = append(out, newMatch(RuleTokenFormat, KindAWSSecretKey, "AWS secret access key", v, r[0], r[1], High))
		}
	}
	return out
}

func pemDescription(block string) string {
	m := pemRE.FindStringSubmatch(block)
	if m == nil {
		return "private key"
	}
	switch strings.TrimSpace(m[1]) {
	case "RSA":
		return "RSA private key"
	case "EC":
		return "EC private key"
	case "DSA":
		return "DSA private key"
	case "OPENSSH":
		return "OpenSSH private key"
	case "ENCRYPTED":
		return "encrypted private key"
	case "PGP":
		return "PGP private key"
	}
	return "private key"
}

// ---- connection URLs and DSNs (AV104) ----

var (
	urlCredRE = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.\-]*://([^\s:/?#@"'<>]*):([^\s@/?"']*)@(\[[0-9A-Fa-f:.]+\]|[^\s/?#@:"'<>\\]+)`)
	goDSNRE   = regexp.MustCompile(`([^\s:@/()"'=;,]+):([^\s@()"']*)@(?:tcp|udp|unix)\(([^)\s]*)\)`)
)

func scanURLs(v string, ft feats, ctx Context, out []Match) []Match {
	if urlGate(v, ft) {
		for _, m := range urlCredRE.FindAllStringSubmatchIndex(v, -1) {
			out = urlPassword(v, m[4], m[5], v[m[2]:m[3]], v[m[6]:m[7]], "connection URL", ctx, out)
		}
	}
	if dsnGate(v, ft) {
		for _, m := range goDSNRE.FindAllStringSubmatchIndex(v, -1) {
			host := v[m[6]:m[7]]
			if i := strings.LastIndexByte(host, ':'); i > 0 && !strings.Contains(host, "]") {
				host = host[:i]
			}
			if host == "" || strings.HasPrefix(host, "/") {
				host = "localhost"
			}
			out = urlPassword(v, m[4], m[5], v[m[2]:m[3]], host, "database DSN", ctx, out)
		}
	}
	return out
}

func urlPassword(v string, ps, pe int, user, host, where string, ctx Context, out []Match) []Match {
	p := v[ps:pe]
	// A password may hold an unencoded '#' (postgres://app:Xk9#vR2@db/app); a port followed by a
	// fragment (http://host:8080#x@y) is no password.
	if i := strings.IndexByte(p, '#'); i >= 0 && strings.Trim(p[:i], "0123456789") == "" {
		return out
	}
	if p == "" || isTemplate(p) || p[0] == '<' || p[0] == ':' || isEnvVarName(p) || isMaskRun(p) {
		return out
	}
	lp := strings.ToLower(p)
	if strings.Contains(lp, "%3c") || strings.Contains(lp, "%7b") || strings.Contains(lp, "%24") ||
		strings.Contains(p, "***") || strings.Contains(lp, "xxx") {
		return out
	}
	if isDocHost(host) {
		return out
	}
	local := isLocalHost(host)
	if IsPlaceholder(p) || p == user {
		if ctx.TestFile || local {
			return out
		}
		return append(out, newMatch(RulePlaceholder, KindURLPlaceholder, "placeholder password in "+where, v, ps, pe, Low))
	}
	st := analyze(p)
	rnd := looksRandom(p, st)
	conf := Medium
	if rnd || (looksLikePassword(st) && st.n >= 8) {
		conf = High
	}
	if ctx.TestFile {
		if local || !rnd {
			return out
		}
		conf = Medium
	}
	if local {
		conf = Low
	}
	return append(out, newMatch(RuleURLCreds, KindURLCredentials, "password in "+where, v, ps, pe, conf))
}

// ---- key=value text: connection strings, query strings, JSON (AV104/AV101) ----

var (
	kvRE     = regexp.MustCompile(`(?:^|[\s?&;,{(|\-])([A-Za-z_][A-Za-z0-9_.\-]{0,63})=("[^"]*"|'[^']*'|[^\s&;,'"()|}]*)`)
	jsonKVRE = regexp.MustCompile(`["']([A-Za-z_][A-Za-z0-9_.\-]{0,63})["']\s*:\s*["']([^"'\n]*)["']`)
	// credFragments: every strong credential name contains one of these
	// (ASCII case-insensitively); kvGate relies on it.
	credFragments = []string{"pass", "pw", "psw", "secret", "token", "key", "cred"}
)

func scanKV(v string, ft feats, ctx Context, out []Match) []Match {
	if !kvGate(v, ft) {
		return out
	}
	if strings.IndexByte(v, '=') >= 0 {
		for _, m := range kvRE.FindAllStringSubmatchIndex(v, -1) {
			out = kvPair(v, v[m[2]:m[3]], m[4], m[5], false, ctx, out)
		}
	}
	if strings.IndexByte(v, ':') >= 0 {
		for _, m := range jsonKVRE.FindAllStringSubmatchIndex(v, -1) {
			out = kvPair(v, v[m[2]:m[3]], m[4], m[5], true, ctx, out)
		}
	}
	return out
}

func kvPair(v, key string, vs, ve int, js bool, ctx Context, out []Match) []Match {
	if ve-vs >= 2 && (v[vs] == '"' || v[vs] == '\'') && v[ve-1] == v[vs] {
		vs, ve = vs+1, ve-1
	}
	val := v[vs:ve]
	if val == "" {
		return out
	}
	if val[0] == '{' || val[0] == '$' || val[0] == '%' || val[0] == '<' || ve < len(v) && v[ve] == '}' {
		return out // a template: key={self.api_key}, key=${KEY}, key=%(key)s, key=<key>
	}
	info := analyzeName(key)
	if info.strength != nameStrong || info.concept == conceptContainer {
		return out
	}
	if info.aws && awsSecretShape(val) {
		conf := High
		if ctx.TestFile {
			conf = Medium
		}
		return append(out, newMatch(RuleTokenFormat, KindAWSSecretKey, "AWS secret access key", v, vs, ve, conf))
	}
	if isTemplate(val) || IsPlaceholder(val) || isMaskRun(val) || sameWords(val, info.words) ||
		nonSecretShape(val, ctx.TestFile) {
		return out
	}
	conf := evidence(val, info, false, ctx.TestFile)
	if conf != High && conf != Medium {
		return out
	}
	if js {
		return append(out, newMatch(RuleCredential, KindEmbeddedCredential,
			fmt.Sprintf("%s in embedded %q field", conceptNoun(info.concept), key), v, vs, ve, conf))
	}
	return append(out, newMatch(RuleURLCreds, KindConnString,
		fmt.Sprintf("%s in %q parameter", conceptNoun(info.concept), key), v, vs, ve, conf))
}

// ---- Authorization header values without a name (AV101) ----

// splitAuthScheme recognises "Bearer x", "Basic x" and "Token x" and returns
// the lower-case scheme and the offset of x.
func splitAuthScheme(s string) (string, int) {
	for _, sc := range []string{"bearer", "basic", "token"} {
		if len(s) > len(sc)+1 && strings.EqualFold(s[:len(sc)], sc) && (s[len(sc)] == ' ' || s[len(sc)] == '\t') {
			i := len(sc)
			for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
				i++
			}
			return sc, i
		}
	}
	return "", 0
}

// decodeBasic decodes the credentials of a Basic header value.
func decodeBasic(tok string) (user, pass string, ok bool) {
	b, err := base64.StdEncoding.DecodeString(tok)
	if err != nil {
		b, err = base64.RawStdEncoding.DecodeString(tok)
		if err != nil {
			return "", "", false
		}
	}
	s := string(b)
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return "", "", false
	}
	for _, r := range s {
		if r < 0x20 || r == 0xFFFD {
			return "", "", false
		}
	}
	return s[:i], s[i+1:], true
}

func scanAuthScheme(v string, ctx Context, out []Match) []Match {
	if !authSchemeGate(v) || ctx.TestFile {
		return out
	}
	start, end := trimRange(v)
	scheme, off := splitAuthScheme(v[start:end])
	if scheme == "" {
		return out
	}
	start += off
	tok := v[start:end]
	if isTemplate(tok) || IsPlaceholder(tok) {
		return out
	}
	if scheme == "basic" {
		if _, pass, ok := decodeBasic(tok); ok && pass != "" && !IsPlaceholder(pass) && !isTemplate(pass) {
			return append(out, newMatch(RuleCredential, KindBasicAuth, "HTTP Basic credentials", v, start, end, High))
		}
		return out
	}
	if looksRandom(tok, analyze(tok)) {
		return append(out, newMatch(RuleCredential, KindBearerToken, "bearer token", v, start, end, Medium))
	}
	return out
}

// ---- credential-named bindings and security sinks (AV101/AV103) ----

func trimRange(v string) (int, int) {
	s, e := 0, len(v)
	for s < e && isSpace(v[s]) {
		s++
	}
	for e > s && isSpace(v[e-1]) {
		e--
	}
	return s, e
}

func sameWords(val string, words []string) bool {
	vw := nameWords(val)
	if len(vw) == 0 || len(vw) != len(words) {
		return false
	}
	for i := range vw {
		if vw[i] != words[i] {
			return false
		}
	}
	return true
}

func scanNamed(v string, ctx Context, out []Match) []Match {
	if isRedaction(v) || len(v) > 4 && strings.HasPrefix(v, "__") && strings.HasSuffix(v, "__") {
		return out // a redaction marker or a dunder name (__root__), not a value that authenticates
	}
	if n := ctx.Name; n != "" && n[0] >= 'A' && n[0] <= 'Z' && !strings.Contains(n, "_") && n != strings.ToUpper(n) {
		// A PascalCase constant whose value spells its last word is an enum member:
		// AssessmentPass = "pass", StatusSecret = "secret".
		if ws := nameWords(n); len(ws) > 1 && v == ws[len(ws)-1] {
			return out
		}
	}
	sink := ctx.Sink != ""
	var info nameInfo
	if ctx.Name != "" {
		info = analyzeName(ctx.Name)
	}
	if !sink && info.strength == nameNone {
		return scanAuthScheme(v, ctx, out)
	}
	if !sink && info.concept == conceptContainer {
		return out
	}
	start, end := trimRange(v)
	if start == end {
		return out
	}
	s := v[start:end]
	scheme, off := splitAuthScheme(s)
	if scheme != "" {
		start += off
		s = v[start:end]
	} else if !sink && sameWords(s, info.words) {
		return out
	}
	if isTemplate(s) {
		return out
	}
	if !sink && (operatorPhrase(s) || namesURLPart(info.words) && isSlug(s)) {
		// A lexer's operator token (token = "not in") or a URL path segment
		// (reset_url_token = "set-password"): text the code matches, not a credential.
		return out
	}
	noun := "secret" // sink only: the message names the sink
	if info.strength != nameNone {
		noun = conceptNoun(info.concept)
	}
	if isDocumentedSecret(s) || sink && vocabPhrase(s) {
		// The secret key of a framework's documentation, or a phrase of credential words
		// ("this-is-secret", "jwt-secret-key") given to a security API: public or guessable.
		if ctx.TestFile {
			return out
		}
		return append(out, newMatch(RulePlaceholder, KindPlaceholder, "placeholder "+noun, v, start, end, Medium))
	}
	if scheme == "basic" {
		if _, pass, ok := decodeBasic(s); ok {
			if pass == "" || isTemplate(pass) {
				return out
			}
			if IsPlaceholder(pass) {
				if ctx.TestFile {
					return out
				}
				return append(out, newMatch(RulePlaceholder, KindPlaceholder, "placeholder HTTP Basic password", v, start, end, Medium))
			}
			conf := High
			if ctx.TestFile {
				conf = Medium
			}
			return append(out, newMatch(RuleCredential, KindBasicAuth, "HTTP Basic credentials", v, start, end, conf))
		}
	}
	if info.aws && awsSecretShape(s) {
		conf := High
		if ctx.TestFile {
			conf = Medium
		}
		return append(out, newMatch(RuleTokenFormat, KindAWSSecretKey, "AWS secret access key", v, start, end, conf))
	}
	if strings.HasPrefix(s, "pk_live_") || strings.HasPrefix(s, "pk_test_") {
		return out // Stripe publishable keys are public by design
	}
	if isProse(s) || valueShape(s, ctx.TestFile) {
		return out
	}
	if user, pass, ok := userPass(s); ok && (pass == user || IsPlaceholder(pass)) {
		if ctx.TestFile {
			return out
		}
		return append(out, newMatch(RulePlaceholder, KindPlaceholder, "placeholder "+noun, v, start, end, Medium))
	}
	if p := placeholderScore(s); p == 2 || (p == 1 && !isEnvVarName(s)) {
		if ctx.TestFile {
			return out
		}
		conf := Medium
		if !sink && info.strength == nameWeak {
			conf = Low
		}
		return append(out, newMatch(RulePlaceholder, KindPlaceholder, "placeholder "+noun, v, start, end, conf))
	}
	if nonSecretShape(s, ctx.TestFile) {
		return out
	}
	if !sink && namesLookupKey(info.words) && isIdentifierKey(s) {
		// NONCE_SESSION_KEY = "allauth_facebook_nonce": the key a value is stored under in the
		// session or a cache, not a key that signs anything.
		return out
	}
	conf := evidence(s, info, sink, ctx.TestFile)
	if conf == "" {
		return out
	}
	kind := KindCredentialName
	if info.strength == nameNone {
		kind = KindSecurityAPIArgument
	}
	if (scheme == "bearer" || scheme == "token") && info.strength != nameNone {
		noun = "bearer token"
	}
	return append(out, newMatch(RuleCredential, kind, "hardcoded "+noun, v, start, end, conf))
}

// evidence grades how secret-like s is for a credential name or sink; ""
// means not a finding.
func evidence(s string, info nameInfo, sink, testFile bool) string {
	st := analyze(s)
	rnd := looksRandom(s, st)
	if testFile {
		if rnd && !st.hexOnly && !hexWithDashes(s) && info.strength != nameWeak {
			return Medium
		}
		return ""
	}
	conf := ""
	switch {
	case rnd:
		conf = High
	case st.hexOnly && st.n >= 16 && st.digit > 0 && st.letters() > 0:
		conf = Medium
	case wordsOnly(s):
		words := splitWords(s)
		switch {
		case len(words) == 1 || !strings.ContainsAny(s, "-_."):
			// a word or a CamelCase identifier
			if irregularCase(s) && st.n >= 6 {
				conf = Medium
			} else if sink && st.n >= 4 {
				conf = Low
			}
		case allVocab(words):
			// "auth_token", "api-key": a key name, not a key
		case len(words) >= 3 && st.n >= 12:
			if sink || info.concept == conceptPassword {
				conf = Medium
			} else {
				conf = Low
			}
		case sink:
			conf = Low
		}
	case looksLikePassword(st):
		conf = Medium
	case sink && st.n >= 4:
		conf = Low
	}
	if conf != "" && !sink && info.strength == nameWeak {
		switch conf {
		case High:
			conf = Medium
		case Medium:
			if st.n >= 10 {
				conf = Low
			} else {
				conf = ""
			}
		default:
			conf = ""
		}
	}
	return conf
}

// wordsOnly: letters and - _ . only, with at least one letter.
func wordsOnly(s string) bool {
	letter := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isLetter(c):
			letter = true
		case c == '-' || c == '_' || c == '.':
		default:
			return false
		}
	}
	return letter
}

func allVocab(words []string) bool {
	for _, w := range words {
		if !placeholderVocab[w] && !headerNames[w] {
			return false
		}
	}
	return true
}

func conceptNoun(c concept) string {
	switch c {
	case conceptPassword:
		return "password"
	case conceptSecret:
		return "secret key"
	case conceptToken:
		return "API key or token"
	case conceptPrivateKey:
		return "private key"
	}
	return "credential"
}

var sinkNouns = map[string]string{
	"jwt-signing-key":     "JWT signing key",
	"hmac-key":            "HMAC key",
	"basic-auth-password": "basic-auth password",
	"bearer-header":       "bearer token",
	"requests-auth":       "HTTP auth credential",
	"session-secret":      "session secret",
	"cookie-secret":       "cookie signing secret",
	"encryption-key":      "encryption key",
	"db-password":         "database password",
	"tls-private-key":     "TLS private key",
	"oauth-client-secret": "OAuth client secret",
}

func sinkNoun(sink string) string {
	if n, ok := sinkNouns[sink]; ok {
		return n
	}
	if sink == "" {
		return "credential"
	}
	return strings.ReplaceAll(sink, "-", " ")
}

var rulePriority = map[string]int{RuleTokenFormat: 0, RuleURLCreds: 1, RuleCredential: 2, RulePlaceholder: 3}

func confRank(c string) int {
	switch c {
	case High:
		return 3
	case Medium:
		return 2
	case Low:
		return 1
	}
	return 0
}

// finish removes overlapping findings (keeping the higher-priority rule)
// and orders the rest best first.
func finish(ms []Match) []Match {
	if len(ms) <= 1 {
		return ms
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if pi, pj := rulePriority[ms[i].Rule], rulePriority[ms[j].Rule]; pi != pj {
			return pi < pj
		}
		if ci, cj := confRank(ms[i].Confidence), confRank(ms[j].Confidence); ci != cj {
			return ci > cj
		}
		return ms[i].Start < ms[j].Start
	})
	kept := ms[:0]
	for _, m := range ms {
		overlap := false
		for _, k := range kept {
			if m.Start < k.End && k.Start < m.End {
				overlap = true
				break
			}
		}
		if !overlap {
			kept = append(kept, m)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool {
		if ci, cj := confRank(kept[i].Confidence), confRank(kept[j].Confidence); ci != cj {
			return ci > cj
		}
		if pi, pj := rulePriority[kept[i].Rule], rulePriority[kept[j].Rule]; pi != pj {
			return pi < pj
		}
		return kept[i].Start < kept[j].Start
	})
	return kept
}

// userPass splits "user:password" credential pairs.
func userPass(s string) (user, pass string, ok bool) {
	i := strings.IndexByte(s, ':')
	if i <= 0 || i == len(s)-1 || strings.IndexByte(s[i+1:], ':') >= 0 {
		return "", "", false
	}
	return s[:i], s[i+1:], true
}
