// Package secrets defines analyzers that report hardcoded secrets in Python source: a credential
// given as a literal to a credential-named binding or a security API (AV101), a provider token
// anywhere (AV102), a tutorial placeholder used as a secret (AV103) and a password in a
// connection URL (AV104).
//
// The verdict on each literal is the shared engine's (internal/secrets), so Python and Go agree;
// this package only works out where a literal sits. Its name comes from an assignment target
// (variable, class attribute, annotated field, last attribute of app.secret_key, string key of
// app.config["SECRET_KEY"] or os.environ["API_KEY"], tuple unpacking), a keyword or default
// argument, a dictionary key at any nesting (Django DATABASES), the key of a lookup with a default
// (os.environ.get("API_KEY", "…"), os.environ.setdefault), an option declaration, a
// Field(default=…), or the other side of an equality test. Its sink comes from the security API it
// is passed to, resolved through the file's imports: PyJWT, python-jose and Authlib keys, hmac
// keys, the password of requests/httpx/aiohttp Basic and Digest auth and of auth=(user, password)
// pairs, Bearer and Token Authorization headers, itsdangerous signing keys and Fernet keys.
//
// Every other literal is still scanned, without a name, for provider tokens, connection URLs and
// Authorization header values. Docstrings, comments and the constant text of f-strings are only
// scanned for provider tokens: prose and templates hold example URLs, not bindings.
// Test files are analysed with the engine's stricter test-file rules.
package secrets
