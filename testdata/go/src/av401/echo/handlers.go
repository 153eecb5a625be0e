package echo

import (
	"database/sql"

	"github.com/labstack/echo/v4"
)

var db *sql.DB

func byID(c echo.Context) error {
	db.Query("SELECT * FROM orders WHERE id = " + c.Param("id"))  // want `c.Param\("id"\) \(line 12\) reaches db.Query`
	db.Query("SELECT * FROM orders WHERE id = $1", c.Param("id")) // ok: AV401
	return nil
}
