// Package secrets detects hardcoded credentials in string literals. It is the
// shared engine behind the Go (go/analysis) and Python (tree-sitter)
// analyzers: they find string literals, work out the name each literal is
// bound to and whether it is passed straight into a security API, and ask
// Scan for findings. The engine never sees source code, only one literal
// value and its Context, so both languages get identical verdicts.
//
// # Rules
//
//   - AV101 hardcoded credential: a credential-named binding (see
//     IsCredentialName) or a security-API argument (Context.Sink) holds a
//     real-looking secret. Also used for "Bearer …"/"Basic …" header values
//     and for credential keys inside embedded JSON text.
//   - AV102 known token format: a provider-format secret (AWS, GitHub,
//     Slack, Stripe, Google, SendGrid, Twilio, OpenAI, Anthropic, GitLab,
//     npm, PyPI, Hugging Face, Shopify, DigitalOcean, Azure storage, Discord
//     and Slack webhooks, PEM private keys, JWTs) anywhere in a literal,
//     regardless of names.
//   - AV103 placeholder secret: a tutorial placeholder ("your_api_key",
//     "changeme", "<your-token>", "secret", "xxx", …) bound to a credential
//     name or security API, or used as the password of a connection URL.
//   - AV104 credentials in a connection URL or DSN: user:password@ userinfo,
//     Go MySQL DSNs (user:pass@tcp(host)/db) and password=/token= parameters
//     of connection strings, query strings and command lines.
//
// # Design choices
//
// Precision comes from the name: a name is a credential only when its words
// contain a credential concept (password, secret, token, qualified key such
// as api/secret/private/signing key, credentials, auth) and no word after the
// concept marks it as metadata (token_type, TOKEN_HEADER, password_field,
// token_fetch_errors, secret_id, api_key_name, max_tokens, NextToken,
// csrf_token_name …). Recall comes from the value: under a strong credential
// name a plausible password ("hunter2", "S3cr3tP@ss", "correct-horse-battery")
// is reported without requiring high entropy, while env-var names, paths,
// URLs, templates (%s, {}, ${VAR}), header names, MIME types, booleans,
// dotted module paths, prose, identifiers and values equal to the name are
// never reported.
//
// Choices worth knowing:
//   - Stripe: sk_live_/rk_live_ are high-confidence AV102. sk_test_/rk_test_
//     keys are real account credentials (they expose test-mode data) but are
//     published in docs constantly, so they are AV102 with low confidence and
//     are skipped in test files. Publishable keys (pk_live_, pk_test_) are
//     public by design and never reported, even under a credential name.
//   - Twilio: SK… API key SIDs are high confidence; AC… account SIDs are
//     identifiers rather than secrets and are reported with medium confidence.
//   - URL passwords: templates ($VAR, ${VAR}, %s, {}, <password>, ALL_CAPS
//     env names) and masks (***, xxx) are not findings. Literal placeholder
//     words (password, pass, secret, token, changeme, …) and a password equal
//     to the user name are AV103 (low) rather than AV104, because the URL
//     ships a guessable default rather than leaking a real secret; this
//     includes "postgres://user:pass@host". Placeholder passwords on local
//     hosts (localhost, 127.0.0.1, ::1) or documentation hosts (example.com,
//     *.example, *.test, *.invalid) are not reported; real-looking passwords
//     on local hosts are AV104 with low confidence.
//   - A value exactly equal to its name (PASSWORD = "password",
//     const Token = "token") is a key name, not a secret, and is never
//     reported.
//   - "test", leetspeak "s3cr3t", default credentials (admin, root,
//     postgres, minioadmin) and "user:pass" pairs whose password is a
//     placeholder or equals the user are placeholders (AV103). References
//     such as os.environ['X'], process.env.X, ENC(...) and vault:/ssm: paths
//     are not secrets. Password hashes (bcrypt $2b$…, argon2,
//     crypt $6$…, pbkdf2_…) are not secrets and are not reported.
//   - Documentation examples (AKIAIOSFODNN7EXAMPLE, anything containing
//     EXAMPLE, xxxxx, 0000000000, 1234567890, long runs of one character, the
//     jwt.io sample token) are not reported by the format rules.
//   - Test files (Context.TestFile): placeholders (AV103) are not reported;
//     AV101 needs a random-looking value and hex strings (digests in tests of
//     hashing code) are ignored; connection URLs to local hosts are ignored;
//     provider tokens are still reported (a live token in a test is still a
//     leak) except sk_test_, and private keys and JWTs drop to low/medium
//     confidence because they are usually fixtures.
//   - A Sink is definitive: any non-template, non-placeholder value passed
//     as, say, a JWT signing key is AV101, with low confidence for plain
//     words. Analyzers should set Sink only for the secret-bearing argument
//     (the password of SetBasicAuth, not the user name).
//
// Every detector is guarded by a cheap byte-level gate, and Prefilter is
// exactly the union of the gates that can fire without a name, so analyzers
// can skip nameless literals for which Prefilter is false.
//
// Match values never contain the secret: Redacted shows at most four leading
// characters (two below 12 characters, three below 20, none for eight or
// fewer: `(6 chars)`) and the length.
package secrets
