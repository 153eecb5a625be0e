package nethttp

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"av401/helpers"
)

var db *sql.DB

func search(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	rows, _ := db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", name)) // want `r.URL.Query\(\).Get\("name"\) \(line 18\) reaches db.Query through fmt.Sprintf: a query built from request data`
	defer rows.Close()
}

func byForm(w http.ResponseWriter, r *http.Request) {
	q := "DELETE FROM items WHERE id = " + r.FormValue("id")
	db.Exec(q) // want `r.FormValue\("id"\) \(line 24\) reaches db.Exec through string concatenation`
}

func builder(w http.ResponseWriter, r *http.Request) {
	var sb strings.Builder
	sb.WriteString("SELECT * FROM t ORDER BY ")
	sb.WriteString(r.Header.Get("X-Sort"))
	db.QueryRow(sb.String()) // want `reaches db.QueryRow through strings.Builder.WriteString, strings.Builder.String`
}

type filter struct {
	Column string `json:"column"`
	Value  string `json:"value"`
}

func jsonBody(w http.ResponseWriter, r *http.Request) {
	var f filter
	if err := json.NewDecoder(r.Body).Decode(&f); err != nil {
		return
	}
	db.Query("SELECT * FROM t WHERE "+f.Column+" = $1", f.Value) // want `r.Body \(line 42\) reaches db.Query through json.Decoder.Decode, string concatenation`
	db.Query("SELECT * FROM t WHERE name = $1", f.Value)         // ok: AV401
}

func parameterised(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	db.Query("SELECT * FROM users WHERE name = $1", name) // ok: AV401
	db.Query("SELECT count(*) FROM users")                // ok: AV401
}

func numeric(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.FormValue("id"))
	if err != nil {
		return
	}
	db.Query(fmt.Sprintf("SELECT * FROM users WHERE id = %d", id)) // ok: AV401
}

var sortable = map[string]bool{"name": true, "created": true}

func allowlisted(w http.ResponseWriter, r *http.Request) {
	col := r.URL.Query().Get("sort")
	if !sortable[col] {
		http.Error(w, "bad sort", http.StatusBadRequest)
		return
	}
	db.Query("SELECT * FROM users ORDER BY " + col) // ok: AV401
}

func containsCheck(w http.ResponseWriter, r *http.Request) {
	col := r.URL.Query().Get("sort")
	if !slices.Contains([]string{"name", "created"}, col) {
		return
	}
	db.Query("SELECT * FROM users ORDER BY " + col) // ok: AV401
}

func emptyCheckIsNoCheck(w http.ResponseWriter, r *http.Request) {
	col := r.URL.Query().Get("sort")
	if col == "" {
		return
	}
	db.Query("SELECT * FROM users ORDER BY " + col) // want `reaches db.Query through string concatenation`
}

// Flows through helpers of this package.
func whereName(name string) string { return "WHERE name = '" + name + "'" }

func runQuery(q string) { db.Query(q) }

func findUser(name string) { runQuery("SELECT * FROM users " + whereName(name)) }

func oneHelper(w http.ResponseWriter, r *http.Request) {
	db.Query("SELECT * FROM users " + whereName(r.FormValue("name"))) // want `r.FormValue\("name"\) \(line 98\) reaches db.Query through whereName, string concatenation`
}

func twoHelpers(w http.ResponseWriter, r *http.Request) {
	findUser(r.PathValue("name")) // want `r.PathValue\("name"\) \(line 102\) reaches db.Query through findUser, whereName, string concatenation, runQuery`
}

func constantToHelper(w http.ResponseWriter, r *http.Request) {
	findUser("admin") // ok: AV401
}

// A helper in another package, found through its summary fact.
func otherPackage(w http.ResponseWriter, r *http.Request) {
	helpers.Lookup(db, r.FormValue("email")) // want `r.FormValue\("email"\) \(line 111\) reaches db.QueryRow through Lookup, string concatenation`
	helpers.Lookup(db, "admin@example.com")  // ok: AV401
}

// Not request data.
func fromConfig(table string) {
	db.Query("SELECT * FROM " + table) // ok: AV401
}

// A helper joining a fixed table name and the caller's value: every parameter is followed.
func selectWhere(table, col, value string) string {
	return "SELECT * FROM " + table + " WHERE " + col + " = '" + value + "'"
}

func laterParameter(w http.ResponseWriter, r *http.Request) {
	db.Query(selectWhere("users", "email", r.FormValue("email"))) // want `r.FormValue\("email"\) \(line 126\) reaches db.Query through selectWhere`
	db.Query(selectWhere("users", "email", "admin@example.com"))  // ok: AV401
}

// A handler method joining a field of its receiver with request data.
type store struct{ table string }

func (s *store) byName(w http.ResponseWriter, r *http.Request) {
	db.Query("SELECT * FROM " + s.table + " WHERE name = '" + r.FormValue("name") + "'") // want `r.FormValue\("name"\) \(line 134\) reaches db.Query through string concatenation`
	db.Query("SELECT * FROM "+s.table+" WHERE name = $1", r.FormValue("name"))           // ok: AV401
}

// Request data captured by a function literal.
func inClosure(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	del := func() {
		db.Exec("DELETE FROM items WHERE id = " + id) // want `r.FormValue\("id"\) \(line 140\) reaches db.Exec through string concatenation`
	}
	del()
	go func() {
		db.Exec("DELETE FROM items WHERE id = $1", id) // ok: AV401
	}()
}

// Helpers started in a goroutine or deferred.
func inBackground(w http.ResponseWriter, r *http.Request) {
	go findUser(r.FormValue("who")) // want `r.FormValue\("who"\) \(line 152\) reaches db.Query through findUser`
	defer findUser("admin")         // ok: AV401
}

// Comparisons with several constants joined by || (or their negations by &&).
func oneOf(w http.ResponseWriter, r *http.Request) {
	dir := r.URL.Query().Get("dir")
	if dir == "asc" || dir == "desc" {
		db.Query("SELECT * FROM users ORDER BY name " + dir) // ok: AV401
	}
	if dir != "asc" && dir != "desc" {
		return
	}
	db.Query("SELECT * FROM users ORDER BY id " + dir) // ok: AV401
}

func notAllChecked(w http.ResponseWriter, r *http.Request) {
	dir := r.URL.Query().Get("dir")
	if dir == "asc" || len(dir) > 3 {
		db.Query("SELECT * FROM users ORDER BY name " + dir) // want `r.URL.Query\(\).Get\("dir"\) \(line 169\) reaches db.Query through string concatenation`
	}
}
