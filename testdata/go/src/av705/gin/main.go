// Command gin sets cookies with gin's SetCookie.
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func login(c *gin.Context) {
	c.SetCookie("session", "s", 3600, "/", "", false, true)     // want `cookie "session" holds a session or credentials but is set without Secure: `
	c.SetCookie("token", "t", 3600, "/", "", true, false)       // want `cookie "token" holds a session or credentials but is set without HttpOnly: `
	c.SetCookie("auth_token", "t", 3600, "/", "", false, false) // want `cookie "auth_token" holds a session or credentials but is set without Secure and HttpOnly`

	c.SetCookie("session", "s", 3600, "/", "", true, true)                 // ok: AV705
	c.SetCookie("theme", "dark", 3600, "/", "", false, false)              // ok: AV705 (not a session cookie)
	c.SetCookie("session", "", -1, "/", "", false, false)                  // ok: AV705 (deleting the cookie)
	c.SetCookie("session", "s", 3600, "/", "", c.Request.TLS != nil, true) // ok: AV705 (decided at run time)
	c.String(http.StatusOK, "ok")
}

func main() {
	r := gin.New()
	r.POST("/login", login)
}
