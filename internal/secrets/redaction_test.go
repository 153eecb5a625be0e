package secrets

import "testing"

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
