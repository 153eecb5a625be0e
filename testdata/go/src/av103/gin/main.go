// Command gin protects its admin routes with Basic auth and sessions, using tutorial defaults.
package main

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.Use(sessions.Sessions("mysession", cookie.NewStore([]byte("secret")))) // want `placeholder secret \(6 chars\) passed as session secret`
	admin := r.Group("/admin", gin.BasicAuth(gin.Accounts{
		"admin": "admin",    // want `placeholder secret \(5 chars\) passed as basic-auth password`
		"ops":   "changeme", // want `placeholder secret \(8 chars\) passed as basic-auth password`
	}))
	admin.GET("/", func(c *gin.Context) { c.JSON(200, gin.H{"password_policy": "changeme-on-first-login"}) }) // ok: AV103
	r.Group("/v2", gin.BasicAuth(gin.Accounts{"admin": os.Getenv("ADMIN_PASSWORD")}))                         // ok: AV103
	r.Run()
}
