// Package config holds the service configuration: defaults written in the source, in the ways
// AV101 must and must not report.
package config

import (
	"crypto/subtle"
	"flag"
	"fmt"
	"net/smtp"
	"os"
)

// Credential-named constants.
const (
	apiKey        = "AKfY3nQ8vT2mW6zL9pR4sX7c"  // want `hardcoded API key or token assigned to "apiKey" \("AKfY…", 24 chars\)`
	DBPassword    = "Tr0ub4dor&3x"              // want `hardcoded password assigned to "DBPassword"`
	PasswordField = "password"                  // ok: AV101
	NextToken     = "nextToken"                 // ok: AV101
	APIKeyEnv     = "API_KEY"                   // ok: AV101
	TokenURL      = "/oauth/token"              // ok: AV101
	SecretsPath   = "/etc/billing/secrets.json" // ok: AV101
	passwordFmt   = "password=%s"               // ok: AV101
	authScheme    = "Bearer"                    // ok: AV101
	tokenKind     = "access"                    // ok: AV101
	sessionSecret = "session"                   // ok: AV101
	maxTokens     = "4096"                      // ok: AV101
)

// Config is the service configuration.
type Config struct {
	Host         string
	User         string
	Password     string
	ClientID     string
	ClientSecret string
	TokenTTL     string
}

// Defaults are the built-in settings.
var Defaults = Config{
	Host:         "db.internal",              // ok: AV101
	User:         "billing",                  // ok: AV101
	Password:     "hunter2!Xq",               // want `hardcoded password assigned to "Password"`
	ClientID:     "billing-api",              // ok: AV101
	ClientSecret: "9dK2xP7mQ4wL8nR3vB6tY1zC", // want `hardcoded secret key assigned to "ClientSecret"`
	TokenTTL:     "15m",                      // ok: AV101
}

// Positional fields name the value too.
var legacy = Config{"db.internal", "legacy", "Zx9!Lm2#Qp7w", "", "", ""} // want `hardcoded password assigned to "Password"`

// FromEnv is the fixed version.
func FromEnv() Config {
	return Config{
		Host:         os.Getenv("DB_HOST"),
		Password:     os.Getenv("DB_PASSWORD"), // ok: AV101
		ClientSecret: os.Getenv("CLIENT_SECRET"),
		TokenTTL:     "15m",
	}
}

// secretValue reads a secret from the secret manager.
func secretValue(name string) string { return "" }

// FromSecretManager is another fixed version: names and references, not values.
func FromSecretManager() Config {
	return Config{
		User:         secretValue("billing/db-user"),            // ok: AV101
		Password:     secretValue("billing/db-password"),        // ok: AV101
		ClientSecret: "vault:secret/data/billing#client_secret", // ok: AV101
		TokenTTL:     "refresh",                                 // ok: AV101
	}
}

// settings is a map of named settings.
var settings = map[string]string{
	"api_key":         "Wm4Rk8Tn2Xq6Lv9Bc3Hz", // want `hardcoded API key or token assigned to "api_key"`
	"api_key_name":    "X-API-Key",            // ok: AV101
	"password_policy": "strong",               // ok: AV101
	"region":          "eu-west-1",            // ok: AV101
}

// nested maps and anonymous structs.
var services = map[string]map[string]string{
	"mailer": {"smtp_password": "Gm8!tRq2#Lz5"}, // want `hardcoded password assigned to "smtp_password"`
}

// partner API keys, one per partner: the map's name says what its values are.
var partnerAPIKeys = map[string]string{
	"warehouse": "wh_9f3K2xLq8ZrT5vN1bC7mY4pJ6hD0sG", // want `hardcoded API key or token assigned to "partnerAPIKeys"`
	"carrier":   "",                                  // ok: AV101
}

var partnerAuth = struct{ APIKeys map[string]string }{
	APIKeys: map[string]string{"carrier": "Rk2Vq7Lm4Xn9Tb3Wc8Zh"}, // want `hardcoded API key or token assigned to "APIKeys"`
}

// partnerRegions is no credential store, whatever its values look like.
var partnerRegions = map[string]string{"warehouse": "Zq8Wm3Rt6Kx1Nv4Lb7Hc"} // ok: AV101

var worker = struct {
	Queue     string
	AuthToken string
}{
	Queue:     "billing-jobs",         // ok: AV101
	AuthToken: "Nq5Xw1Lc8Rv3Tm6Kb9Hz", // want `hardcoded API key or token assigned to "AuthToken"`
}

// Init sets defaults in the process environment.
func Init() {
	os.Setenv("STRIPE_WEBHOOK_SECRET", "whk8Yp2Lq5Xn9Tc3Vm7B") // want `hardcoded secret key assigned to "STRIPE_WEBHOOK_SECRET"`
	os.Setenv("LOG_LEVEL", "info")                             // ok: AV101
	os.Setenv("API_KEY", os.Getenv("VAULT_API_KEY"))           // ok: AV101
	var cfg Config
	cfg.Password = "Pq7!vZ3#Mx9k" // want `hardcoded password assigned to "Password"`
	cfg.Password = ""             // ok: AV101
	cfg.TokenTTL = "1h"           // ok: AV101
	_ = cfg
}

// Flags: a default value is a value in the source.
var (
	dbPassword = flag.String("db-password", "Sq4!Lw8#Hv2n", "database password") // want `hardcoded password assigned to "db-password"`
	adminToken string
	tokenFile  = flag.String("token-file", "/run/secrets/token", "file holding the API token") // ok: AV101
)

func init() {
	flag.StringVar(&adminToken, "admin-token", "Kt3Vz8Nm1Qx6Rw4Lb9Hc", "admin API token")             // want `hardcoded API key or token assigned to "admin-token"`
	flag.StringVar(&adminToken, "admin-token-env", "ADMIN_TOKEN", "variable holding the admin token") // ok: AV101
}

// connect opens a connection; its password parameter names the argument.
func connect(host, password string) error {
	if password == "" {
		return fmt.Errorf("no password for %s", host) // ok: AV101
	}
	return nil
}

// Mail sends through the relay.
func Mail() error {
	if err := connect("db.internal", "Bv6!Tq1#Xm8z"); err != nil { // want `hardcoded password assigned to "password"`
		return err
	}
	auth := smtp.PlainAuth("", "alerts@example.org", "Hn2!Wc7#Lq5v", "smtp.example.org") // want `hardcoded password assigned to "password"`
	_ = auth
	return connect("db.internal", os.Getenv("DB_PASSWORD")) // ok: AV101
}

// checkAdmin compares credentials with constants: a backdoor.
func checkAdmin(user, pass string) bool {
	if subtle.ConstantTimeCompare([]byte(pass), []byte("R00t!Acc3ss#9")) == 1 { // want `hardcoded password assigned to "pass"`
		return true
	}
	switch pass {
	case "Mk4!Xz8#Qv2w": // want `hardcoded password assigned to "pass"`
		return true
	}
	return user == "root" && pass != "" // ok: AV101
}

// Password is a method whose name names its constant result.
func (c Config) DefaultPassword() string {
	return "Lc9!Vn3#Tq6x" // want `hardcoded password assigned to "DefaultPassword"`
}

// tokenName returns a key name, not a key.
func tokenName() (name string) {
	return "refresh_token" // ok: AV101
}

var _, _, _, _, _ = legacy, settings, services, worker, dbPassword
var _, _ = tokenFile, checkAdmin
