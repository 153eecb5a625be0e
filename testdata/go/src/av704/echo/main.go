// Command echo reads request bodies without a size limit.
package main

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

func create(c echo.Context) error {
	var v map[string]any
	if err := json.NewDecoder(c.Request().Body).Decode(&v); err != nil { // want `json\.NewDecoder reads the request body without a size limit: .*; add e\.Use\(middleware\.BodyLimit\("1M"\)\)`
		return err
	}
	return c.JSON(http.StatusCreated, v)
}

func bound(c echo.Context) error {
	var v map[string]any
	return c.Bind(&v) // ok: AV704 (binding is not a direct read)
}

func limited(c echo.Context) error {
	req := c.Request()
	req.Body = http.MaxBytesReader(c.Response(), req.Body, 1<<20)
	data, _ := io.ReadAll(req.Body) // ok: AV704 (wrapped above)
	return c.Blob(http.StatusOK, "text/plain", data)
}

func main() {
	e := echo.New()
	e.POST("/orders", create)
	e.POST("/bound", bound)
	e.POST("/limited", limited)
}
