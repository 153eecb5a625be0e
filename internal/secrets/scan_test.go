package secrets

import (
	"encoding/base64"
	"strings"
	"testing"
)

type scanCase struct {
	desc  string
	ctx   Context
	value string
	rule  string // "" = no finding at all
	kind  string // "" = any
	conf  string // "" = any
	sec   string // expected value[Start:End]; "" = whole trimmed value
}

func runScanCases(t *testing.T, cases []scanCase) {
	t.Helper()
	for _, tc := range cases {
		ms := Scan(tc.value, tc.ctx)
		label := tc.desc
		if label == "" {
			label = tc.ctx.Name + tc.ctx.Sink + "=" + Redact(tc.value)
		}
		if tc.rule == "" {
			if len(ms) != 0 {
				t.Errorf("%s: got %+v, want nothing", label, ms)
			}
			continue
		}
		if len(ms) == 0 {
			t.Errorf("%s: got nothing, want %s %s", label, tc.rule, tc.kind)
			continue
		}
		m := ms[0]
		if m.Rule != tc.rule || (tc.kind != "" && m.Kind != tc.kind) || (tc.conf != "" && m.Confidence != tc.conf) {
			t.Errorf("%s: got %s/%s/%s, want %s/%s/%s", label, m.Rule, m.Kind, m.Confidence, tc.rule, tc.kind, tc.conf)
		}
		want := tc.sec
		if want == "" {
			want = strings.TrimSpace(tc.value)
		}
		if got := tc.value[m.Start:m.End]; got != want {
			t.Errorf("%s: range %q, want %q", label, Redact(got), Redact(want))
		}
	}
}

func named(name string) Context { return Context{Name: name} }
func sink(s string) Context     { return Context{Sink: s} }
func inTest(name string) Context {
	return Context{Name: name, TestFile: true}
}

func TestScanCredentialNames(t *testing.T) {
	rnd32 := synth(32, alnum)
	uuid := synth(8, hexLower) + "-" + synth(4, hexLower) + "-4" + synth(3, hexLower) + "-a" + synth(3, hexLower) + "-" + synth(12, hexLower)
	hex32 := synth(32, hexLower)
	hex64 := synth(64, hexLower)
	djangoKey := "django-insecure-" + synth(50, alnum+"!@#%^&*(-_=+)")
	bearer := synth(40, alnum)
	basic := base64.StdEncoding.EncodeToString([]byte("admin:Xk9mP2qL!"))
	basicPlaceholder := base64.StdEncoding.EncodeToString([]byte("admin:changeme"))
	runScanCases(t, []scanCase{
		// AV101: real-looking secrets under credential names, every case style.
		{ctx: named("SECRET_KEY"), value: rnd32, rule: RuleCredential, kind: KindCredentialName, conf: High},
		{ctx: named("secret_key"), value: djangoKey, rule: RuleCredential, conf: High},
		{ctx: named("apiKey"), value: rnd32, rule: RuleCredential, conf: High},
		{ctx: named("ApiKey"), value: rnd32, rule: RuleCredential},
		{ctx: named("api-key"), value: uuid, rule: RuleCredential},
		{ctx: named("X-API-Key"), value: rnd32, rule: RuleCredential},
		{ctx: named("clientSecret"), value: hex32, rule: RuleCredential},
		{ctx: named("CLIENT_SECRET"), value: hex64, rule: RuleCredential, conf: High},
		{ctx: named("auth_token"), value: rnd32, rule: RuleCredential},
		{ctx: named("access_token"), value: "ya29." + synth(60, urlsafe), rule: RuleCredential},
		{ctx: named("refresh_token"), value: rnd32, rule: RuleCredential},
		{ctx: named("JWT_SECRET_KEY"), value: "s3cr3t-jwt-k3y!", rule: RuleCredential},
		{ctx: named("signing_key"), value: rnd32, rule: RuleCredential},
		{ctx: named("private_key"), value: synth(44, b64chars), rule: RuleCredential},
		{ctx: named("spring.datasource.password"), value: "Tr0ub4dor&3", rule: RuleCredential},
		{ctx: named("settings['DB_PASSWORD']"), value: "Tr0ub4dor&3", rule: RuleCredential},
		{ctx: named("bot_token"), value: digitsN(10) + ":" + synth(35, urlsafe), rule: RuleCredential},
		{ctx: named("credentials"), value: "deploy:Xk9mP2qL", rule: RuleCredential},
		{ctx: named("dbpassword"), value: "hunter2!", rule: RuleCredential},
		// Plausible human passwords under a strong name need no entropy.
		{ctx: named("password"), value: "hunter2", rule: RuleCredential, kind: KindCredentialName, conf: Medium},
		{ctx: named("EMAIL_PASSWORD"), value: "S3cr3tP@ss", rule: RuleCredential, conf: Medium},
		{ctx: named("passwd"), value: "correct-horse-battery", rule: RuleCredential, conf: Medium},
		{ctx: named("pwd"), value: "qWeRtYuI", rule: RuleCredential},
		{ctx: named("db_pass"), value: "  hunter2  ", rule: RuleCredential, sec: "hunter2"},
		{ctx: named("admin_password"), value: "Welcome2024", rule: RuleCredential},
		// Weak names need more and lower the confidence.
		{ctx: named("auth"), value: rnd32, rule: RuleCredential, conf: Medium},
		{ctx: named("auth"), value: "hunter2", rule: ""},
		{ctx: named("TEST_API_KEY"), value: rnd32, rule: RuleCredential, conf: Medium},
		// Authorization header values.
		{ctx: named("Authorization"), value: "Bearer " + bearer, rule: RuleCredential, sec: bearer},
		{ctx: named("Authorization"), value: "Basic " + basic, rule: RuleCredential, kind: KindBasicAuth, sec: basic},
		{ctx: named("Authorization"), value: "Basic " + basicPlaceholder, rule: RulePlaceholder, sec: basicPlaceholder},
		{ctx: named("Authorization"), value: "Bearer {token}", rule: ""},
		{ctx: named("Authorization"), value: "Bearer %s", rule: ""},
		{ctx: named("Authorization"), value: "Bearer <token>", rule: RulePlaceholder, sec: "<token>"},
		{ctx: named("Authorization"), value: "Bearer", rule: ""},
		// Security API sinks are definitive.
		{ctx: sink("jwt-signing-key"), value: "Xk9!mP2q", rule: RuleCredential, kind: KindSecurityAPIArgument},
		{ctx: sink("hmac-key"), value: rnd32, rule: RuleCredential, conf: High},
		{ctx: sink("basic-auth-password"), value: "sunshine", rule: RuleCredential, conf: Low},
		{ctx: sink("jwt-signing-key"), value: "secret", rule: RulePlaceholder, kind: KindPlaceholder},
		{ctx: sink("hmac-key"), value: "key", rule: RulePlaceholder},
		{ctx: sink("jwt-signing-key"), value: "%s", rule: ""},
		{ctx: sink("jwt-signing-key"), value: "JWT_SECRET", rule: ""},
		{ctx: sink("jwt-signing-key"), value: "this-is-secret", rule: RulePlaceholder, kind: KindPlaceholder},
		{ctx: sink("hmac-key"), value: "webhook_signing_key", rule: RulePlaceholder},
		{ctx: sink("jwt-signing-key"), value: "app.jwt.secret", rule: ""},
		{ctx: named("JWT_KEY_NAME"), value: "jwt-secret-key", rule: ""},
		{ctx: named("SECRET_KEY"), value: "_5#y2L\"F4Q8z\n\xec]/", rule: RulePlaceholder, kind: KindPlaceholder},
		{ctx: named("SECRET_KEY"), value: "A0Zr98j/3yX R~XHH!jmN]LWX/,?RT", rule: RulePlaceholder},
		{ctx: sink("bearer-header"), value: "Bearer " + bearer, rule: RuleCredential, sec: bearer},
		// AV103: placeholders under credential names (seed article cases).
		{ctx: named("SECRET_KEY"), value: "your_secret_key_here", rule: RulePlaceholder, kind: KindPlaceholder, conf: Medium},
		{ctx: named("api_key"), value: "your_api_key", rule: RulePlaceholder},
		{ctx: named("OPENAI_API_KEY"), value: "YOUR_OPENAI_API_KEY", rule: RulePlaceholder},
		{ctx: named("token"), value: "<your-token>", rule: RulePlaceholder},
		{ctx: named("password"), value: "changeme", rule: RulePlaceholder},
		{ctx: named("SECRET_KEY"), value: "secret", rule: RulePlaceholder},
		{ctx: named("DB_PASSWORD"), value: "password", rule: RulePlaceholder},
		{ctx: named("PASSWORD"), value: "xxx", rule: RulePlaceholder},
		{ctx: named("password"), value: "********", rule: RulePlaceholder},
		{ctx: named("api_key"), value: "TODO", rule: RulePlaceholder},
		{ctx: named("auth_token"), value: "replace-me", rule: RulePlaceholder},
		{ctx: named("client_secret"), value: "your-secret", rule: RulePlaceholder},
		{ctx: named("password"), value: "123456", rule: RulePlaceholder},
		{ctx: named("password"), value: "test", rule: RulePlaceholder},
		{ctx: named("SECRET_KEY"), value: "dev-secret-key", rule: RulePlaceholder},
		{ctx: named("auth"), value: "changeme", rule: RulePlaceholder, conf: Low},
		// Not credentials: metadata names.
		{ctx: named("token_type"), value: "Bearer"},
		{ctx: named("TokenType"), value: "bearer"},
		{ctx: named("NextToken"), value: rnd32},
		{ctx: named("next_token"), value: rnd32},
		{ctx: named("password_field"), value: "password"},
		{ctx: named("TOKEN_HEADER"), value: "Authorization"},
		{ctx: named("API_KEY_HEADER"), value: "X-API-Key"},
		{ctx: named("token_fetch_errors"), value: "token_fetch_errors_total"},
		{ctx: named("token_url"), value: "https://oauth2.googleapis.com/token"},
		{ctx: named("token_endpoint"), value: "/oauth/token"},
		{ctx: named("csrf_token_name"), value: "csrftoken"},
		{ctx: named("max_tokens"), value: "4096"},
		{ctx: named("secret_id"), value: rnd32},
		{ctx: named("client_id"), value: rnd32},
		{ctx: named("api_key_name"), value: "X-Api-Key"},
		{ctx: named("username"), value: "your_username"},
		{ctx: named("SECRET_KEY_ENV_VAR"), value: "SECRET_KEY"},
		{ctx: named("pad_token"), value: "<pad>"},
		{ctx: named("STRIPE_PUBLISHABLE_KEY"), value: "pk" + "_live_" + synth(24, alnum)},
		// Not secrets: values.
		{ctx: named("api_key"), value: "/api/token"},
		{ctx: named("password"), value: "%s"},
		{ctx: named("password"), value: "%(password)s"},
		{ctx: named("secret"), value: "{}"},
		{ctx: named("token"), value: "{token}"},
		{ctx: named("token"), value: "{{ .Token }}"},
		{ctx: named("api_key"), value: "$API_KEY"},
		{ctx: named("api_key"), value: "${API_KEY}"},
		{ctx: named("secret"), value: "True"},
		{ctx: named("secret"), value: "false"},
		{ctx: named("secret"), value: "yes"},
		{ctx: named("password"), value: ""},
		{ctx: named("password"), value: "   "},
		{ctx: named("OPENAI_API_KEY"), value: "API_KEY"},
		{ctx: named("secret_key"), value: "SECRET_KEY"},
		{ctx: named("password"), value: "password"},
		{ctx: named("Password"), value: "Password"},
		{ctx: named("token"), value: "token"},
		{ctx: named("X_API_KEY"), value: "x-api-key"},
		{ctx: named("token"), value: "Bearer"},
		{ctx: named("auth"), value: "Authorization"},
		{ctx: named("auth_token"), value: "X-Auth-Token"},
		{ctx: named("secret"), value: "/etc/secret.pem"},
		{ctx: named("private_key"), value: "secrets/key.json"},
		{ctx: named("private_key"), value: "./certs/server.key"},
		{ctx: named("private_key"), value: `C:\keys\id_rsa`},
		{ctx: named("password"), value: "application/json"},
		{ctx: named("SECRET_KEY"), value: "django.contrib.sessions.backends.db"},
		{ctx: named("api_key"), value: "api.stripe.com"},
		{ctx: named("api_key"), value: "sunshine"},
		{ctx: named("token"), value: "NextPageToken"},
		{ctx: named("token"), value: "auth_token"},
		{ctx: named("password"), value: "please enter your password"},
		{ctx: named("secret"), value: "The secret must be at least 32 bytes long."},
		{ctx: named("password_hash"), value: "$2b$12$" + synth(53, alnum)},
		{ctx: named("password"), value: "$2b$12$" + synth(53, alnum)},
		{ctx: named("api_key"), value: "v1.2.3"},
		{ctx: named("token"), value: "localhost:8080"},
		{ctx: named("secret"), value: "sha256"},
		{ctx: named("jwt_secret"), value: "HS256"},
		{ctx: named("password"), value: "admin@example.com"},
		{ctx: named("secret"), value: "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db"},
		{ctx: named("token"), value: "2024-01-01"},
		{ctx: named("password"), value: "12345", rule: RulePlaceholder},
		{ctx: named("SECRET_KEY"), value: "keyboard cat", rule: RulePlaceholder},
		{ctx: named("jwt_secret"), value: "s3cr3t", rule: RulePlaceholder},
		{ctx: named("api_key"), value: "https://api.example.com/v1"},
		{ctx: named("DATABASE_DSN"), value: "sqlite:///app.db"},
		{ctx: named("dsn"), value: "hunter2xyz"},
		// Test files: stricter.
		{ctx: inTest("password"), value: "hunter2"},
		{ctx: inTest("password"), value: "S3cr3tP@ss"},
		{ctx: inTest("SECRET_KEY"), value: "changeme"},
		{ctx: inTest("SECRET_KEY"), value: "your_secret_key_here"},
		{ctx: inTest("expected_hash"), value: hex64},
		{ctx: inTest("api_key"), value: hex64},
		{ctx: inTest("token"), value: uuid},
		{ctx: inTest("api_key"), value: rnd32, rule: RuleCredential, conf: Medium},
	})
}

func TestScanConnectionURLs(t *testing.T) {
	pw := synth(20, alnum)
	gh := fakeGitHub("p")
	runScanCases(t, []scanCase{
		{value: "mysql://root:hunter2@db:3306/app", rule: RuleURLCreds, kind: KindURLCredentials, sec: "hunter2"},
		{value: "postgres://app:" + pw + "@db.internal:5432/app", rule: RuleURLCreds, conf: High, sec: pw},
		{value: "postgresql+psycopg2://app:Tr0ub4dor&3@10.0.0.5/app", rule: RuleURLCreds, sec: "Tr0ub4dor&3"},
		{value: "postgres://shop:Xk9#vR2!qLm7@db.internal:5432/shop", rule: RuleURLCreds, sec: "Xk9#vR2!qLm7"},
		{value: "http://localhost:8080#contact@example.com"},
		{value: "https://docs.example.org:443/#/users/alice@example.org"},
		{value: "redis://:" + pw + "@cache:6379/0", rule: RuleURLCreds, sec: pw},
		{value: "amqps://svc:" + pw + "@mq.prod.internal:5671/", rule: RuleURLCreds, sec: pw},
		{value: "https://user:" + gh + "@github.com/org/repo.git", rule: RuleTokenFormat, kind: "github-token", sec: gh},
		{value: "connecting to mongodb://admin:" + pw + "@mongo:27017 now", rule: RuleURLCreds, sec: pw},
		{ctx: named("DATABASE_URL"), value: "postgres://app:" + pw + "@db/app", rule: RuleURLCreds, sec: pw},
		// Go MySQL driver DSNs.
		{value: "app:Xk9mP2qL@tcp(db:3306)/app?parseTime=true", rule: RuleURLCreds, sec: "Xk9mP2qL"},
		{value: "root:hunter2@tcp(127.0.0.1:3306)/app", rule: RuleURLCreds, conf: Low, sec: "hunter2"},
		{value: "user:password@tcp(localhost:3306)/db"},
		{value: "root:@tcp(127.0.0.1:3306)/test"},
		// Placeholders in URLs: AV103 (documented choice).
		{value: "postgres://user:pass@host", rule: RulePlaceholder, kind: KindURLPlaceholder, conf: Low, sec: "pass"},
		{value: "https://user:token@github.com", rule: RulePlaceholder, sec: "token"},
		{value: "postgres://user:changeme@db/app", rule: RulePlaceholder, sec: "changeme"},
		{value: "amqp://guest:guest@rabbitmq:5672/", rule: RulePlaceholder, sec: "guest"},
		// Not findings.
		{value: "postgres://user:@host/db"},
		{value: "postgres://user@host/db"},
		{value: "postgres://user:$DB_PASSWORD@host/db"},
		{value: "postgres://user:${DB_PASSWORD}@host/db"},
		{value: "postgres://%s:%s@%s/%s"},
		{value: "postgres://{}:{}@{}/{}"},
		{value: "postgres://{user}:{password}@{host}/{db}"},
		{value: "postgres://user:<password>@host/db"},
		{value: "postgres://user:%3Cpassword%3E@host/db"},
		{value: "postgres://user:DB_PASSWORD@host/db"},
		{value: "postgres://user:****@host/db"},
		{value: "postgres://user:xxxxxxxx@host/db"},
		{value: "postgres://postgres:postgres@localhost:5432/app"},
		{value: "postgres://user:password@localhost/app"},
		{value: "https://user:s3cr3tPw!@example.com/x"},
		{value: "https://user:" + pw + "@db.example.org/x"},
		{value: "https://api.github.com/user"},
		{value: "git@github.com:org/repo.git"},
		{value: "ssh://git@github.com:22/org/repo"},
		{value: "http://localhost:8080/api"},
		{value: "mailto:admin@example.com"},
		{value: "postgres://app:hunter2xyz@localhost/app", rule: RuleURLCreds, conf: Low, sec: "hunter2xyz"},
		// Test files.
		{ctx: Context{TestFile: true}, value: "postgres://app:hunter2xyz@localhost/app"},
		{ctx: Context{TestFile: true}, value: "postgres://user:pass@db/app"},
		{ctx: Context{TestFile: true}, value: "mysql://root:hunter2@db:3306/app"},
		{ctx: Context{TestFile: true}, value: "postgres://app:" + pw + "@db.prod.internal/app", rule: RuleURLCreds, conf: Medium, sec: pw},
	})
}

func TestScanKeyValueText(t *testing.T) {
	pw := synth(24, alnum)
	runScanCases(t, []scanCase{
		{value: "Server=db;Database=app;User Id=sa;Password=Xk9mP2qL!;", rule: RuleURLCreds, kind: KindConnString, sec: "Xk9mP2qL!"},
		{value: "host=db user=app password=Xk9mP2qL dbname=app sslmode=disable", rule: RuleURLCreds, sec: "Xk9mP2qL"},
		{value: "host=db user=app password='Xk9 mP2qL' dbname=app"},
		{value: "https://api.acme.io/v1/items?api_key=" + pw + "&limit=10", rule: RuleURLCreds, sec: pw},
		{value: "?access_token=" + pw, rule: RuleURLCreds, sec: pw},
		{value: "--password=Xk9mP2qL", rule: RuleURLCreds, sec: "Xk9mP2qL"},
		{value: `{"api_key": "` + pw + `", "region": "eu"}`, rule: RuleCredential, kind: KindEmbeddedCredential, sec: pw},
		{value: `{'password': 'Tr0ub4dor&3'}`, rule: RuleCredential, kind: KindEmbeddedCredential, sec: "Tr0ub4dor&3"},
		{value: "grant_type=password&username=bob&password=%s"},
		{value: "password=changeme"},
		{value: "password=${DB_PASSWORD}"},
		{value: "token_type=bearer&expires_in=3600"},
		{value: "response_type=token&client_id=abc"},
		{value: "UPDATE users SET password = ? WHERE id = ?"},
		{value: `{"password": "${DB_PASSWORD}"}`},
		{value: `{"token_type": "Bearer", "expires_in": 3600}`},
		{value: "password=&user=bob"},
		{value: "key=value"},
		{value: "secret=true"},
		{value: "password=*****"},
	})
}

func TestScanAuthSchemeWithoutName(t *testing.T) {
	tok := synth(40, alnum)
	basic := base64.StdEncoding.EncodeToString([]byte("svc:Xk9mP2qL!"))
	runScanCases(t, []scanCase{
		{value: "Bearer " + tok, rule: RuleCredential, kind: KindBearerToken, sec: tok},
		{value: "Token " + tok, rule: RuleCredential, kind: KindBearerToken, sec: tok},
		{value: "Basic " + basic, rule: RuleCredential, kind: KindBasicAuth, conf: High, sec: basic},
		{ctx: named("header_value"), value: "Bearer " + tok, rule: RuleCredential, sec: tok},
		{value: "Bearer %s"},
		{value: "Bearer {token}"},
		{value: "Bearer <token>"},
		{value: "Bearer " + "your-access-token-here"},
		{value: "Bearer realm=\"api\""},
		{value: "Basic realm=\"Restricted\""},
		{value: "Basic " + base64.StdEncoding.EncodeToString([]byte("user:password"))},
		{ctx: Context{TestFile: true}, value: "Bearer " + tok},
	})
}

func TestScanInvariants(t *testing.T) {
	var values []string
	for _, tc := range providerPositives() {
		values = append(values, tc.value)
	}
	values = append(values,
		fakeAWSID()+" "+fakeGitHub("p")+" mysql://root:hunter2@db/app",
		"postgres://u:"+fakeGitHub("o")+"@db/x?password=Xk9mP2qL",
	)
	ctxs := []Context{{}, named("SECRET_KEY"), named("password"), sink("hmac-key"), {TestFile: true}}
	for _, v := range values {
		for _, ctx := range ctxs {
			ms := Scan(v, ctx)
			for i, m := range ms {
				if m.Start < 0 || m.End > len(v) || m.Start >= m.End {
					t.Fatalf("bad range %d..%d in %d-byte value", m.Start, m.End, len(v))
				}
				if m.Redacted != Redact(v[m.Start:m.End]) {
					t.Errorf("Redacted %q != Redact(secret)", m.Redacted)
				}
				if m.End-m.Start > 8 && strings.Contains(m.Redacted, v[m.Start:m.End]) {
					t.Errorf("Redacted leaks the secret")
				}
				switch m.Confidence {
				case High, Medium, Low:
				default:
					t.Errorf("confidence %q", m.Confidence)
				}
				if m.Rule == "" || m.Kind == "" || m.Description == "" {
					t.Errorf("incomplete match %+v", m)
				}
				for _, o := range ms[:i] {
					if m.Start < o.End && o.Start < m.End {
						t.Errorf("overlapping matches %+v and %+v", o, m)
					}
					if confRank(o.Confidence) < confRank(m.Confidence) {
						t.Errorf("not best first: %s before %s", o.Confidence, m.Confidence)
					}
				}
			}
		}
	}
	// Several findings in one literal are all returned.
	ms := Scan(fakeAWSID()+" "+fakeGitHub("p")+" mysql://root:hunter2@db/app", Context{})
	if len(ms) != 3 {
		t.Errorf("multi-secret literal: %d matches, want 3: %+v", len(ms), ms)
	}
}

func TestRedactionName(t *testing.T) {
	for name, want := range map[string]bool{
		"redact_url": true, "_sanitize_dsn": true, "maskPassword": true, "ScrubHeaders": true, "__obfuscate": true,
		"login": false, "unmask": false, "process_mask_layer": false, "": false,
	} {
		if got := RedactionName(name); got != want {
			t.Errorf("RedactionName(%q) = %v, want %v", name, got, want)
		}
	}
}
