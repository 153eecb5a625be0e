// Package gorm is a stub of gorm.io/gorm for the analyzers' fixtures.
package gorm

// DB is gorm's database handle; every chain method returns a new *DB.
type DB struct {
	Error        error
	RowsAffected int64
}

// Dialector opens connections.
type Dialector interface{ Name() string }

// Config is gorm's configuration.
type Config struct{}

// Open opens a database.
func Open(dialector Dialector, opts ...*Config) (*DB, error) { return &DB{}, nil }

// Raw builds a raw SQL query.
func (db *DB) Raw(sql string, values ...interface{}) *DB { return db }

// Exec runs raw SQL.
func (db *DB) Exec(sql string, values ...interface{}) *DB { return db }

// Where adds conditions.
func (db *DB) Where(query interface{}, args ...interface{}) *DB { return db }

// Or adds OR conditions.
func (db *DB) Or(query interface{}, args ...interface{}) *DB { return db }

// Not adds NOT conditions.
func (db *DB) Not(query interface{}, args ...interface{}) *DB { return db }

// Order sets the order.
func (db *DB) Order(value interface{}) *DB { return db }

// Group sets the grouping.
func (db *DB) Group(name string) *DB { return db }

// Having adds HAVING conditions.
func (db *DB) Having(query interface{}, args ...interface{}) *DB { return db }

// Select picks columns.
func (db *DB) Select(query interface{}, args ...interface{}) *DB { return db }

// Joins adds joins.
func (db *DB) Joins(query string, args ...interface{}) *DB { return db }

// Find finds records.
func (db *DB) Find(dest interface{}, conds ...interface{}) *DB { return db }

// First finds the first record.
func (db *DB) First(dest interface{}, conds ...interface{}) *DB { return db }

// Take finds a record without ordering.
func (db *DB) Take(dest interface{}, conds ...interface{}) *DB { return db }

// Last finds the last record.
func (db *DB) Last(dest interface{}, conds ...interface{}) *DB { return db }

// Delete deletes records.
func (db *DB) Delete(value interface{}, conds ...interface{}) *DB { return db }

// Scan scans into dest.
func (db *DB) Scan(dest interface{}) *DB { return db }

// Model sets the model.
func (db *DB) Model(value interface{}) *DB { return db }
