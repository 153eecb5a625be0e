package routeauth

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/analyzers/python/pythontest"
)

var fixtures = filepath.Join("..", "..", "..", "testdata", "python", "routeauth")

// Shared helpers: run one analyzer over a source, apply a fix.
var (
	apply = pythontest.ApplyFix
)

func TestFixtures(t *testing.T) {
	if n := pythontest.Run(t, fixtures, Analyzers...); n == 0 {
		t.Fatal("no findings checked: wrong fixture directory?")
	}
}

// analyse runs one analyzer over src and returns its diagnostics.
func analyse(t *testing.T, a *python.Analyzer, path, src string) []python.Diagnostic {
	t.Helper()
	f := parse(t, path, []byte(src))
	defer f.Close()
	var ds []python.Diagnostic
	a.Run(python.NewPass(a, f, func(d python.Diagnostic) { ds = append(ds, d) }))
	return ds
}

func TestFixes(t *testing.T) {
	const flask = "from flask import Flask\nfrom flask_login import login_required\nfrom flask_jwt_extended import jwt_required\napp = Flask(__name__)\n"
	const fastapi = "from fastapi import Depends, FastAPI, HTTPException\napp = FastAPI()\n" +
		"def get_current_user(token: str = ''):\n    if not token:\n        raise HTTPException(status_code=401)\n    return token\n"
	tests := []struct {
		name string
		a    *python.Analyzer
		src  string
		want string
	}{
		{"move below the route", DecoratorAboveRoute,
			flask + "@login_required  # note\n@app.route(\"/a\")\ndef a():\n    pass\n",
			flask + "@app.route(\"/a\")\n@login_required  # note\ndef a():\n    pass\n"},
		{"move below the lowest route, indented", DecoratorAboveRoute,
			flask + "def make():\n    @login_required\n    @app.route(\"/a\")\n    @app.route(\"/b\")\n    @other\n    def a():\n        pass\n",
			flask + "def make():\n    @app.route(\"/a\")\n    @app.route(\"/b\")\n    @login_required\n    @other\n    def a():\n        pass\n"},
		{"multi-line decorator", DecoratorAboveRoute,
			flask + "@login_required(\n    fresh=True,\n)\n@app.route(\"/a\")\ndef a(): pass\n",
			flask + "@app.route(\"/a\")\n@login_required(\n    fresh=True,\n)\ndef a(): pass\n"},
		{"call jwt_required", DecoratorNotCalled,
			flask + "@app.route(\"/a\")\n@jwt_required\ndef a():\n    pass\n",
			flask + "@app.route(\"/a\")\n@jwt_required()\ndef a():\n    pass\n"},
		{"pass the dependency", DecoratorNotCalled,
			fastapi + "@app.get(\"/me\")\ndef me(user=Depends(get_current_user())):\n    return user\n",
			fastapi + "@app.get(\"/me\")\ndef me(user=Depends(get_current_user)):\n    return user\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := analyse(t, tt.a, "app.py", tt.src)
			if len(ds) != 1 {
				t.Fatalf("got %d findings, want 1: %+v", len(ds), ds)
			}
			if got := apply(t, tt.src, ds[0]); got != tt.want {
				t.Errorf("fixed source:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestMessagesNeverNameTheRule(t *testing.T) {
	src := `from flask import Flask
from flask_jwt_extended import jwt_required
from flask_login import login_required
from rest_framework.views import APIView
from rest_framework.permissions import AllowAny
app = Flask(__name__)

@app.post("/a")
@login_required
def a(): pass

@app.post("/b")
def b(): pass

@login_required
@app.post("/c")
def c(): pass

@app.get("/d")
@jwt_required
def d(): pass

class V(APIView):
    permission_classes = [AllowAny]
    def post(self, request): pass
`
	n := 0
	for _, a := range Analyzers {
		for _, d := range analyse(t, a, "app.py", src) {
			n++
			if strings.Contains(d.Message, a.Name) {
				t.Errorf("%s message names the rule: %s", a.Name, d.Message)
			}
		}
	}
	if n != 4 {
		t.Errorf("got %d findings, want one per rule", n)
	}
}

// TestHostileInput feeds deeply nested and broken code: no panic, no hang.
func TestHostileInput(t *testing.T) {
	deep := "from flask import Flask\napp = Flask(__name__)\nx = " + strings.Repeat("(", 5000) + "1" + strings.Repeat(")", 5000) + "\n"
	nestedDefs := "from fastapi import FastAPI, Depends\napp = FastAPI()\n"
	for i := 0; i < 300; i++ {
		nestedDefs += strings.Repeat(" ", i) + "def f" + string(rune('a'+i%26)) + "(x=Depends(g)):\n"
	}
	nestedDefs += strings.Repeat(" ", 300) + "pass\n"
	cycle := "from fastapi import FastAPI, Depends\napp = FastAPI()\n" +
		"def a(x=Depends(b)): pass\ndef b(x=Depends(a)): pass\n@app.post('/x')\ndef h(u=Depends(a)): pass\n" +
		"class A(B): pass\nclass B(A): pass\n" +
		"from rest_framework import viewsets\nclass C(A, viewsets.ModelViewSet): pass\n"
	broken := "from flask import Flask\napp = Flask(__name__)\n@app.route(\n@login_required\ndef (:\n  app.add_url_rule(\nurlpatterns = [path(\n"
	restx := "from flask_restx import Api, Namespace, Resource\napi = Api(api)\nns = ns.namespace('a')\nx = y.namespace('b')\ny = x.namespace('c')\n" +
		"api.add_namespace(x)\nx.add_resource(R, '/r')\n@ns.route('/a')\n@x.route('/b')\nclass R(R, Resource):\n    method_decorators = method_decorators\n    def post(self): pass\n"
	for name, src := range map[string]string{"deep": deep, "nested defs": nestedDefs, "cycles": cycle, "broken": broken, "restx cycles": restx} {
		t.Run(name, func(t *testing.T) {
			f := parse(t, "app.py", []byte(src))
			defer f.Close()
			Extract(f)
			for _, a := range Analyzers {
				a.Run(python.NewPass(a, f, func(python.Diagnostic) {}))
			}
		})
	}
}

// TestTruncatedFixtures runs everything over every fixture cut short at many points: the
// syntax trees tree-sitter recovers leave holes (missing fields, ERROR nodes) that must not
// crash an analyzer.
func TestTruncatedFixtures(t *testing.T) {
	err := filepath.WalkDir(fixtures, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for cut := 0; cut < len(src); cut += 1 + len(src)/40 {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("%s cut at %d: panic: %v", path, cut, r)
					}
				}()
				f := parse(t, "app.py", src[:cut])
				defer f.Close()
				Extract(f)
				for _, a := range Analyzers {
					a.Run(python.NewPass(a, f, func(python.Diagnostic) {}))
				}
			}()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
