package secrets

import "strings"

// Security APIs whose secret-bearing argument is a finding whatever the variable is called. The
// keys are qualified names as File.QualifiedName resolves them through the file's imports.

// Sink kinds, as the engine's messages name them (secrets.Context.Sink).
const (
	sinkJWT        = "jwt-signing-key"
	sinkHMAC       = "hmac-key"
	sinkBasicAuth  = "basic-auth-password"
	sinkBearer     = "bearer-header"
	sinkSigning    = "signing-key"
	sinkEncryption = "encryption-key"
)

// sinkArg locates the secret argument of a call: by position (-1 for keyword only) or keyword.
type sinkArg struct {
	pos     int
	keyword string
	sink    string
}

var callSinks = map[string]sinkArg{
	// PyJWT: encode(payload, key, algorithm), decode(jwt, key, algorithms).
	"jwt.encode":         {1, "key", sinkJWT},
	"jwt.decode":         {1, "key", sinkJWT},
	"jwt.api_jwt.encode": {1, "key", sinkJWT},
	"jwt.api_jwt.decode": {1, "key", sinkJWT},
	"jwt.api_jws.encode": {1, "key", sinkJWT},
	"jwt.api_jws.decode": {1, "key", sinkJWT},
	// python-jose: jwt.encode(claims, key, algorithm), jws.sign(payload, key).
	"jose.jwt.encode": {1, "key", sinkJWT},
	"jose.jwt.decode": {1, "key", sinkJWT},
	"jose.jws.sign":   {1, "key", sinkJWT},
	"jose.jws.verify": {1, "key", sinkJWT},
	// Authlib: jwt.encode(header, payload, key), jwt.decode(s, key).
	"authlib.jose.jwt.encode": {2, "key", sinkJWT},
	"authlib.jose.jwt.decode": {1, "key", sinkJWT},
	// hmac: new(key, msg, digestmod), digest(key, msg, digest).
	"hmac.new":    {0, "key", sinkHMAC},
	"hmac.HMAC":   {0, "key", sinkHMAC},
	"hmac.digest": {0, "key", sinkHMAC},
	// HTTP client credentials: (username, password); only the password is a secret.
	"requests.auth.HTTPBasicAuth":  {1, "password", sinkBasicAuth},
	"requests.auth.HTTPDigestAuth": {1, "password", sinkBasicAuth},
	"requests.auth.HTTPProxyAuth":  {1, "password", sinkBasicAuth},
	"requests.HTTPBasicAuth":       {1, "password", sinkBasicAuth},
	"httpx.BasicAuth":              {1, "password", sinkBasicAuth},
	"httpx.DigestAuth":             {1, "password", sinkBasicAuth},
	"aiohttp.BasicAuth":            {1, "password", sinkBasicAuth},
	"aiohttp.helpers.BasicAuth":    {1, "password", sinkBasicAuth},
	// itsdangerous signers and serializers: (secret_key, salt=…).
	"itsdangerous.Signer":                          {0, "secret_key", sinkSigning},
	"itsdangerous.TimestampSigner":                 {0, "secret_key", sinkSigning},
	"itsdangerous.Serializer":                      {0, "secret_key", sinkSigning},
	"itsdangerous.TimedSerializer":                 {0, "secret_key", sinkSigning},
	"itsdangerous.URLSafeSerializer":               {0, "secret_key", sinkSigning},
	"itsdangerous.URLSafeTimedSerializer":          {0, "secret_key", sinkSigning},
	"itsdangerous.url_safe.URLSafeSerializer":      {0, "secret_key", sinkSigning},
	"itsdangerous.url_safe.URLSafeTimedSerializer": {0, "secret_key", sinkSigning},
	// cryptography: Fernet(key).
	"cryptography.fernet.Fernet": {0, "key", sinkEncryption},
}

// lookupMethods take a key name and a default or a value: the literal they are given is bound to
// that key (os.environ.get("API_KEY", "…"), settings.get("password", "…"),
// os.environ.setdefault("API_KEY", "…"), monkeypatch.setenv("TOKEN", "…")).
var lookupMethods = map[string]bool{"get": true, "setdefault": true, "pop": true, "getenv": true,
	"setenv": true, "putenv": true}

var lookupFuncs = map[string]bool{"os.getenv": true, "os.putenv": true, "decouple.config": true}

// envReaders are the names a settings module gives its django-environ or environs reader
// (env = environ.Env(); env("SECRET_KEY", default="…"), env.str("API_KEY", default="…")).
var envReaders = map[string]bool{"env": true, "environ_env": true}

// optionFuncs declare a command-line option whose default is bound to the option's name.
var optionFuncs = map[string]bool{"click.option": true}

// fieldFuncs declare a model field whose default is bound to the attribute they are assigned to
// (api_key: str = Field(default="…")); pos is the positional index of the default, or -1.
var fieldFuncs = map[string]int{
	"pydantic.Field":        0,
	"pydantic.fields.Field": 0,
	"sqlmodel.Field":        0,
	"dataclasses.field":     -1,
}

// compareFuncs compare their two arguments: a literal compared with a named value is that
// value's hardcoded expectation.
var compareFuncs = map[string]bool{"hmac.compare_digest": true, "secrets.compare_digest": true}

// tableLasts are the last segments of the qualified names the call tables above are keyed by: a
// call whose name ends otherwise is in none of them.
var tableLasts = func() map[string]bool {
	m := map[string]bool{}
	add := func(qn string) { m[qn[strings.LastIndexByte(qn, '.')+1:]] = true }
	for qn := range callSinks {
		add(qn)
	}
	for qn := range lookupFuncs {
		add(qn)
	}
	for qn := range optionFuncs {
		add(qn)
	}
	for qn := range compareFuncs {
		add(qn)
	}
	return m
}()
