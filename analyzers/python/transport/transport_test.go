package transport_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/analyzers/python/pythontest"
	"github.com/apivet/apivet/analyzers/python/transport"
)

var fixtures = filepath.Join("..", "..", "..", "testdata", "python", "transport")

// Shared helpers: run one analyzer over a source, apply a fix.
var (
	analyse = pythontest.Analyse
	apply   = pythontest.ApplyFix
)

func TestFixtures(t *testing.T) {
	if n := pythontest.Run(t, fixtures, transport.Analyzers...); n == 0 {
		t.Fatal("no findings checked: wrong fixture directory?")
	}
}

// TestEachRuleFires runs each analyzer alone, so that a rule whose fixtures all went quiet fails.
func TestEachRuleFires(t *testing.T) {
	for _, a := range transport.Analyzers {
		t.Run(a.Name, func(t *testing.T) {
			if n := pythontest.Run(t, fixtures, a); n == 0 {
				t.Errorf("%s: no findings on the fixtures", a.Name)
			}
		})
	}
}

func TestFixes(t *testing.T) {
	tests := []struct {
		name string
		a    *python.Analyzer
		src  string
		want string // "" : no fix offered
	}{
		{
			"basic f-string", transport.BasicAuth,
			"import base64\nh = {'Authorization': f'Basic {username}:{api_key}'}\n",
			"import base64\nh = {'Authorization': 'Basic ' + base64.b64encode(f'{username}:{api_key}'.encode()).decode()}\n",
		},
		{
			"basic concatenation", transport.BasicAuth,
			"import base64\nh = {\"Authorization\": \"Basic \" + user + \":\" + pw}\n",
			"import base64\nh = {\"Authorization\": \"Basic \" + base64.b64encode((user + \":\" + pw).encode()).decode()}\n",
		},
		{
			"basic without base64 import", transport.BasicAuth,
			"h = {'Authorization': f'Basic {username}:{api_key}'}\n", "",
		},
		{
			"basic percent: no fix", transport.BasicAuth,
			"import base64\nh = {'Authorization': 'Basic %s:%s' % (u, p)}\n", "",
		},
		{
			"verify keyword", transport.TLSVerify,
			"import requests\nrequests.get(url, timeout=5, verify=False)\n",
			"import requests\nrequests.get(url, timeout=5)\n",
		},
		{
			"session verify", transport.TLSVerify,
			"import requests\ns = requests.Session()\ns.verify = False\n",
			"import requests\ns = requests.Session()\ns.verify = True\n",
		},
		{
			"verify mode", transport.TLSVerify,
			"import ssl\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_NONE\n",
			"import ssl\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_REQUIRED\n",
		},
		{
			"urllib3 string", transport.TLSVerify,
			"import urllib3\nhttp = urllib3.PoolManager(cert_reqs=\"CERT_NONE\")\n",
			"import urllib3\nhttp = urllib3.PoolManager(cert_reqs=\"CERT_REQUIRED\")\n",
		},
		{
			"aiohttp ssl", transport.TLSVerify,
			"import aiohttp\nconn = aiohttp.TCPConnector(limit=10, ssl=False)\n",
			"import aiohttp\nconn = aiohttp.TCPConnector(limit=10)\n",
		},
		{
			"minimum version", transport.TLSVersion,
			"import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1\n",
			"import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\n",
		},
		{
			"maximum version: no fix", transport.TLSVersion,
			"import ssl\nctx = ssl.create_default_context()\nctx.maximum_version = ssl.TLSVersion.TLSv1_1\n", "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := analyse(t, tt.a, "client.py", tt.src)
			if len(ds) != 1 {
				t.Fatalf("got %d findings, want 1: %+v", len(ds), ds)
			}
			if tt.want == "" {
				if len(ds[0].SuggestedFixes) != 0 {
					t.Fatalf("got a fix %+v, want none", ds[0].SuggestedFixes)
				}
				return
			}
			if got := apply(t, tt.src, ds[0]); got != tt.want {
				t.Errorf("fixed source:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestMessagesNeverNameTheRuleNorTheSecret(t *testing.T) {
	src := `import requests, ssl
secret = "hunter2-very-secret"
requests.get("http://user:hunter2-very-secret@api.example.com/x")
requests.get("https://api.example.com/x?api_key=hunter2-very-secret")
h = {"Authorization": "Basic admin:hunter2-very-secret"}
requests.get("https://api.example.com", verify=False)
ssl.SSLContext(ssl.PROTOCOL_TLSv1)
`
	n := 0
	for _, a := range transport.Analyzers {
		for _, d := range analyse(t, a, "client.py", src) {
			n++
			if strings.Contains(d.Message, a.Name) {
				t.Errorf("%s message names the rule: %s", a.Name, d.Message)
			}
			if strings.Contains(d.Message, "hunter2") {
				t.Errorf("%s message shows the secret: %s", a.Name, d.Message)
			}
		}
	}
	if n < 5 {
		t.Errorf("got %d findings, want at least 5", n)
	}
}

// TestHostileInput checks that deep nesting and long chains neither crash nor hang.
func TestHostileInput(t *testing.T) {
	var b strings.Builder
	b.WriteString("import requests\nu = \"http://api.example.com/?token=\"")
	for range 5000 {
		b.WriteString(" + x")
	}
	b.WriteString("\nv = " + strings.Repeat("(", 300) + "u" + strings.Repeat(")", 300) + "\n")
	b.WriteString("w = f\"{" + strings.Repeat("f'{", 1) + "u}'}\"\n")
	for i := range 30 {
		b.WriteString("a" + string(rune('a'+i%26)) + " = ab + ab\n")
	}
	for i := range 200 {
		b.WriteString(strings.Repeat(" ", i) + "def g(self, url):\n")
	}
	b.WriteString(strings.Repeat(" ", 200) + "self.s = requests.Session(); self.s.verify = False; self.s.get(u, params={\"token\": u})\n")
	b.WriteString("requests.get(v, auth=(u, p), headers={**h, \"Authorization\": \"Basic \" + u + \":\" + p\n")
	src := b.String()
	for _, a := range transport.Analyzers {
		analyse(t, a, "hostile.py", src)
	}
}
