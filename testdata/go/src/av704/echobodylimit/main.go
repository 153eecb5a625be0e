// Command echobodylimit limits request bodies with echo's BodyLimit middleware.
package main

import (
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func create(c echo.Context) error {
	var v map[string]any
	json.NewDecoder(c.Request().Body).Decode(&v) // ok: AV704 (middleware.BodyLimit below)
	return c.JSON(http.StatusCreated, v)
}

func main() {
	e := echo.New()
	e.Use(middleware.BodyLimit("1M"))
	e.POST("/orders", create)
}
