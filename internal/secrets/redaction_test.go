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
