package pgx

import (
	"fmt"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

var (
	pool *pgxpool.Pool
	conn *pgx.Conn
)

func search(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	name := r.URL.Query().Get("name")
	pool.Query(ctx, "SELECT * FROM users WHERE name = '"+name+"'")                  // want `r.URL.Query\(\).Get\("name"\) \(line 18\) reaches pool.Query through string concatenation`
	pool.Query(ctx, "SELECT * FROM users WHERE name = $1", name)                    // ok: AV401
	conn.QueryRow(ctx, fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", name)) // want `reaches conn.QueryRow through fmt.Sprintf`
	conn.Exec(ctx, "DELETE FROM users WHERE name = $1", name)                       // ok: AV401
}

func rename(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	tx, err := pool.Begin(ctx)
	if err != nil {
		return
	}
	tx.Exec(ctx, "UPDATE users SET name = '"+r.FormValue("name")+"'")                // want `reaches tx.Exec through string concatenation`
	tx.Exec(ctx, "UPDATE users SET name = $1 WHERE id = $2", r.FormValue("name"), 1) // ok: AV401
	tx.Commit(ctx)
}
