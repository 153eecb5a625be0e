// Command noauth is an echo API with no authentication anywhere (a local tool): nothing to
// compare against, nothing reported.
package main

import (
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"log"
)

func main() {
	e := echo.New()
	e.Use(middleware.Logger(), middleware.CORS())
	g := e.Group("/api", middleware.BodyLimit("1M"))
	g.POST("/notes", createNote)       // ok: AV301
	g.DELETE("/notes/:id", deleteNote) // ok: AV301
	e.GET("/admin/config", showConfig) // ok: AV301
	log.Fatal(e.Start(":1323"))
}

func createNote(c echo.Context) error { return nil }
func deleteNote(c echo.Context) error { return nil }
func showConfig(c echo.Context) error { return nil }
