// Command echo sets cookies through echo's Context.
package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func login(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "session", Value: "s", HttpOnly: true}) // want `cookie "session" holds a session or credentials but is set without Secure`

	cookie := new(http.Cookie)
	cookie.Name = "lang"
	c.SetCookie(cookie)
	c.SetCookie(&http.Cookie{Name: "session", Value: "s", Secure: true, HttpOnly: true}) // ok: AV705
	c.SetCookie(&http.Cookie{Name: "consent", Value: "yes"})                             // ok: AV705 (not a session cookie)
	return c.NoContent(http.StatusOK)
}

func main() {
	e := echo.New()
	e.POST("/login", login)
}
