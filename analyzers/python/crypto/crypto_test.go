package crypto_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python/crypto"
	"github.com/apivet/apivet/analyzers/python/pythontest"
)

var fixtures = filepath.Join("..", "..", "..", "testdata", "python", "crypto")

// Shared helpers: run one analyzer over a source, apply a fix.
var (
	analyse = pythontest.Analyse
	apply   = pythontest.ApplyFix
)

func TestFixtures(t *testing.T) {
	n := pythontest.Run(t, fixtures, crypto.Analyzers...)
	if n == 0 {
		t.Fatal("no findings checked: wrong fixture directory?")
	}
	t.Logf("%d findings checked", n)
}

func TestCompareFixes(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{
			"equal",
			"import hmac\nimport os\nAPI_KEY = os.environ['API_KEY']\ndef ok(api_key):\n    return api_key == API_KEY\n",
			"import hmac\nimport os\nAPI_KEY = os.environ['API_KEY']\ndef ok(api_key):\n    return hmac.compare_digest(api_key, API_KEY)\n",
		},
		{
			"not equal",
			"import hmac\nfrom flask import request\ndef ok(expected):\n    if request.headers[\"X-API-Key\"] != expected:\n        return 1\n",
			"import hmac\nfrom flask import request\ndef ok(expected):\n    if not hmac.compare_digest(request.headers[\"X-API-Key\"], expected):\n        return 1\n",
		},
		{
			"imported function",
			"from hmac import compare_digest\nimport secrets\ndef ok(token, SECRET):\n    return token == SECRET\n",
			"from hmac import compare_digest\nimport secrets\ndef ok(token, SECRET):\n    return compare_digest(token, SECRET)\n",
		},
		{
			"secrets module",
			"import secrets as s\nimport hashlib\ndef ok(token, stored_token):\n    return token == stored_token\n",
			"import secrets as s\nimport hashlib\ndef ok(token, stored_token):\n    return s.compare_digest(token, stored_token)\n",
		},
		{
			"no import: no fix",
			"import hashlib\ndef ok(token, stored_token):\n    return token == stored_token\n",
			"import hashlib\ndef ok(token, stored_token):\n    return token == stored_token\n",
		},
		{
			"get may return None: no fix",
			"import hmac\nfrom flask import request\nfrom config import API_KEY\ndef ok():\n    return request.headers.get(\"X-API-Key\") == API_KEY\n",
			"import hmac\nfrom flask import request\nfrom config import API_KEY\ndef ok():\n    return request.headers.get(\"X-API-Key\") == API_KEY\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := analyse(t, crypto.SecretComparison, "app.py", tt.src)
			if len(ds) != 1 {
				t.Fatalf("got %d findings, want 1: %+v", len(ds), ds)
			}
			if got := apply(t, tt.src, ds[0]); got != tt.want {
				t.Errorf("fixed source:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestMessagesNeverNameTheRuleOrTheSecret(t *testing.T) {
	src := `import hmac, hashlib, jwt, os
from flask import request
API_KEY = os.environ.get("API_KEY", "sk_live_0123456789abcdefghijklmn")
def h(token):
    return token == API_KEY or request.headers["X-API-Key"] == API_KEY
def g(token):
    return jwt.decode(token, options={"verify_signature": False})
def f(token):
    jwt.decode(token, "k", algorithms=["HS256", "none", "RS256"])
    jwt.decode(token, "k")
    hashlib.md5(request.form["password"].encode())
    return request.headers["X-API-Key"] == API_KEY
`
	n := 0
	for _, a := range crypto.Analyzers {
		for _, d := range analyse(t, a, "app.py", src) {
			n++
			if strings.Contains(d.Message, a.Name) || strings.Contains(d.Message, "sk_live") {
				t.Errorf("%s message names the rule or the secret: %s", a.Name, d.Message)
			}
		}
	}
	if n < 7 {
		t.Errorf("got %d findings, want at least 7", n)
	}
}

// TestDeepInput checks that deeply nested and self-referencing code neither crashes nor hangs.
func TestDeepInput(t *testing.T) {
	deep := "import hmac, jwt\nfrom flask import request\nx = " + strings.Repeat("(", 500) + "request.headers['X-API-Key']" + strings.Repeat(")", 500) + "\n" +
		"a = b\nb = a\ndef f(token):\n    t = token\n    token2 = t\n    return a == token2 " + strings.Repeat("+ token ", 2000) + "\n" +
		"def g(token):\n    return jwt.decode(token, options=" + strings.Repeat("{'x': ", 300) + "1" + strings.Repeat("}", 300) + ")\n" +
		"def h(:\n    password ==\n"
	for _, a := range crypto.Analyzers {
		analyse(t, a, "app.py", deep)
	}
}
