package echo

import (
	"path/filepath"

	"github.com/labstack/echo/v4"
)

func file(c echo.Context) error {
	c.File(filepath.Join("static", c.QueryParam("f")))                       // want `c.QueryParam\("f"\) \(line 10\) reaches c.File through filepath.Join`
	return c.File(filepath.Join("static", filepath.Base(c.QueryParam("f")))) // ok: AV404
}
