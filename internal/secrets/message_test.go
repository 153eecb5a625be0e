package secrets

import (
	"strings"
	"testing"
)

func TestMessageExamples(t *testing.T) {
	key := synth(24, alnum)
	ctx := Context{Name: "SECRET_KEY"}
	ms := Scan(key, ctx)
	if len(ms) != 1 {
		t.Fatalf("got %+v", ms)
	}
	got := Message(ms[0], ctx)
	want := `hardcoded secret key assigned to "SECRET_KEY" ("` + key[:4] + `…", 24 chars): anyone with the source can forge sessions/tokens; ` +
		`load it from the environment or a secret manager (os.environ["SECRET_KEY"] / os.Getenv("SECRET_KEY"))`
	if got != want {
		t.Errorf("AV101 message:\n got %s\nwant %s", got, want)
	}

	ms = Scan("your_secret_key_here", ctx)
	got = Message(ms[0], ctx)
	wantPrefix := `placeholder secret key "your…" (20 chars) assigned to "SECRET_KEY": a tutorial placeholder ships to production as a guessable key; `
	if !strings.HasPrefix(got, wantPrefix) {
		t.Errorf("AV103 message:\n got %s\nwant prefix %s", got, wantPrefix)
	}

	pctx := Context{Name: "DB_PASSWORD"}
	ms = Scan("hunter2", pctx)
	got = Message(ms[0], pctx)
	if !strings.Contains(got, "log in with it") || !strings.Contains(got, `os.Getenv("DB_PASSWORD")`) {
		t.Errorf("password message: %s", got)
	}

	ms = Scan(fakeGitHub("p"), Context{})
	got = Message(ms[0], Context{})
	if !strings.HasPrefix(got, `GitHub personal access token in a string literal ("ghp_…", 40 chars)`) ||
		!strings.Contains(got, "revoke or rotate it now") || !strings.Contains(got, `os.Getenv("GITHUB_TOKEN")`) {
		t.Errorf("AV102 message: %s", got)
	}

	ms = Scan("mysql://root:Tr0ub4dor&3@db:3306/app", Context{Name: "DATABASE_URL"})
	got = Message(ms[0], Context{Name: "DATABASE_URL"})
	if !strings.HasPrefix(got, `hardcoded password in connection URL ("Tr…", 11 chars): anyone with the source can connect`) {
		t.Errorf("AV104 message: %s", got)
	}

	sctx := Context{Sink: "jwt-signing-key"}
	ms = Scan("Xk9!mP2q", sctx)
	got = Message(ms[0], sctx)
	if !strings.HasPrefix(got, "hardcoded secret passed as JWT signing key (8 chars): anyone with the source can forge sessions/tokens") {
		t.Errorf("sink message: %s", got)
	}
}

func TestMessagesNeverLeak(t *testing.T) {
	ctxs := []Context{{}, {Name: "SECRET_KEY"}, {Name: "api_key"}, {Name: "password"}, {Sink: "hmac-key"},
		{Name: "Authorization"}, {TestFile: true}}
	values := corpus()
	values = append(values, synth(32, alnum), "Tr0ub4dor&3xyz", "correct-horse-battery-staple")
	n := 0
	for _, v := range values {
		for _, ctx := range ctxs {
			for _, m := range Scan(v, ctx) {
				n++
				msg := Message(m, ctx)
				sec := v[m.Start:m.End]
				if len(sec) > 8 && strings.Contains(msg, sec) {
					t.Errorf("message leaks the secret: %s", msg)
				}
				if strings.Contains(msg, "AV10") {
					t.Errorf("message mentions the rule ID: %s", msg)
				}
				if !strings.Contains(msg, "environment") && !strings.Contains(msg, "secret manager") {
					t.Errorf("message lacks a fix: %s", msg)
				}
				if !strings.Contains(msg, "chars") {
					t.Errorf("message lacks the redacted form: %s", msg)
				}
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d findings exercised", n)
	}
}

func TestEnvName(t *testing.T) {
	cases := map[string]string{
		"SECRET_KEY":               "SECRET_KEY",
		"apiKey":                   "API_KEY",
		"app.config['SECRET_KEY']": "SECRET_KEY",
		"self.password":            "PASSWORD",
		"X-API-Key":                "X_API_KEY",
	}
	for name, want := range cases {
		if got := envName(Context{Name: name}, Match{Kind: KindCredentialName}); got != want {
			t.Errorf("envName(%q) = %q, want %q", name, got, want)
		}
	}
}
