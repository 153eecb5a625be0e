package secrets

import (
	"encoding/base64"
	"encoding/json"
	"regexp"
	"strings"
)

// Confidence levels.
const (
	High   = "high"
	Medium = "medium"
	Low    = "low"
)

// format describes one provider token format (rule AV102). The table is
// data: each entry has a cheap gate (length plus substring checks) that must
// pass before its regexp runs, so ordinary literals cost a few comparisons.
type format struct {
	kind    string
	desc    string
	envHint string // suggested environment variable name for messages
	minLen  int
	anyOf   []string // gate: at least one must be a substring (nil: always)
	re      *regexp.Regexp
	group   int    // capture group holding the secret (0: whole match)
	tail    string // extra bytes that may not follow the match ("" : alnum only)
	conf    string
	// descFor refines desc from the matched secret (optional).
	descFor func(secret string) string
	// valid rejects structurally valid but fake matches (optional; the
	// documentation-example check always runs).
	valid func(secret string) bool
	// testConf overrides conf in test files; "-" suppresses the match.
	testConf string
	// noDocCheck skips the generic documentation-example check.
	noDocCheck bool
	// bit is the feature bit set when any anyOf substring occurs.
	bit feats
}

var formats = []*format{
	{
		kind: "aws-access-key-id", desc: "AWS access key ID", envHint: "AWS_ACCESS_KEY_ID",
		minLen: 20, anyOf: []string{"AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA"},
		re:   regexp.MustCompile(`(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}`),
		conf: High,
		descFor: func(s string) string {
			if strings.HasPrefix(s, "ASIA") {
				return "AWS temporary (STS) access key ID"
			}
			return "AWS access key ID"
		},
		valid: func(s string) bool { return mixedAlnum(s[4:]) },
	},
	{
		kind: "github-token", desc: "GitHub token", envHint: "GITHUB_TOKEN",
		minLen: 40, anyOf: []string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_"},
		re:   regexp.MustCompile(`gh[pousr]_[A-Za-z0-9]{36}`),
		conf: High,
		descFor: func(s string) string {
			switch s[2] {
			case 'p':
				return "GitHub personal access token"
			case 'o':
				return "GitHub OAuth access token"
			case 'u':
				return "GitHub user-to-server token"
			case 's':
				return "GitHub app installation token"
			}
			return "GitHub refresh token"
		},
		valid: func(s string) bool { return mixedAlnum(s[4:]) },
	},
	{
		kind: "github-token", desc: "GitHub fine-grained personal access token", envHint: "GITHUB_TOKEN",
		minLen: 93, anyOf: []string{"github_pat_"},
		re:   regexp.MustCompile(`github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}`),
		tail: "_", conf: High,
	},
	{
		kind: "gitlab-token", desc: "GitLab personal access token", envHint: "GITLAB_TOKEN",
		minLen: 26, anyOf: []string{"glpat-"},
		re:   regexp.MustCompile(`glpat-[A-Za-z0-9_\-]{20,64}`),
		tail: "_-", conf: High,
		valid: func(s string) bool { return mixedAlnum(s[6:]) },
	},
	{
		kind: "slack-token", desc: "Slack token", envHint: "SLACK_TOKEN",
		minLen: 20, anyOf: []string{"xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxo-", "xoxe-"},
		re:   regexp.MustCompile(`xox[abeoprs]-(?:[0-9]+-)+[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*`),
		tail: "-", conf: High,
		descFor: func(s string) string {
			switch s[3] {
			case 'b':
				return "Slack bot token"
			case 'p':
				return "Slack user token"
			}
			return "Slack token"
		},
		valid: func(s string) bool { return countDigits(s) >= 10 && len(s) >= 24 },
	},
	{
		kind: "slack-token", desc: "Slack app-level token", envHint: "SLACK_APP_TOKEN",
		minLen: 30, anyOf: []string{"xapp-"},
		re:   regexp.MustCompile(`xapp-[0-9]+-[A-Z0-9]+-[0-9]+-[a-f0-9]{16,}`),
		conf: High,
	},
	{
		kind: "slack-webhook-url", desc: "Slack incoming webhook URL", envHint: "SLACK_WEBHOOK_URL",
		minLen: 60, anyOf: []string{"hooks.slack.com/"},
		re:    regexp.MustCompile(`hooks\.slack\.com/(?:services|workflows|triggers)/(T[A-Z0-9]{6,}/[A-Z0-9]{6,}/[A-Za-z0-9]{16,})`),
		group: 1, conf: High,
	},
	{
		kind: "discord-webhook-url", desc: "Discord webhook URL", envHint: "DISCORD_WEBHOOK_URL",
		minLen: 100, anyOf: []string{"/api/webhooks/"},
		re:    regexp.MustCompile(`discord(?:app)?\.com/api/webhooks/([0-9]{17,20}/[A-Za-z0-9_\-]{60,68})`),
		group: 1, tail: "_-", conf: High,
	},
	{
		kind: "stripe-secret-key", desc: "Stripe live secret key", envHint: "STRIPE_SECRET_KEY",
		minLen: 28, anyOf: []string{"k_live_"},
		re:   regexp.MustCompile(`[sr]k_live_[0-9a-zA-Z]{20,247}`),
		conf: High,
		descFor: func(s string) string {
			if s[0] == 'r' {
				return "Stripe live restricted key"
			}
			return "Stripe live secret key"
		},
		valid: func(s string) bool { return mixedAlnum(s[8:]) },
	},
	{
		kind: "stripe-test-key", desc: "Stripe test-mode secret key", envHint: "STRIPE_SECRET_KEY",
		minLen: 28, anyOf: []string{"k_test_"},
		re:   regexp.MustCompile(`[sr]k_test_[0-9a-zA-Z]{20,247}`),
		conf: Low, testConf: "-",
		valid: func(s string) bool { return mixedAlnum(s[8:]) },
	},
	{
		kind: "google-api-key", desc: "Google API key", envHint: "GOOGLE_API_KEY",
		minLen: 39, anyOf: []string{"AIza"},
		re:   regexp.MustCompile(`AIza[0-9A-Za-z_\-]{35}`),
		tail: "_-", conf: High,
		valid: func(s string) bool { return mixedAlnum(s[4:]) },
	},
	{
		kind: "sendgrid-api-key", desc: "SendGrid API key", envHint: "SENDGRID_API_KEY",
		minLen: 69, anyOf: []string{"SG."},
		re:   regexp.MustCompile(`SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}`),
		tail: "_-", conf: High,
	},
	{
		kind: "twilio-api-key", desc: "Twilio API key SID", envHint: "TWILIO_API_KEY",
		minLen: 34, anyOf: []string{"SK"},
		re:    regexp.MustCompile(`SK[0-9a-f]{32}`),
		conf:  High,
		valid: func(s string) bool { return mixedAlnum(s[2:]) },
	},
	{
		kind: "twilio-account-sid", desc: "Twilio account SID", envHint: "TWILIO_ACCOUNT_SID",
		minLen: 34, anyOf: []string{"AC"},
		re:    regexp.MustCompile(`AC[0-9a-f]{32}`),
		conf:  Medium,
		valid: func(s string) bool { return mixedAlnum(s[2:]) },
	},
	{
		kind: "anthropic-api-key", desc: "Anthropic API key", envHint: "ANTHROPIC_API_KEY",
		minLen: 50, anyOf: []string{"sk-ant-"},
		re:   regexp.MustCompile(`sk-ant-(?:api|admin|sid|oat)[0-9]{2}-[A-Za-z0-9_\-]{32,}`),
		tail: "_-", conf: High,
	},
	{
		kind: "openai-api-key", desc: "OpenAI API key", envHint: "OPENAI_API_KEY",
		minLen: 40, anyOf: []string{"sk-"},
		re: regexp.MustCompile(`sk-(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{32,}|` +
			`[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})`),
		tail: "_-", conf: High,
		valid: func(s string) bool { return !strings.HasPrefix(s, "sk-ant-") && mixedAlnum(s[3:]) },
	},
	{
		kind: "npm-token", desc: "npm access token", envHint: "NPM_TOKEN",
		minLen: 40, anyOf: []string{"npm_"},
		re:    regexp.MustCompile(`npm_[A-Za-z0-9]{36}`),
		conf:  High,
		valid: func(s string) bool { return mixedAlnum(s[4:]) },
	},
	{
		kind: "pypi-token", desc: "PyPI API token", envHint: "PYPI_TOKEN",
		minLen: 70, anyOf: []string{"pypi-AgEIcHlwaS5vcmc"},
		re:   regexp.MustCompile(`pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}`),
		tail: "_-", conf: High,
	},
	{
		kind: "huggingface-token", desc: "Hugging Face access token", envHint: "HF_TOKEN",
		minLen: 37, anyOf: []string{"hf_"},
		re:    regexp.MustCompile(`hf_[A-Za-z]{34}`),
		conf:  High,
		valid: func(s string) bool { return irregularCase(s[3:]) },
	},
	{
		kind: "shopify-token", desc: "Shopify access token", envHint: "SHOPIFY_ACCESS_TOKEN",
		minLen: 38, anyOf: []string{"shpat_", "shpss_", "shpca_", "shppa_"},
		re:    regexp.MustCompile(`shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}`),
		conf:  High,
		valid: func(s string) bool { return mixedAlnum(s[6:]) },
	},
	{
		kind: "digitalocean-token", desc: "DigitalOcean token", envHint: "DIGITALOCEAN_TOKEN",
		minLen: 71, anyOf: []string{"dop_v1_", "doo_v1_", "dor_v1_"},
		re:   regexp.MustCompile(`do[opr]_v1_[a-f0-9]{64}`),
		conf: High,
	},
	{
		kind: "azure-storage-key", desc: "Azure storage account key", envHint: "AZURE_STORAGE_KEY",
		minLen: 99, anyOf: []string{"AccountKey="},
		re:    regexp.MustCompile(`AccountKey=([A-Za-z0-9+/]{86}==)`),
		group: 1, tail: "+/=", conf: High,
	},
	{
		kind: "jwt", desc: "JSON Web Token", envHint: "JWT",
		minLen: 36, anyOf: []string{"eyJ"},
		re:   regexp.MustCompile(`eyJ[A-Za-z0-9_\-]{10,}={0,2}\.eyJ[A-Za-z0-9_\-]{4,}={0,2}\.[A-Za-z0-9_\-]{16,}={0,2}`),
		tail: "_-=.", conf: High, testConf: Medium, noDocCheck: true,
		valid: validJWT,
	},
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// mixedAlnum requires both letters and digits: real random tokens of these
// lengths essentially always have both, hand-typed fakes often do not.
func mixedAlnum(s string) bool {
	st := analyze(s)
	return st.digit > 0 && st.letters() > 0
}

// isDocExample reports values that are documentation examples or fakes.
func isDocExample(s string) bool {
	lower := strings.ToLower(s)
	for _, m := range []string{"example", "xxxxx", "0000000000", "1234567890", "abcdefghij",
		"sample", "dummy", "placeholder", "redacted", "notreal", "fake", "your"} {
		if strings.Contains(lower, m) {
			return true
		}
	}
	run := 1
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1] {
			run++
			if run >= 8 {
				return true
			}
		} else {
			run = 1
		}
	}
	return false
}

// jwtSampleSig is the signature of the jwt.io documentation token.
const jwtSampleSig = "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"

func decodeSegment(seg string) ([]byte, error) {
	return base64.RawURLEncoding.DecodeString(strings.TrimRight(seg, "="))
}

func validJWT(tok string) bool {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 || strings.Contains(parts[2], jwtSampleSig) {
		return false
	}
	hdr, err := decodeSegment(parts[0])
	if err != nil {
		return false
	}
	var h map[string]any
	if json.Unmarshal(hdr, &h) != nil {
		return false
	}
	alg, ok := h["alg"].(string)
	if !ok || strings.EqualFold(alg, "none") {
		return false
	}
	payload, err := decodeSegment(parts[1])
	if err != nil {
		return false
	}
	var p map[string]any
	if json.Unmarshal(payload, &p) != nil {
		return false
	}
	if name, _ := p["name"].(string); name == "John Doe" {
		return false
	}
	return true
}

// pemRE finds the header of a PEM private key block. Public keys and
// certificates never match.
var pemRE = regexp.MustCompile(`-----BEGIN ((?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----`)

const pemMinLen = 27 + 32

// findPEM returns the byte ranges of private key blocks that carry a body of
// at least 32 base64 characters (a bare header, as used in parsing code, is
// not a key).
func findPEM(v string) [][2]int {
	var out [][2]int
	for _, loc := range pemRE.FindAllStringIndex(v, -1) {
		body := v[loc[1]:]
		end := len(v)
		if i := strings.Index(body, "-----END "); i >= 0 {
			if j := strings.Index(body[i+9:], "-----"); j >= 0 {
				end = loc[1] + i + 9 + j + 5
			} else {
				end = loc[1] + i
			}
			body = body[:i]
		}
		b64 := 0
		for _, line := range strings.Split(body, "\n") {
			line = strings.TrimSpace(strings.ReplaceAll(line, `\n`, "\n"))
			if strings.Contains(line, ": ") { // Proc-Type / DEK-Info headers
				continue
			}
			for i := 0; i < len(line); i++ {
				c := line[i]
				if isAlnumByte(c) || c == '+' || c == '/' || c == '=' {
					b64++
				}
			}
		}
		if b64 < 32 || isDocExample(body) || strings.Contains(body, "...") || strings.Contains(body, "…") {
			continue
		}
		out = append(out, [2]int{loc[0], end})
	}
	return out
}

// awsSecretRE matches a 40-character AWS secret access key candidate; the
// boundaries are checked by hand.
var awsSecretRE = regexp.MustCompile(`[A-Za-z0-9/+]{40}`)

func isAWSSecretByte(c byte) bool {
	return isAlnumByte(c) || c == '/' || c == '+' || c == '='
}

// awsSecretShape reports whether s is exactly a plausible AWS secret key.
func awsSecretShape(s string) bool {
	if len(s) != 40 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isAWSSecretByte(s[i]) || s[i] == '=' {
			return false
		}
	}
	st := analyze(s)
	return st.lower > 0 && st.upper > 0 && st.digit > 0 && st.entropy >= 4.0 && !isDocExample(s)
}

// findAWSSecrets finds AWS secret key candidates in a literal that also
// holds an access key ID.
func findAWSSecrets(v string) [][2]int {
	var out [][2]int
	for _, loc := range awsSecretRE.FindAllStringIndex(v, -1) {
		if loc[0] > 0 && isAWSSecretByte(v[loc[0]-1]) {
			continue
		}
		if loc[1] < len(v) && isAWSSecretByte(v[loc[1]]) {
			continue
		}
		if awsSecretShape(v[loc[0]:loc[1]]) {
			out = append(out, [2]int{loc[0], loc[1]})
		}
	}
	return out
}
