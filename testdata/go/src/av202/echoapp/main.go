// Command echoapp is an echo API that exposes pprof on its public instance, through
// echo.WrapHandler of http.DefaultServeMux (where net/http/pprof registers itself) and of
// pprof.Handler, and on a loopback-only debug instance.
package main

import (
	"log"
	"net/http"
	"net/http/pprof" // ok: AV202

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func main() {
	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.Logger(), middleware.Recover())
	e.GET("/users/:id", getUser)
	e.GET("/debug/pprof/*", echo.WrapHandler(http.DefaultServeMux)) // want `net/http/pprof's handlers are registered on e \(http\.DefaultServeMux\)`

	admin := e.Group("/admin")
	admin.GET("/pprof/heap", echo.WrapHandler(pprof.Handler("heap"))) // want `registered on admin \(pprof\.Handler\("heap"\)\)`

	go debugServer()
	log.Fatal(e.Start(":8080"))
}

// debugServer serves the profiles on a separate instance bound to the loopback interface.
func debugServer() {
	d := echo.New()
	d.HideBanner = true
	d.GET("/debug/pprof/*", echo.WrapHandler(http.HandlerFunc(pprof.Index))) // ok: AV202
	d.GET("/debug/pprof/profile", func(c echo.Context) error {               // ok: AV202
		pprof.Profile(c.Response(), c.Request())
		return nil
	})
	log.Println(d.Start("localhost:6060"))
}

func getUser(c echo.Context) error {
	return c.JSON(http.StatusOK, echo.Map{"id": c.Param("id")})
}
