package hardening_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apivet/apivet/analyzers/python/hardening"
	"github.com/apivet/apivet/analyzers/python/pythontest"
)

var fixtures = filepath.Join("..", "..", "..", "testdata", "python", "hardening")

// Shared helpers: run one analyzer over a source, apply a fix.
var (
	analyse = pythontest.Analyse
)

func TestFixtures(t *testing.T) {
	n := pythontest.Run(t, fixtures, hardening.Analyzers...)
	t.Logf("%d findings checked", n)
	if n == 0 {
		t.Fatal("no findings checked: wrong fixture directory?")
	}
}

// TestDeepInput feeds every analyzer deeply nested expressions and truncated source: they must
// neither crash nor take long (no recursion over the tree).
func TestDeepInput(t *testing.T) {
	const depth = 20000
	nested := "from flask import Flask, request\nfrom flask_cors import CORS\nimport traceback\napp = Flask(__name__)\n" +
		"try:\n    pass\nexcept Exception as e:\n    x = " + strings.Repeat("(", depth) + "str(e)" + strings.Repeat(")", depth) + "\n" +
		"resp.headers['Access-Control-Allow-Credentials'] = " + strings.Repeat("[", depth) + "'true'" + strings.Repeat("]", depth) + "\n" +
		"response.set_cookie('session', " + strings.Repeat("-", depth) + "1)\n"
	truncated := "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/x')\ndef x():\n    try:\n        request.json[\n    except Exception as e:\n        return str(e\n" +
		"CORS(app, supports_credentials=True, origins=\nresponse.set_cookie('session', secure=\n"
	for _, src := range []string{nested, truncated} {
		for _, a := range hardening.Analyzers {
			start := time.Now()
			analyse(t, a, "app.py", src)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("%s took %v", a.Name, d)
			}
		}
	}
}

func TestMessagesNeverNameTheRule(t *testing.T) {
	src := `from flask import Flask, request, jsonify
from flask_cors import CORS
import traceback

app = Flask(__name__)
CORS(app, supports_credentials=True)
app.config["SESSION_COOKIE_SECURE"] = False


@app.route("/x", methods=["POST"])
def x():
    try:
        return jsonify(request.get_json())
    except Exception as e:
        return {"error": str(e), "trace": traceback.format_exc()}, 500
`
	n := 0
	for _, a := range hardening.Analyzers {
		for _, d := range analyse(t, a, "app.py", src) {
			n++
			if strings.Contains(d.Message, a.Name) {
				t.Errorf("%s message names the rule: %s", a.Name, d.Message)
			}
		}
	}
	if n < 4 {
		t.Errorf("got %d findings, want one per analyzer", n)
	}
}

// TestFlaskCORSConfig covers flask-cors options read from app.config beyond the fixtures: the
// line reported, or none.
func TestFlaskCORSConfig(t *testing.T) {
	const head = "import os\nfrom flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\n"
	tests := []struct {
		name, src string
		line      int // 0: no finding
	}{
		{"module settings loaded with from_object(__name__)",
			"CORS_SUPPORTS_CREDENTIALS = True\napp.config.from_object(__name__)\nCORS(app)\n", 7},
		{"a subclass overrides its base's origins",
			"class Base:\n    CORS_ORIGINS = ['https://app.example.com']\n    CORS_SUPPORTS_CREDENTIALS = True\n" +
				"class Open(Base):\n    CORS_ORIGINS = '*'\napp.config.from_object(Open)\nCORS(app)\n", 11},
		{"a later write wins",
			"app.config['CORS_SUPPORTS_CREDENTIALS'] = True\napp.config['CORS_SUPPORTS_CREDENTIALS'] = False\nCORS(app)\n", 0},
		{"setdefault does not override",
			"app.config['CORS_ORIGINS'] = ['https://app.example.com']\napp.config.setdefault('CORS_ORIGINS', '*')\n" +
				"CORS(app, supports_credentials=True)\n", 0},
		{"update from a variable may set the origins",
			"app.config.update(SETTINGS)\nCORS(app, supports_credentials=True)\n", 0},
		{"from_object of an imported object may set the origins",
			"from .config import Prod\napp.config.from_object(Prod)\nCORS(app, supports_credentials=True)\n", 0},
		{"explicit origins in the call still count with a configuration loaded from elsewhere",
			"app.config.from_envvar('APP_SETTINGS')\nCORS(app, origins='*', supports_credentials=True)\n", 6},
		{"another application's configuration does not count",
			"admin = Flask('admin')\nadmin.config['CORS_SUPPORTS_CREDENTIALS'] = True\nCORS(app)\n", 0},
		{"send_wildcard from the configuration",
			"app.config.update({'CORS_SUPPORTS_CREDENTIALS': True, 'CORS_SEND_WILDCARD': True})\nCORS(app)\n", 0},
		{"a configuration written in another function is not followed (only the scope of the CORS call is read)",
			"def configure():\n    app.config['CORS_SUPPORTS_CREDENTIALS'] = True\nconfigure()\nCORS(app)\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := analyse(t, hardening.CORS, "app.py", head+tt.src)
			var lines []int
			for _, d := range ds {
				lines = append(lines, int(d.Start.Row)+1)
			}
			switch {
			case tt.line == 0 && len(ds) != 0, tt.line != 0 && (len(ds) != 1 || int(ds[0].Start.Row)+1 != tt.line):
				t.Errorf("findings on lines %v, want %d", lines, tt.line)
			}
		})
	}
}
