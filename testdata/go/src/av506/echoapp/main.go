// Command echoapp checks Basic credentials with echo's middleware.
package main

import (
	"log"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func main() {
	e := echo.New()
	e.Use(middleware.BasicAuth(func(user, pass string, c echo.Context) (bool, error) {
		return user == "admin" && pass != "", nil
	}))
	log.Fatal(e.Start(":1323")) // want `Basic credentials checked by middleware\.BasicAuth, line 13\) and listens on ":1323" without TLS`
}

func internal() {
	e := echo.New()
	e.Start("[::1]:1324") // ok: AV506 (echo on loopback)
}
