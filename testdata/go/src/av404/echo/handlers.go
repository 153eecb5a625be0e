package echo

import (
	"path"
	"path/filepath"

	"github.com/labstack/echo/v4"
)

func file(c echo.Context) error {
	c.File(filepath.Join("static", c.QueryParam("f")))                       // want `c.QueryParam\("f"\) \(line 11\) reaches c.File through filepath.Join`
	return c.File(filepath.Join("static", filepath.Base(c.QueryParam("f")))) // ok: AV404
}

// raw serves a file under a base directory by a wildcard path.
func raw(c echo.Context) error {
	c.File(filepath.Join("/srv/docs", filepath.Clean("/"+c.Param("*")))) // ok: AV404 (a rooted Clean cannot climb above the base)
	c.File(filepath.Join("/srv/docs", filepath.Clean(c.Param("*"))))     // want `reaches c.File through filepath.Clean, filepath.Join`
	return c.File("/srv/docs" + path.Clean("/"+c.QueryParam("p")))       // ok: AV404
}
