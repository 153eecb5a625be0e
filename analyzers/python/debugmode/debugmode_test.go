package debugmode_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python/debugmode"
	"github.com/apivet/apivet/analyzers/python/pythontest"
)

var fixtures = filepath.Join("..", "..", "..", "testdata", "python", "debugmode")

// Shared helpers: run one analyzer over a source, apply a fix.
var (
	analyse = pythontest.Analyse
	apply   = pythontest.ApplyFix
)

func TestFixtures(t *testing.T) {
	if n := pythontest.Run(t, fixtures, debugmode.Analyzers...); n == 0 {
		t.Fatal("no findings checked: wrong fixture directory?")
	}
}

func TestFixes(t *testing.T) {
	const head = "from flask import Flask\napp = Flask(__name__)\n"
	tests := []struct {
		name, src, want string
	}{
		{"only argument", `app.run(debug=True)`, `app.run()`},
		{"last argument", `app.run(host="0.0.0.0", debug=True)`, `app.run(host="0.0.0.0")`},
		{"first argument", `app.run(debug=True, port=5000)`, `app.run(port=5000)`},
		{"middle argument", `app.run(host="h", debug=True, port=1)`, `app.run(host="h", port=1)`},
		{"two flags", `app.run(use_reloader=True, use_debugger=True, debug=True)`, `app.run(use_reloader=True)`},
		{"two flags apart", `app.run(debug=True, host="h", use_debugger=True, port=1)`, `app.run(host="h", port=1)`},
		{"all flags", `app.run(debug=True, use_debugger=True)`, `app.run()`},
		{
			"multi-line with trailing comma",
			"app.run(\n    host=\"0.0.0.0\",\n    debug=True,\n)",
			"app.run(\n    host=\"0.0.0.0\",\n)",
		},
		{
			"multi-line in the middle",
			"app.run(\n    host=\"0.0.0.0\",\n    debug=True,\n    port=5000,\n)",
			"app.run(\n    host=\"0.0.0.0\",\n    port=5000,\n)",
		},
		{"splat: no fix", `app.run(**{"debug": True})`, `app.run(**{"debug": True})`},
		{"attribute", `app.debug = True`, `app.debug = False`},
		{"config item", `app.config["DEBUG"] = 1`, `app.config["DEBUG"] = False`},
		{"config update", `app.config.update(DEBUG=True, TESTING=False)`, `app.config.update(TESTING=False)`},
		{"chained: no fix", `app.debug = app.testing = True`, `app.debug = app.testing = True`},
		{"fastapi", "from fastapi import FastAPI\napi = FastAPI(title=\"t\", debug=True)", "from fastapi import FastAPI\napi = FastAPI(title=\"t\")"},
		{"run_simple", "from werkzeug.serving import run_simple\nrun_simple(\"h\", 1, app, use_debugger=True)", "from werkzeug.serving import run_simple\nrun_simple(\"h\", 1, app)"},
		{"run_simple positional: no fix", "from werkzeug.serving import run_simple\nrun_simple(\"h\", 1, app, False, True)", "from werkzeug.serving import run_simple\nrun_simple(\"h\", 1, app, False, True)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := analyse(t, debugmode.DebugMode, "app.py", head+tt.src+"\n")
			if len(ds) != 1 {
				t.Fatalf("got %d findings, want 1: %+v", len(ds), ds)
			}
			if got := apply(t, head+tt.src+"\n", ds[0]); got != head+tt.want+"\n" {
				t.Errorf("fixed source:\n%s\nwant:\n%s", got, head+tt.want+"\n")
			}
		})
	}
}

func TestNoFixForDjango(t *testing.T) {
	// DEBUG = False breaks a Django project without ALLOWED_HOSTS: the finding has no fix.
	ds := analyse(t, debugmode.DebugMode, "shop/settings.py", "INSTALLED_APPS = []\nDEBUG = True\n")
	if len(ds) != 1 || len(ds[0].SuggestedFixes) != 0 {
		t.Fatalf("got %+v, want one finding without fix", ds)
	}
}

func TestMessagesNeverNameTheRule(t *testing.T) {
	src := "import logging\nfrom flask import Flask\napp = Flask(__name__)\napp.run(debug=True)\nlogging.basicConfig(level=logging.DEBUG)\n"
	for _, a := range debugmode.Analyzers {
		for _, d := range analyse(t, a, "app.py", src) {
			if strings.Contains(d.Message, a.Name) {
				t.Errorf("%s message names the rule: %s", a.Name, d.Message)
			}
		}
	}
}
