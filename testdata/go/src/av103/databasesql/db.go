// Package databasesql opens databases with URLs whose passwords are tutorial defaults.
package databasesql

import (
	"database/sql"
	"os"
)

// Open connects with the password "password".
func Open() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://app:password@db.internal:5432/app?sslmode=require") // want `placeholder password in connection URL \(8 chars\)`
}

// OpenLocal is a developer database on this machine.
func OpenLocal() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://postgres:postgres@localhost:5432/app?sslmode=disable") // ok: AV103
}

// OpenFromEnv is the fixed version.
func OpenFromEnv() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL")) // ok: AV103
}

// OpenMySQL uses the default root password.
func OpenMySQL() (*sql.DB, error) {
	return sql.Open("mysql", "root:root@tcp(mysql.internal:3306)/app") // want `placeholder password in database DSN`
}

// Word lists about credentials are not credentials.
var passwordKeywords = []string{"pass", "pwd", "secret"} // ok: AV103

var compounds = map[string][]string{
	"adminpass": {"admin", "pass"}, // ok: AV103
	"apisecret": {"api", "secret"}, // ok: AV103
}

var validation = map[string][]string{"password": {"required", "min:8"}} // ok: AV103
