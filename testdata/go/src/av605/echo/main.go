// Command echo checks an API key in echo middleware.
package main

import (
	"net/http"
	"os"

	"github.com/labstack/echo/v4"
)

var apiKey = os.Getenv("API_KEY")

func requireKey(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Header.Get("X-API-Key") != apiKey { // want `apiKey is compared with !=`
			return c.NoContent(http.StatusUnauthorized)
		}
		if c.QueryParam("api_key") == "" { // ok: AV605
			return c.NoContent(http.StatusUnauthorized)
		}
		if c.QueryParam("access_token") != os.Getenv("ACCESS_TOKEN") { // want `the ACCESS_TOKEN environment variable is compared with !=`
			return c.NoContent(http.StatusUnauthorized)
		}
		return next(c)
	}
}

func main() {
	e := echo.New()
	e.Use(requireKey)
	e.Start(":8080")
}
