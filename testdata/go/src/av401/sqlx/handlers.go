package sqlx

import (
	"net/http"

	"github.com/jmoiron/sqlx"
)

var db *sqlx.DB

type user struct{ Name string }

func list(w http.ResponseWriter, r *http.Request) {
	var users []user
	db.Select(&users, "SELECT * FROM users ORDER BY "+r.URL.Query().Get("order"))      // want `reaches db.Select through string concatenation`
	db.Select(&users, "SELECT * FROM users WHERE name = ?", r.URL.Query().Get("name")) // ok: AV401
	db.Query("SELECT * FROM users WHERE name = '" + r.FormValue("name") + "'")         // want `reaches db.Query`
}
