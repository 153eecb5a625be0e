// Package pgx is a stub of github.com/jackc/pgx/v5 for the analyzers' fixtures.
package pgx

import "context"

// Rows is the result of a query.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Close()
}

// Row is the result of a single-row query.
type Row interface {
	Scan(dest ...any) error
}

// CommandTag describes the result of Exec.
type CommandTag struct{}

// Conn is a connection to a PostgreSQL server.
type Conn struct{}

// Connect opens a connection.
func Connect(ctx context.Context, connString string) (*Conn, error) { return &Conn{}, nil }

// Query runs sql with args.
func (c *Conn) Query(ctx context.Context, sql string, args ...any) (Rows, error) { return nil, nil }

// QueryRow runs sql with args and returns at most one row.
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) Row { return nil }

// Exec runs sql with args.
func (c *Conn) Exec(ctx context.Context, sql string, args ...any) (CommandTag, error) {
	return CommandTag{}, nil
}

// Tx is a transaction.
type Tx interface {
	Query(ctx context.Context, sql string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) Row
	Exec(ctx context.Context, sql string, args ...any) (CommandTag, error)
	Commit(ctx context.Context) error
}
