// Command echo starts echo instances with and without read timeouts.
package main

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

func main() {
	e := echo.New()
	e.GET("/health", func(c echo.Context) error { return c.String(http.StatusOK, "ok") })
	go e.Start(":1323")                  // want `e\.Start serves with an http\.Server that has no timeouts: .*; set e\.Server\.ReadHeaderTimeout`
	go e.StartTLS(":1443", "c.pem", "k") // want `e\.StartTLS serves with an http\.Server that has no timeouts`

	tuned := echo.New()
	tuned.Server.ReadHeaderTimeout = 5 * time.Second
	go tuned.Start(":1324") // ok: AV703 (tuned.Server has a timeout)

	replaced := echo.New()
	replaced.TLSServer = &http.Server{ReadTimeout: 30 * time.Second}
	go replaced.StartTLS(":1444", "c.pem", "k") // ok: AV703 (replaced.TLSServer has a timeout)

	custom := echo.New()
	s := &http.Server{Addr: ":1325", ReadHeaderTimeout: 5 * time.Second} // ok: AV703
	go custom.StartServer(s)

	bare := echo.New()
	plain := &http.Server{Addr: ":1326"} // want `this http\.Server sets neither ReadHeaderTimeout nor ReadTimeout and is served \(bare\.StartServer, line 31\)`
	bare.StartServer(plain)
}

// newEcho builds an echo instance whose server has a read timeout.
func newEcho() *echo.Echo {
	e := echo.New()
	e.Server.ReadHeaderTimeout = 5 * time.Second
	return e
}

func serveBuilt() {
	e := newEcho()
	e.Start(":1327") // ok: AV703 (newEcho sets the timeout)
}
