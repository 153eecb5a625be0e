// Command echoapp is a small echo API whose startup code sets echo's Debug flag in the ways
// AV201 must and must not report.
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

type config struct {
	Addr  string
	Debug bool
}

// settings is an application struct that happens to have a Debug field too.
type settings struct {
	Debug   bool
	Verbose bool
}

// server embeds *echo.Echo, so s.Debug is echo's field.
type server struct {
	*echo.Echo
	cfg config
}

// app holds its echo instance in a field.
type app struct {
	web *echo.Echo
}

const verbose = true

func main() {
	cfg := config{Addr: os.Getenv("ADDR"), Debug: os.Getenv("DEBUG") == "1"}
	e := NewServer(cfg)
	log.Fatal(e.Start(cfg.Addr))
}

// NewServer wires the API routes.
func NewServer(cfg config) *echo.Echo {
	e := echo.New()
	e.Debug = true // want `echo's Debug mode is on: error responses carry internal error details .* to clients; leave e\.Debug false in production or set it from configuration`
	e.HideBanner = true
	e.Use(middleware.Logger(), middleware.Recover())
	e.GET("/users/:id", getUser)
	e.POST("/users", createUser)
	return e
}

func embedded() *server {
	s := &server{Echo: echo.New()}
	s.Debug = true // want `leave s\.Debug false`
	return s
}

func inField() *app {
	a := &app{web: echo.New()}
	a.web.HideBanner, a.web.Debug = true, true // want `leave a\.web\.Debug false`
	return a
}

func namedConstant(e *echo.Echo) {
	e.Debug = verbose // want `echo's Debug mode is on`
}

func literal() *echo.Echo {
	return &echo.Echo{Debug: true, HideBanner: true} // want `echo's Debug mode is on`
}

func fromConfiguration(e *echo.Echo, cfg config) {
	e.Debug = cfg.Debug                      // ok: AV201
	e.Debug = os.Getenv("ECHO_DEBUG") == "1" // ok: AV201
	e.Debug = false                          // ok: AV201
	if cfg.Debug {
		e.Debug = true // ok: AV201
	}
}

func otherDebugFields() settings {
	var s settings
	s.Debug = true                              // ok: AV201
	return settings{Debug: true, Verbose: true} // ok: AV201
}

func getUser(c echo.Context) error {
	return c.JSON(http.StatusOK, echo.Map{"id": c.Param("id")})
}

func createUser(c echo.Context) error {
	var body struct {
		Name string `json:"name"`
	}
	if err := c.Bind(&body); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusCreated, body)
}
