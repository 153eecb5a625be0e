// Package helpers holds a query helper used by another fixture package.
package helpers

import "database/sql"

// Lookup builds a query from its argument.
func Lookup(db *sql.DB, email string) *sql.Row {
	return db.QueryRow("SELECT id FROM users WHERE email = '" + email + "'")
}
