// Command echocors configures echo's CORS middleware with and without credentials for any
// origin.
package main

import (
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func main() {
	e := echo.New()
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{AllowOrigins: []string{"*"}, AllowCredentials: true})) // want `echo's CORS middleware accepts every origin \(AllowOrigins holds "\*"\) with AllowCredentials`
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{AllowCredentials: true}))                              // want `echo's CORS middleware accepts every origin \(no AllowOrigins, which means "\*"\)`

	cfg := middleware.DefaultCORSConfig
	cfg.AllowCredentials = true
	e.Use(middleware.CORSWithConfig(cfg)) // want `echo's CORS middleware accepts every origin \(AllowOrigins holds "\*"\)`

	e.Use(middleware.CORS())                                                                                                           // ok: AV701 (no credentials)
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{AllowOrigins: []string{"https://app.example.com"}, AllowCredentials: true})) // ok: AV701
	e.Use(middleware.CORSWithConfig(middleware.DefaultCORSConfig))                                                                     // ok: AV701 (no credentials)
}
