package secrets

import (
	"fmt"
	"strings"
)

// impacts completes "anyone with the source can …" per provider kind.
var impacts = map[string]string{
	"aws-access-key-id":   "identify the AWS account and, with the matching secret key, act with this key's permissions",
	KindAWSSecretKey:      "act on the AWS account with this key's permissions",
	"github-token":        "act on GitHub as the token owner",
	"gitlab-token":        "act on GitLab as the token owner",
	"slack-token":         "read and post Slack messages as this app or user",
	"slack-webhook-url":   "post messages into the Slack channel",
	"discord-webhook-url": "post messages into the Discord channel",
	"stripe-secret-key":   "charge, refund and read payments on the live Stripe account",
	"stripe-test-key":     "read and change the Stripe account's test-mode data",
	"google-api-key":      "run up quota and billing on the Google Cloud project",
	"sendgrid-api-key":    "send e-mail in your name",
	"twilio-api-key":      "send messages and place calls billed to the Twilio account",
	"twilio-account-sid":  "identify the Twilio account, which a leaked auth token then fully unlocks",
	"openai-api-key":      "run up usage billed to the OpenAI account",
	"anthropic-api-key":   "run up usage billed to the Anthropic account",
	"npm-token":           "publish npm packages as you",
	"pypi-token":          "publish PyPI packages as you",
	"huggingface-token":   "access Hugging Face models and data sets as you",
	"shopify-token":       "read and change the shop's data",
	"digitalocean-token":  "control the DigitalOcean account",
	"azure-storage-key":   "read and write the Azure storage account",
	"jwt":                 "replay the token and act with its claims until it expires",
	KindPrivateKey:        "impersonate the key owner or decrypt its traffic",
	KindBasicAuth:         "log in with these credentials",
	KindBearerToken:       "call the API with the token's permissions",
	KindURLCredentials:    "connect with these credentials",
	KindConnString:        "connect with these credentials",
}

// Message renders the finding message the analyzers report: what is wrong,
// why it matters and how to fix it. It never includes the secret itself and
// never mentions the rule ID.
func Message(m Match, ctx Context) string {
	red := redactInline(m.Redacted)
	env := envName(ctx, m)
	load := fmt.Sprintf("load it from the environment or a secret manager (%s)", envRead(ctx, env))
	switch m.Rule {
	case RuleTokenFormat:
		impact := impacts[m.Kind]
		if impact == "" {
			impact = "use the account it belongs to"
		}
		switch m.Kind {
		case KindPrivateKey:
			return fmt.Sprintf("%s embedded in a string literal (%s): anyone with the source can %s; "+
				"generate a new key pair, revoke this one, and load the key from a file or secret manager outside the repository",
				m.Description, red, impact)
		case "jwt":
			return fmt.Sprintf("%s embedded in a string literal (%s): anyone with the source can %s; "+
				"revoke it if it is live and obtain tokens at runtime instead (%s)",
				m.Description, red, impact, strings.TrimPrefix(load, "load it from "))
		}
		return fmt.Sprintf("%s in a string literal (%s): it is a live credential, and anyone with the source "+
			"or its history can %s; revoke or rotate it now, then %s", m.Description, red, impact, load)
	case RuleURLCreds:
		return fmt.Sprintf("hardcoded %s (%s): anyone with the source can %s; remove the password from the "+
			"literal and supply it at runtime from the environment or a secret manager (%s)",
			m.Description, red, impacts[m.Kind], envRead(ctx, env))
	case RulePlaceholder:
		if m.Kind == KindURLPlaceholder {
			return fmt.Sprintf("%s (%s): a guessable default credential ships with the code; "+
				"take the credentials from the environment or a secret manager instead of the literal URL "+
				"(%s)", m.Description, red, envRead(ctx, env))
		}
		target := ""
		switch {
		case ctx.Name != "":
			target = fmt.Sprintf(" assigned to %q", ctx.Name)
		case ctx.Sink != "":
			target = " passed as " + sinkNoun(ctx.Sink)
		}
		return fmt.Sprintf("%s %s%s: a tutorial placeholder ships to production as a guessable %s; "+
			"generate a random value and load it from the environment or a secret manager "+
			"(%s), failing at startup when it is unset",
			m.Description, m.Redacted, target, guessable(m.Description), envRead(ctx, env))
	}
	// RuleCredential
	impact := impacts[m.Kind]
	if impact == "" {
		impact = impactFor(m.Description + " " + ctx.Sink)
	}
	var subject string
	switch {
	case m.Kind == KindEmbeddedCredential:
		subject = fmt.Sprintf("hardcoded %s (%s)", m.Description, red)
	case m.Kind == KindCredentialName && ctx.Name != "":
		subject = fmt.Sprintf("%s assigned to %q (%s)", m.Description, ctx.Name, red)
	case ctx.Sink != "":
		subject = fmt.Sprintf("%s passed as %s (%s)", m.Description, sinkNoun(ctx.Sink), red)
	default:
		subject = fmt.Sprintf("%s in a string literal (%s)", m.Description, red)
	}
	return fmt.Sprintf("%s: anyone with the source can %s; %s", subject, impact, load)
}

func impactFor(desc string) string {
	d := strings.ToLower(desc)
	switch {
	case strings.Contains(d, "private key"):
		return impacts[KindPrivateKey]
	case strings.Contains(d, "password") || strings.Contains(d, "basic"):
		return "log in with it"
	case strings.Contains(d, "secret key") || strings.Contains(d, "signing") || strings.Contains(d, "hmac") ||
		strings.Contains(d, "session") || strings.Contains(d, "cookie") || strings.Contains(d, "jwt"):
		return "forge sessions/tokens"
	case strings.Contains(d, "encryption"):
		return "decrypt the protected data"
	case strings.Contains(d, "token") || strings.Contains(d, "api key") || strings.Contains(d, "bearer"):
		return "call the API with its permissions"
	}
	return "authenticate with it"
}

func guessable(desc string) string {
	d := strings.ToLower(desc)
	switch {
	case strings.Contains(d, "password"):
		return "password"
	case strings.Contains(d, "token"):
		return "token"
	}
	return "key"
}

// envName suggests an environment variable for the fix: the binding's own
// name in SCREAMING_CASE, else a provider or sink default.
func envName(ctx Context, m Match) string {
	name := ctx.Name
	if i := strings.LastIndexAny(strings.TrimRight(name, `"']`), `.["'`); i >= 0 {
		name = name[i+1:]
	}
	if words := splitWords(name); len(words) > 0 && m.Kind != KindEmbeddedCredential {
		return strings.ToUpper(strings.Join(words, "_"))
	}
	for _, f := range formats {
		if f.kind == m.Kind {
			return f.envHint
		}
	}
	switch m.Kind {
	case KindAWSSecretKey:
		return "AWS_SECRET_ACCESS_KEY"
	case KindPrivateKey:
		return "PRIVATE_KEY"
	case KindURLCredentials, KindURLPlaceholder, KindConnString:
		return "DATABASE_PASSWORD"
	case KindBearerToken:
		return "API_TOKEN"
	case KindBasicAuth:
		return "API_PASSWORD"
	}
	if ctx.Sink != "" {
		return strings.ToUpper(strings.Join(splitWords(sinkNoun(ctx.Sink)), "_"))
	}
	return "SECRET"
}

// envRead is the expression that reads env in the language of ctx.
func envRead(ctx Context, env string) string {
	switch ctx.Language {
	case "go":
		return fmt.Sprintf("os.Getenv(%q)", env)
	case "python":
		return fmt.Sprintf("os.environ[%q]", env)
	}
	return fmt.Sprintf("os.environ[%q] / os.Getenv(%q)", env, env)
}
