// Package tokens holds provider tokens in the source. The fixtures build each token as a
// constant concatenation, which the type checker folds into one value, so that this repository's
// text never holds a whole token (secret scanners on pushes would rightly object).
package tokens

import (
	"net/http"
	"os"
	"strings"
)

// ghPrefix is a GitHub token prefix, used to recognise tokens: not a token.
const ghPrefix = "ghp_" // ok: AV102

// Live tokens, whatever the variables are called.
var (
	deployer = "ghp_" + "UIaxhoQfm1O5Qp4QqFsforl3gRKrApSbkpZc"                                                                                                  // want `GitHub personal access token in a string literal \("ghp_…", 40 chars\): it is a live credential`
	mirror   = ghPrefix + "Qp4QqFsforl3gRKrApSbkpZcUIaxhoQfm1O5"                                                                                                // want `GitHub personal access token`
	stripe   = "sk_live_" + "UsFyWJ8HVuNURs0eZPd8Scum"                                                                                                          // want `Stripe live secret key`
	npmrc    = "//registry.npmjs.org/:_authToken=npm_" + "YQtkaedr4y8vCZVa1XDzBrKi32kmPtMh7Wp6"                                                                 // want `npm access token`
	mapsKey  = "AIza" + "4VQq8zhvVB2PP9lpCElIsRW3vEhgx7xBXr1"                                                                                                   // want `Google API key`
	session  = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJzdWIiOiJzdmMtYmlsbGluZyIsImlhdCI6MTczMjY5MDAwMH0." + "tTrKwRLSJIUP-nuGVEIC23Q9kdz2W4EFEXfqcu6D-hz" // want `JSON Web Token embedded in a string literal`
)

// slackToken is reported once, here, not again where it is concatenated into a header.
const slackToken = "xoxb-" + "2847561930-4817265039-" + "q43xEMLfi1pgtkAIJimbgZ8T" // want `Slack bot token`

// Post posts to Slack.
func Post(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+slackToken) // ok: AV102
}

// Documentation examples, public keys and prefixes are not secrets.
var (
	docExample  = "AKIAIOSFODNN7EXAMPLE"                                                                                                                                                  // ok: AV102
	publishable = "pk_live_" + "UsFyWJ8HVuNURs0eZPd8Scum"                                                                                                                                 // ok: AV102
	masked      = "ghp_" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"                                                                                                                         // ok: AV102
	fromEnv     = os.Getenv("GITHUB_TOKEN")                                                                                                                                               // ok: AV102
	jwtIOSample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ." + "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c" // ok: AV102
)

// IsGitHubToken recognises tokens by prefix.
func IsGitHubToken(s string) bool {
	return strings.HasPrefix(s, ghPrefix) || strings.HasPrefix(s, "github_pat_") // ok: AV102
}

// deployKey is an SSH deploy key pasted into the source.
const deployKey = "-----BEGIN OPENSSH " + "PRIVATE KEY-----\n" + // want `OpenSSH private key embedded in a string literal`
	"8zCm/RPj2/o58/Hh2nd+F3qScDas8YbF6758QgGEThrIiypqR/xfjJNnOfaoulKC\n" +
	"T0zna9oO+y3LcPJ++uE2Ty74dm0RD4YOMbhCM+r9YM9MSf/CrS70+cUHxVOpeq0k\n" +
	"-----END OPENSSH PRIVATE KEY-----\n"

// pemHeader is what parsing code looks for: a header without a key.
const pemHeader = "-----BEGIN RSA PRIVATE KEY-----" // ok: AV102

// caCert is a certificate, public by design.
const caCert = `-----BEGIN CERTIFICATE-----
mD2r8pRpPpGTeccoskqP5ngqEZXXvZz1ZmAEmhFTxQgRGLm0owmhcadJ6MM8qj76
-----END CERTIFICATE-----` // ok: AV102

var _ = []string{deployer, mirror, stripe, npmrc, mapsKey, session, docExample, publishable, masked, fromEnv, jwtIOSample, deployKey, pemHeader, caCert}
