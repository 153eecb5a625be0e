// Command echo answers errors with and without internal details.
package main

import (
	"errors"
	"net/http"
	"runtime/debug"

	"github.com/labstack/echo/v4"
)

func load(id string) (string, error) {
	return "", errors.New("dial tcp 10.0.3.7:5432: connection refused")
}

func order(c echo.Context) error {
	name, err := load(c.Param("id"))
	if err != nil {
		return c.JSON(http.StatusInternalServerError, echo.Map{"error": err.Error()}) // want `c\.JSON sends the error text to the client with status 500`
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, err.Error()) // want `echo\.NewHTTPError sends the error text to the client with status 500`
	}
	if err != nil {
		return c.String(http.StatusServiceUnavailable, string(debug.Stack())) // want `c\.String sends a stack trace to the client`
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error()) // ok: AV702 (the client's mistake)
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "internal error").SetInternal(err) // ok: AV702
	}
	return c.JSON(http.StatusOK, echo.Map{"name": name})
}

func main() {
	e := echo.New()
	e.GET("/orders/:id", order)
}
