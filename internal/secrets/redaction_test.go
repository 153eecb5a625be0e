package secrets

import (
	"regexp"
	"strings"
	"testing"
)

func TestRedactionIsNotASecret(t *testing.T) {
	for _, v := range []string{"[REDACTED]", "<SANITIZED>", "***hidden***", "<redacted>"} {
		if ms := Scan(v, Context{Name: "password"}); len(ms) != 0 {
			t.Errorf("Scan(%q) under a password name = %+v, want nothing", v, ms)
		}
	}
	// A bare mask stays a placeholder: given to a password field it is the password.
	for _, v := range []string{"xxxxxxxxxxxx", "********"} {
		if ms := Scan(v, Context{Name: "API_KEY"}); len(ms) != 1 || ms[0].Rule != RulePlaceholder {
			t.Errorf("%s under API_KEY = %+v, want one placeholder", v, ms)
		}
	}
}

func TestScanCustom(t *testing.T) {
	c := []Custom{{Name: "acme", Description: "ACME token", Regex: regexp.MustCompile(`acme_[a-z0-9]{16}`)}}
	v := "token acme_0123456789abcdef end"
	ms := ScanCustom(v, c)
	if len(ms) != 1 || ms[0].Rule != RuleTokenFormat || v[ms[0].Start:ms[0].End] != "acme_0123456789abcdef" {
		t.Fatalf("ScanCustom = %+v", ms)
	}
	if msg := Message(ms[0], Context{Language: "go"}); strings.Contains(msg, "0123456789abcdef") || !strings.Contains(msg, "ACME token") {
		t.Errorf("message %q", msg)
	}
}

func TestQueryTemplatesAreNotCredentials(t *testing.T) {
	for _, v := range []string{`/ping?api_key={self.api_key}`, `/ping?token={token}&x=1`, `password=${DB_PASSWORD}`, `api_key=%(key)s`} {
		if ms := Scan(v, Context{}); len(ms) != 0 {
			t.Errorf("Scan(%q) = %+v, want nothing", v, ms)
		}
	}
}

func TestResourceTypeNamesAreNotBindings(t *testing.T) {
	for _, name := range []string{"AWS::IAM::AccessKey", "AWS::SecretsManager::Secret", "the api key"} {
		if ms := Scan("3bf4a19c0d2e7f65", Context{Name: name}); len(ms) != 0 {
			t.Errorf("Scan under %q = %+v, want nothing", name, ms)
		}
	}
	if ms := Scan("3bf4a19c0d2e7f65b8a1", Context{Name: "API_KEY"}); len(ms) == 0 {
		t.Error("a hex key under API_KEY is still a finding")
	}
}

// Found by scanning installed Python packages: none of these is a credential.
func TestOrdinaryLibraryValues(t *testing.T) {
	cases := []struct{ name, value string }{
		{"SecretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}, // AWS's documentation example
		{"jsonnet_token", `[^\W\d]\w*`},                                 // a lexer's pattern
		{"_token_end", `(?=\s|#|[)\]]|$)`},
		{"AWS_S3_DISABLE_EXPRESS_SESSION_AUTH", "AWS::S3::DisableExpressSessionAuth"},
		{"NOPASSWORD", "no-password-required"},
		{"iam.enable-mfa-device.authentication-code1", "authentication-code1"},
		{"update_token", "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"},
		{"ROOT_KEY", "__root__"},
		{"AnthropicBetaTokenCounting2024_11_01", "token-counting-2024-11-01"},
		{"BetaPluginContentScanAssessmentPass", "pass"},
	}
	for _, c := range cases {
		if ms := Scan(c.value, Context{Name: c.name}); len(ms) != 0 {
			t.Errorf("Scan(%q) under %q = %+v, want nothing", c.value, c.name, ms)
		}
	}
}
