// Command echo copies echo's Basic auth example, credentials and all.
package main

import (
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func main() {
	e := echo.New()
	e.Use(middleware.BasicAuth(func(username, password string, c echo.Context) (bool, error) {
		if username == "joe" && password == "secret" { // want `placeholder password \(6 chars\) assigned to "password"`
			return true, nil
		}
		return username == os.Getenv("ADMIN_USER") && password == os.Getenv("ADMIN_PASSWORD"), nil // ok: AV103
	}))
	e.Use(middleware.KeyAuth(func(key string, c echo.Context) (bool, error) {
		return key != "", nil // ok: AV103
	}))
	e.Start(":1323")
}
