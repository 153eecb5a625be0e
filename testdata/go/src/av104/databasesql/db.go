// Package databasesql opens its databases with DSNs written in the source.
package databasesql

import (
	"database/sql"
	"fmt"
	"os"
)

const primaryDSN = "postgres://billing:Sup3rS3cret!9@db.internal:5432/billing?sslmode=require" // want `hardcoded password in connection URL \("Sup…", 13 chars\): anyone with the source can connect with these credentials`

// Open opens the primary database.
func Open() (*sql.DB, error) {
	return sql.Open("postgres", primaryDSN)
}

// OpenReplica uses a MySQL DSN and a key-value connection string.
func OpenReplica() (*sql.DB, *sql.DB, error) {
	a, err := sql.Open("mysql", "reporter:Rp7!xQ2#vL9m@tcp(replica.internal:3306)/billing?parseTime=true") // want `hardcoded password in database DSN`
	if err != nil {
		return nil, nil, err
	}
	b, err := sql.Open("postgres", "host=analytics.internal user=etl password=Et1!kW8#zN4q dbname=warehouse sslmode=require") // want `password in "password" parameter`
	return a, b, err
}

// OpenFromEnv builds the DSN at run time: the fixed version.
func OpenFromEnv() (*sql.DB, error) {
	dsn := fmt.Sprintf("postgres://%s:%s@%s/billing", os.Getenv("DB_USER"), os.Getenv("DB_PASSWORD"), os.Getenv("DB_HOST")) // ok: AV104
	return sql.Open("postgres", dsn)
}

// Connection strings without a secret.
var (
	noPassword = "postgres://billing@db.internal:5432/billing"                // ok: AV104
	envRef     = "postgres://billing:${DB_PASSWORD}@db.internal:5432/billing" // ok: AV104
	masked     = "postgres://billing:****@db.internal:5432/billing"           // ok: AV104
	socket     = "reporter@unix(/var/run/mysqld/mysqld.sock)/billing"         // ok: AV104
	docs       = "postgres://user:S3cure!Pass@db.example.com/app"             // ok: AV104
)

// A generated password with an unencoded '#' is still a password; a port before a fragment is not.
const archiveDSN = "postgres://archive:Xk9#vR2!qLm7@archive.internal:5432/archive" // want `hardcoded password in connection URL \("Xk9…", 12 chars\)`

const statusPage = "http://status.internal:8080#oncall@acme.io" // ok: AV104

var _ = []string{noPassword, envRef, masked, socket, docs, archiveDSN, statusPage}
