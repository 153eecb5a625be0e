package echo

import "github.com/labstack/echo/v4"

func back(c echo.Context) error {
	if c.QueryParam("x") == "1" {
		return c.Redirect(302, c.QueryParam("to")) // want `c.QueryParam\("to"\) \(line 7\) reaches c.Redirect`
	}
	return c.Redirect(302, "//"+c.QueryParam("to")) // want `reaches c.Redirect`
}

func safe(c echo.Context) error {
	return c.Redirect(302, "https://example.com/"+c.QueryParam("to")) // ok: AV405
}
