package transport

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python"
)

// queryTricks hide '?' and '&' behind escapes, names, formatting and joins: the shapes the
// shortcuts of runKeyInURL must not skip.
const queryTricks = `import requests
import urllib.parse
from urllib.parse import urlencode

API = "https://api.example.com/v1/items\x3fapi_key="
API2 = "https://api.example.com/v1/items\u003ftoken="
API3 = "https://api.example.com/v1/items\077secret="
Q = "?"
AMP = "\x26"
BASE = "https://api.example.com/v1"
QK = "\u003fapi_key="
QK2 = QK
QK3 = "/x" + QK2
QK4 = "{}".format(QK3)
AK = "\046token=%s"
PARTS = ["https://api.example.com/items", "api_key=" + "x"]

def f1(key):
    return requests.get(API + key)

def f2(key):
    return requests.get(BASE + Q + "api_key=" + key)

def f3(key):
    return requests.get(BASE + QK4 + key)

def f4(tok):
    return requests.get((BASE + "/q" + AK) % tok)

def f5(key):
    return requests.get("{}{}api_key={}".format(BASE, Q, key))

def f6(key):
    return requests.get(Q.join(PARTS) + key)

def f7(secret):
    return requests.get(f"{BASE}{Q}secret={secret}")

def f8(key):
    return requests.get(BASE + "?" + urlencode({"api_key": key}))

def f9(key):
    return requests.get(BASE + Q + urllib.parse.urlencode({"token": key}))

def f10(key):
    url = "%s%sapi_key=%s" % (BASE, Q, key)
    return requests.get(url)

def f11(key):
    return requests.get("".join([BASE, "\x3f", "token=", key]))
`

// The shortcuts of runKeyInURL skip only what cannot be reported: for every candidate of every
// fixture and of the tricks above, a candidate the shortcuts skip yields no query finding when
// evaluated, and a file without marks yields none at all.
func TestKeyInURLSkipsOnlyWhatCannotReport(t *testing.T) {
	srcs := map[string][]byte{"tricks.py": []byte(queryTricks)}
	filepath.WalkDir(filepath.Join("..", "..", "..", "testdata", "python"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			if b, err := os.ReadFile(p); err == nil {
				srcs[p] = b
			}
		}
		return nil
	})
	if len(srcs) < 20 {
		t.Fatalf("only %d sources", len(srcs))
	}
	p := python.NewParser()
	defer p.Close()
	kinds := map[string]bool{}
	for _, k := range KeyInURL.Kinds {
		kinds[k] = true
	}
	reportable, skippedChecked := 0, 0
	for name, src := range srcs {
		f := p.Parse(name, src, kinds, 0)
		pass := python.NewPass(KeyInURL, f, func(python.Diagnostic) {})
		b := newBinder(pass)
		marks := queryMarks(f, pass.Nodes("string"))
		marked := map[string]bool{}
		if len(marks) > 0 {
			marked = b.markedNames(marks)
		}
		for _, k := range []string{"string", "concatenated_string", "binary_operator", "call"} {
			for _, n := range pass.Nodes(k) {
				t0 := b.eval(n)
				found := len(queryCreds(t0)) > 0 || len(encodedQueries(b, t0)) > 0
				if found {
					reportable++
				}
				skipped := len(marks) == 0 ||
					len(marked) == 0 && !holdsMark(marks, python.StartByte(n), python.EndByte(n)) ||
					len(marked) > 0 && !b.reads(n, marks, func(name string) bool { return marked[name] }, 0)
				if skipped {
					skippedChecked++
					if found {
						t.Errorf("%s: %q is skipped but its template %q has a query credential", name, f.Text(n), t0.text())
					}
				}
			}
		}
		f.Close()
	}
	if reportable < 10 || skippedChecked < 1000 {
		t.Errorf("too little exercised: %d reportable candidates, %d skipped ones", reportable, skippedChecked)
	}
}
