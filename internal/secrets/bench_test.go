package secrets

import (
	"strings"
	"testing"
)

// ordinaryLiterals are the kind of string literals that dominate HTTP API
// code: methods, routes, MIME types, header names, log and error messages,
// SQL, config keys and values.
var ordinaryLiterals = []string{
	"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "/", "/api/v1/users", "/api/v1/users/{id}",
	"/healthz", "/metrics", "/login", "/oauth/token", "/static/", "application/json",
	"application/x-www-form-urlencoded", "text/html; charset=utf-8", "multipart/form-data",
	"Content-Type", "Authorization", "X-Request-ID", "Accept", "Cache-Control", "no-store",
	"user not found: %s", "invalid request body: %v", "failed to connect to %s:%d",
	"unauthorized", "forbidden", "internal server error", "ok", "id", "name", "email", "created_at",
	"SELECT id, name, email FROM users WHERE id = $1", "INSERT INTO sessions (user_id, token) VALUES (?, ?)",
	"UPDATE users SET password = ? WHERE id = ?", "user_id", "page", "limit", "offset", "sort",
	"asc", "desc", "true", "false", "utf-8", "localhost:8080", ":8080", "0.0.0.0", "127.0.0.1",
	"https://api.github.com", "https://example.com/callback", "http://localhost:3000", "DEBUG",
	"INFO", "production", "development", "%Y-%m-%d", "2006-01-02T15:04:05Z07:00", "json", "yaml",
	"session", "csrftoken", "sessionid", "Set-Cookie", "HttpOnly", "SameSite=Lax", "Bearer",
	"Bearer %s", "token", "access_token", "refresh_token", "grant_type", "client_credentials",
	"password", "username", "X-API-Key", "API_KEY", "DATABASE_URL", "SECRET_KEY", "HS256", "RS256",
	"sha256", "the quick brown fox jumps over the lazy dog", "Hello, %s!", "{\"error\": \"%s\"}",
	"users", "orders", "items", "v1", "v2", "en-US", "*", "**/*.go", "./config.yaml",
	"/etc/ssl/certs/ca-certificates.crt", "redis://cache:6379/0", "postgres://db:5432/app?sslmode=disable",
	"amqp://rabbitmq:5672/", "github.com/apivet/apivet", "net/http", "encoding/json", "err",
	"context canceled", "timeout", "30s", "5m", "1h", "max-age=31536000; includeSubDomains",
	"default-src 'self'", "DENY", "nosniff", "1; mode=block", "key", "value", "type", "status",
	"pending", "active", "deleted", "admin", "user", "guest", "role", "scope", "openid profile email",
	"Invalid token", "token expired", "missing Authorization header", "password too short",
	"password must contain a digit", "api_key", "X-Forwarded-For", "X-Real-IP", "Origin",
	"Access-Control-Allow-Origin", "GET, POST, PUT, DELETE", "Content-Length", "gzip", "br",
	"keep-alive", "close", "chunked", "https", "http", "ws", "wss", "tcp", "udp",
}

// benchMix is ~90% ordinary literals, some with credential names, a few
// secrets.
type benchLit struct {
	v   string
	ctx Context
}

func benchMix() []benchLit {
	var mix []benchLit
	for _, v := range ordinaryLiterals {
		mix = append(mix, benchLit{v: v})
	}
	named := []benchLit{
		{"Bearer", Context{Name: "token_type"}},
		{"password", Context{Name: "password_field"}},
		{"Authorization", Context{Name: "TOKEN_HEADER"}},
		{"your_secret_key_here", Context{Name: "SECRET_KEY"}},
		{"hunter2", Context{Name: "password"}},
		{synth(32, alnum), Context{Name: "api_key"}},
		{"${API_KEY}", Context{Name: "api_key"}},
		{"/api/token", Context{Name: "token_url"}},
		{"True", Context{Name: "secret"}},
		{"user", Context{Name: "username"}},
		{"30", Context{Name: "token_ttl"}},
		{"changeme", Context{Name: "DB_PASSWORD"}},
	}
	mix = append(mix, named...)
	secrets := []benchLit{
		{fakeGitHub("p"), Context{}},
		{fakeAWSID(), Context{Name: "aws_access_key_id"}},
		{"mysql://root:hunter2@db:3306/app", Context{Name: "DATABASE_URL"}},
		{"Bearer " + synth(40, alnum), Context{}},
		{fakeJWT(`{"alg":"HS256"}`, `{"sub":"u1"}`), Context{}},
	}
	return append(mix, secrets...)
}

func BenchmarkScan(b *testing.B) {
	mix := benchMix()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range mix {
			Scan(l.v, l.ctx)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(mix)), "ns/literal")
}

// BenchmarkScanOrdinary is the common case: nameless, secret-free literals.
func BenchmarkScanOrdinary(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, v := range ordinaryLiterals {
			Scan(v, Context{})
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ordinaryLiterals)), "ns/literal")
}

func BenchmarkPrefilter(b *testing.B) {
	mix := benchMix()
	pass := 0
	for _, l := range mix {
		if Prefilter(l.v) {
			pass++
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range mix {
			Prefilter(l.v)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(mix)), "ns/literal")
	b.ReportMetric(100*float64(pass)/float64(len(mix)), "%pass")
}

// TestPrefilterPassShare logs (and bounds) the share of the benchmark mix
// that gets past Prefilter.
func TestPrefilterPassShare(t *testing.T) {
	mix := benchMix()
	var passed []string
	for _, l := range mix {
		if Prefilter(l.v) {
			passed = append(passed, Redact(l.v))
		}
	}
	share := float64(len(passed)) / float64(len(mix))
	t.Logf("Prefilter pass share: %d/%d = %.1f%% (%s)", len(passed), len(mix), 100*share, strings.Join(passed, ", "))
	if share > 0.15 {
		t.Errorf("Prefilter passes %.1f%% of the mix, want <= 15%%", 100*share)
	}
}

// TestOrdinaryLiteralsClean: no ordinary literal is ever a finding, with or
// without the file being a test file.
func TestOrdinaryLiteralsClean(t *testing.T) {
	for _, v := range ordinaryLiterals {
		for _, ctx := range []Context{{}, {TestFile: true}} {
			if ms := Scan(v, ctx); len(ms) != 0 {
				t.Errorf("Scan(%q) = %+v", v, ms)
			}
		}
	}
}
