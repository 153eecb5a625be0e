// Package sqlx is a stub of github.com/jmoiron/sqlx for the analyzers' fixtures.
package sqlx

import (
	"context"
	"database/sql"
)

// DB wraps sql.DB.
type DB struct {
	*sql.DB
}

// Tx wraps sql.Tx.
type Tx struct {
	*sql.Tx
}

// Rows wraps sql.Rows.
type Rows struct {
	*sql.Rows
}

// Row wraps sql.Row.
type Row struct{}

// Open opens a database.
func Open(driverName, dataSourceName string) (*DB, error) { return &DB{}, nil }

// Select runs query and scans every row into dest.
func (db *DB) Select(dest interface{}, query string, args ...interface{}) error { return nil }

// Get runs query and scans one row into dest.
func (db *DB) Get(dest interface{}, query string, args ...interface{}) error { return nil }

// SelectContext is Select with a context.
func (db *DB) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}

// GetContext is Get with a context.
func (db *DB) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}

// Queryx runs query.
func (db *DB) Queryx(query string, args ...interface{}) (*Rows, error) { return &Rows{}, nil }

// QueryRowx runs query for one row.
func (db *DB) QueryRowx(query string, args ...interface{}) *Row { return &Row{} }

// NamedExec runs a named query.
func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }

// MustExec runs query and panics on error.
func (db *DB) MustExec(query string, args ...interface{}) sql.Result { return nil }

// Select runs query in the transaction.
func (tx *Tx) Select(dest interface{}, query string, args ...interface{}) error { return nil }

// Get runs query in the transaction.
func (tx *Tx) Get(dest interface{}, query string, args ...interface{}) error { return nil }

// Queryx runs query in the transaction.
func (tx *Tx) Queryx(query string, args ...interface{}) (*Rows, error) { return &Rows{}, nil }

// NamedExec runs a named query in the transaction.
func (tx *Tx) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }

// MustExec runs query in the transaction and panics on error.
func (tx *Tx) MustExec(query string, args ...interface{}) sql.Result { return nil }
