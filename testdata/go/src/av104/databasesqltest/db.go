// Package databasesqltest runs its tests against a local database.
package databasesqltest

import "database/sql"

// Open opens dsn.
func Open(dsn string) (*sql.DB, error) { return sql.Open("postgres", dsn) }
