package secrets

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// corpus returns every literal used by the table tests plus mutations of
// the provider tokens, so property tests cover interesting inputs too.
func corpus() []string {
	var vs []string
	for _, tc := range providerPositives() {
		vs = append(vs, tc.value)
		for _, cut := range []int{1, 3, 8} {
			if len(tc.value) > cut {
				vs = append(vs, tc.value[cut:], tc.value[:len(tc.value)-cut])
			}
		}
		vs = append(vs, "x"+tc.value, tc.value+"x", " "+tc.value+" ", "key="+tc.value)
	}
	vs = append(vs, ordinaryLiterals...)
	vs = append(vs,
		"mysql://root:hunter2@db:3306/app", "postgres://user:pass@host", "root:hunter2@tcp(db:3306)/app",
		"password=Xk9mP2qL", `{"api_key": "Xk9mP2qLr7"}`, "Bearer "+synth(40, alnum),
		"Basic "+"c3ZjOlhrOW1QMnFMIQ==", "a://:Xk9mP2@h", "pw=Xk9mP2", "u:Xk9mP2@tcp(h)",
		"Token "+synth(16, alnum), "PW=Xk9m!2", "'PASSWD':'Xk9m!2q'",
	)
	return vs
}

func randomLiteral(r *rand.Rand) string {
	alphabets := []string{
		alnum, alnum + "-_./:@=&?;%{}$ ", "abcdefghijklmnopqrstuvwxyz _-", upperDigits + "_",
		hexLower, b64chars + "=", "pw=:@/asdkeyTOKEN", "ABCDIKSGANOPRVW0123456789", "ghpousr_" + alnum,
	}
	a := alphabets[r.IntN(len(alphabets))]
	n := r.IntN(120)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(a[r.IntN(len(a))])
	}
	s := b.String()
	// Splice in fragments that open gates.
	frags := []string{"AKIA", "ghp_", "://", "@", "=", "Bearer ", "eyJ", "sk-", "xoxb-", "PRIVATE KEY", "password=", "@tcp(", "AIza", "SG.", "sk_live_", "glpat-", "hf_", "npm_"}
	for k := r.IntN(3); k > 0; k-- {
		f := frags[r.IntN(len(frags))]
		i := 0
		if len(s) > 0 {
			i = r.IntN(len(s) + 1)
		}
		s = s[:i] + f + s[i:]
	}
	return s
}

// TestPrefilterSound: whenever Prefilter says no, a nameless Scan finds
// nothing.
func TestPrefilterSound(t *testing.T) {
	check := func(v string) {
		if !Prefilter(v) {
			for _, ctx := range []Context{{}, {TestFile: true}} {
				if ms := Scan(v, ctx); len(ms) != 0 {
					t.Fatalf("Prefilter(%q) = false but Scan found %+v", v, ms)
				}
			}
		}
	}
	for _, v := range corpus() {
		check(v)
	}
	r := rand.New(rand.NewPCG(42, 7))
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for i := 0; i < n; i++ {
		check(randomLiteral(r))
	}
}

func TestPrefilterRejectsOrdinaryLiterals(t *testing.T) {
	for _, v := range []string{"", "GET", "POST", "/api/v1/users", "application/json", "user not found: %s",
		"Content-Type", "id", "SELECT * FROM users WHERE id = $1", "hello, world", "Authorization"} {
		if Prefilter(v) {
			t.Errorf("Prefilter(%q) = true", v)
		}
	}
}

// TestRedactNeverLeaks: Redact never contains the value for values longer
// than eight characters, and for shorter ones depends only on the length.
func TestRedactNeverLeaks(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	alphabets := []string{alnum, b64chars, "ab", "x", `" ()…chars0123456789`, "日本語テキスト"}
	for i := 0; i < 50000; i++ {
		a := []rune(alphabets[r.IntN(len(alphabets))])
		n := r.IntN(80)
		var b strings.Builder
		for j := 0; j < n; j++ {
			b.WriteRune(a[r.IntN(len(a))])
		}
		v := b.String()
		got := Redact(v)
		runes := utf8.RuneCountInString(v)
		if runes <= 8 {
			if want := fmt.Sprintf("(%d chars)", runes); got != want {
				t.Fatalf("Redact(%q) = %q, want %q", v, got, want)
			}
			continue
		}
		if strings.Contains(got, v) {
			t.Fatalf("Redact(%q) = %q contains the value", v, got)
		}
		if !strings.HasSuffix(got, fmt.Sprintf("(%d chars)", runes)) {
			t.Fatalf("Redact(%q) = %q lacks the length", v, got)
		}
	}
	for _, v := range corpus() {
		if utf8.RuneCountInString(v) > 8 && strings.Contains(Redact(v), v) {
			t.Fatalf("Redact leaks %q", v)
		}
	}
}

func TestRedactFormat(t *testing.T) {
	cases := map[string]string{
		"":                          "(0 chars)",
		"hunter2":                   "(7 chars)",
		"12345678":                  "(8 chars)",
		"S3cr3tP@ss":                `"S3…" (10 chars)`,
		"Xk9mP2qLr7ab":              `"Xk9…" (12 chars)`,
		"AKIA" + "ABCDEFGH23456789": `"AKIA…" (20 chars)`, //apivet:ignore AV102 synthetic key for the redaction test
		"pässwört-lang":             `"päs…" (13 chars)`,
		`"quote"d-value`:            `"\"qu…" (14 chars)`,
	}
	for in, want := range cases {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
	// A value that spells its own redaction is still not shown.
	evil := `…" (13 chars)`
	if strings.Contains(Redact(evil), evil) {
		t.Errorf("Redact(%q) = %q", evil, Redact(evil))
	}
}

func TestShannon(t *testing.T) {
	if got := shannon("aaaa"); got != 0 {
		t.Errorf("shannon(aaaa) = %v", got)
	}
	if got := shannon("abcd"); got != 2 {
		t.Errorf("shannon(abcd) = %v", got)
	}
	if shannon(synth(64, alnum)) < 5 {
		t.Error("random alnum entropy too low")
	}
}
