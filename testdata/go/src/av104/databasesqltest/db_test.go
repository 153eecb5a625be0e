package databasesqltest

import "testing"

func TestOpen(t *testing.T) {
	if _, err := Open("postgres://test:Tst!pw4Local@localhost:5432/test"); err != nil { // ok: AV104
		t.Fatal(err)
	}
}
