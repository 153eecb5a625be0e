package secrets

import (
	"reflect"
	"testing"
)

func TestSplitWords(t *testing.T) {
	cases := map[string][]string{
		"apiKey":                  {"api", "key"},
		"APIKey":                  {"api", "key"},
		"API_KEY":                 {"api", "key"},
		"api-key":                 {"api", "key"},
		"X-API-Key":               {"x", "api", "key"},
		"clientSecret":            {"client", "secret"},
		"JWT_SECRET_KEY":          {"jwt", "secret", "key"},
		"app.config.SECRET_KEY":   {"app", "config", "secret", "key"},
		"spring.datasource.pass":  {"spring", "datasource", "pass"},
		"oauth2Token":             {"oauth2", "token"},
		"AES256Key":               {"aes256", "key"},
		"HTTPServerPassword":      {"http", "server", "password"},
		"__private_key__":         {"private", "key"},
		"NextToken":               {"next", "token"},
		"x509Cert":                {"x509", "cert"},
		"":                        nil,
		"settings['DB_PASSWORD']": {"settings", "db", "password"},
		"EMAIL_HOST_PASSWORD":     {"email", "host", "password"},
		"s3cr3tValue":             {"s3cr3t", "value"},
	}
	for in, want := range cases {
		if got := splitWords(in); !reflect.DeepEqual(got, want) {
			t.Errorf("splitWords(%q) = %q, want %q", in, got, want)
		}
	}
	compounds := map[string][]string{
		"apikey":          {"api", "key"},
		"dbpassword":      {"db", "password"},
		"clientsecret":    {"client", "secret"},
		"secretaccesskey": {"secretaccess", "key"},
		"authtoken":       {"auth", "token"},
		"csrftoken":       {"csrftoken"},
		"monkey":          {"monkey"},
		"turkey":          {"turkey"},
		"hockey":          {"hockey"},
		"tokenizer":       {"tokenizer"},
	}
	for in, want := range compounds {
		if got := nameWords(in); !reflect.DeepEqual(got, want) {
			t.Errorf("nameWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsCredentialName(t *testing.T) {
	yes := []string{
		"apiKey", "API_KEY", "api-key", "ApiKey", "apikey", "X-API-Key", "x-api-key",
		"EMAIL_PASSWORD", "EMAIL_HOST_PASSWORD", "password", "Password", "PASSWORD", "passwd",
		"pwd", "db_pwd", "DB_PW", "pass", "admin_pass", "dbpassword", "PASSPHRASE", "new_password",
		"password2", "passwordConfirmation", "private_key_password", "spring.datasource.password",
		"clientSecret", "client_secret", "CLIENT_SECRET", "clientsecret", "secret", "SECRET",
		"SECRET_KEY", "app.config.SECRET_KEY", "JWT_SECRET_KEY", "jwt_secret", "JWTSecret",
		"SECRET_KEY_BASE", "webhook_secret", "cookie_secret", "session_key", "signing_key",
		"signingKey", "encryption_key", "ENCRYPTION_KEY", "master_key", "hmac_key", "app_key",
		"auth_token", "authToken", "AUTH_TOKEN", "access_token", "accessToken", "refresh_token",
		"id_token", "bot_token", "GITHUB_TOKEN", "token", "Token", "api_token", "bearer_token",
		"private_key", "privateKey", "PRIVATE_KEY", "ssh_key", "rsa_private_key",
		"access_key", "AWS_SECRET_ACCESS_KEY", "SecretAccessKey", "aws_secret_access_key",
		"OPENAI_API_KEY", "stripe_key", "sendgrid_key", "license_key",
		"credentials", "creds", "credential", "dsn", "DSN", "SENTRY_DSN", "connection_string",
		"connectionString", "connstr", "auth", "Authorization", "basic_auth",
		"settings['DB_PASSWORD']", "self.password", "secret_key_prod", "api_key_v2",
		"TEST_API_KEY", // weak, but still a credential name
	}
	no := []string{
		"", "token_type", "TokenType", "default_auth_plugin", "auth_mechanism", "NextToken", "next_token", "nextPageToken", "page_token",
		"continuation_token", "token_url", "TOKEN_URL", "TOKEN_HEADER", "token_endpoint",
		"tokenEndpoint", "token_count", "tokenizer", "max_tokens", "maxTokens", "tokens",
		"csrf_token_name", "csrf_token", "CSRF_TOKEN", "xsrfToken", "pad_token", "eos_token",
		"token_fetch_errors", "token_refresh_interval", "token_expiry", "TOKEN_TTL",
		"token_prefix", "token_regex", "token_length", "token_lifetime", "access_token_expires",
		"secret_id", "secret_name", "secretName", "secret_arn", "SECRET_PATH", "secrets_dir",
		"secret_file", "SECRET_KEY_ENV_VAR", "secret_version",
		"client_id", "clientId", "access_key_id", "accessKeyId", "AWS_ACCESS_KEY_ID", "key_id",
		"key_name", "api_key_name", "api_key_header", "API_KEY_HEADER", "apiKeyParam",
		"password_field", "passwordField", "PASSWORD_FIELD", "password_required",
		"password_policy", "password_min_length", "PASSWORD_RESET_URL", "password_hash",
		"hashed_password", "password_hasher", "PasswordInput", "password_prompt",
		"password_label", "password_key", "PASSWORD_KEY", "token_key",
		"passage", "bypass", "compass", "passenger", "first_pass", "render_pass", "passthrough",
		"auth_enabled", "auth_url", "auth_type", "auth_header", "authMethod", "auth_scheme",
		"key", "cache_key", "primary_key", "sort_key", "partition_key", "routing_key",
		"public_key", "publicKey", "publishable_key", "STRIPE_PUBLISHABLE_KEY", "monkey",
		"example_api_key", "fake_token", "dummy_password", "mock_secret", "invalid_token",
		"is_secret", "has_password", "use_token", "forgot_password",
		"jwt_algorithm", "username", "user", "email", "secretary", "secretion",
		"DATABASE_URL", "database_url", "REDIS_URL", "keyboard", "hotkey",
	}
	for _, n := range yes {
		if !IsCredentialName(n) {
			t.Errorf("IsCredentialName(%q) = false, want true", n)
		}
	}
	for _, n := range no {
		if IsCredentialName(n) {
			t.Errorf("IsCredentialName(%q) = true, want false (%+v)", n, analyzeName(n))
		}
	}
}

func TestNameStrength(t *testing.T) {
	weak := []string{"auth", "Authorization", "basic_auth", "TEST_API_KEY", "secrets", "password_thing_xyz"}
	for _, n := range weak {
		if s := analyzeName(n).strength; s != nameWeak {
			t.Errorf("%q strength = %v, want weak", n, s)
		}
	}
	strong := []string{"password", "SECRET_KEY", "apiKey", "auth_token", "credentials", "db_password_prod"}
	for _, n := range strong {
		if s := analyzeName(n).strength; s != nameStrong {
			t.Errorf("%q strength = %v, want strong", n, s)
		}
	}
	if c := analyzeName("DATABASE_DSN").concept; c != conceptContainer {
		t.Errorf("DATABASE_DSN concept = %v, want container", c)
	}
}
