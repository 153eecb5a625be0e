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
