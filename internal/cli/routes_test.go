package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
)

const routesGo = `package main

import (
	"net/http"
	"time"
)

func requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func list(w http.ResponseWriter, r *http.Request)   {}
func remove(w http.ResponseWriter, r *http.Request) {}
func health(w http.ResponseWriter, r *http.Request) {}

func main() {
	mux := http.NewServeMux()
	mux.Handle("GET /api/orders", requireToken(http.HandlerFunc(list)))
	mux.HandleFunc("DELETE /api/orders/{id}", remove)
	mux.HandleFunc("GET /healthz", health)
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: time.Second}
	srv.ListenAndServe()
}
`

const routesPy = `from flask import Flask
from flask_login import login_required

app = Flask(__name__)


@app.route("/users")
@login_required
def users():
    return []


@app.route("/users/<int:id>", methods=["DELETE"])
def delete_user(id):
    return "", 204
`

func TestRoutesCommand(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": goMod, "main.go": routesGo, "app.py": routesPy})
	r := run(t, dir, apivetBin, "routes", "./...")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{
		"GET      /api/orders", "requireToken", "DELETE   /api/orders/{id}", "none",
		"/healthz", "public: health check", "/users/<int:id>", "login_required", "app.py:7",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("inventory lacks %q:\n%s", want, r.stdout)
		}
	}
	r = run(t, dir, apivetBin, "routes", "--format", "json", "./...")
	var rs []struct {
		Framework, Path string
		Methods         []string
		Guards          []struct{ Name string }
		File            string
	}
	if err := json.Unmarshal([]byte(r.stdout), &rs); err != nil || len(rs) != 5 {
		t.Fatalf("JSON inventory (%v): %s", err, r.stdout)
	}
	for _, rt := range rs {
		if strings.HasPrefix(rt.File, "/") {
			t.Errorf("absolute path in the inventory: %s", rt.File)
		}
	}
	r = run(t, dir, apivetBin, "routes", "--format", "markdown", "./...")
	if !strings.HasPrefix(r.stdout, "| Methods | Path |") || strings.Count(r.stdout, "\n") != 7 {
		t.Errorf("markdown inventory:\n%s", r.stdout)
	}
	// The rule built on the inventory, in both languages.
	r = run(t, dir, apivetBin, "./...")
	if !strings.Contains(r.stdout, "main.go:25:2:") || !strings.Contains(r.stdout, "app.py:13:1:") || strings.Count(r.stdout, "[AV301]") != 2 {
		t.Errorf("AV301 findings:\n%s", r.stdout)
	}
}

// TestTaintFlowInSARIF: a flow from a request to a sink reaches SARIF as a codeFlow, source first.
func TestTaintFlowInSARIF(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.py": `import sqlite3
from flask import Flask, request

app = Flask(__name__)


def find_user(name):
    db = sqlite3.connect("app.db")
    return db.execute(f"SELECT * FROM users WHERE name = '{name}'").fetchall()


@app.route("/users")
def users():
    name = request.args.get("name")
    return {"users": find_user(name)}
`})
	r := run(t, dir, apivetBin, "--format", "sarif")
	var doc struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				CodeFlows []struct {
					ThreadFlows []struct {
						Locations []struct {
							Location struct {
								PhysicalLocation struct {
									Region struct{ StartLine int }
								}
							}
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	for _, res := range doc.Runs[0].Results {
		if res.RuleID != "AV401" {
			continue
		}
		if len(res.CodeFlows) != 1 || len(res.CodeFlows[0].ThreadFlows) != 1 {
			t.Fatalf("AV401 without one code flow: %+v", res)
		}
		locs := res.CodeFlows[0].ThreadFlows[0].Locations
		if len(locs) < 2 || locs[0].Location.PhysicalLocation.Region.StartLine != 14 || locs[len(locs)-1].Location.PhysicalLocation.Region.StartLine != 9 {
			t.Errorf("flow %+v: want the source (line 14) first and the sink (line 9) last", locs)
		}
		return
	}
	t.Fatalf("no AV401 result:\n%s", r.stdout)
}
