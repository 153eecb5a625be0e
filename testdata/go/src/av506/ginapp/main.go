// Command ginapp protects an admin group with gin's Basic auth and runs on gin's default
// address.
package main

import (
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	admin := r.Group("/admin", gin.BasicAuth(gin.Accounts{"admin": "change-me"}))
	admin.GET("/stats", func(c *gin.Context) {})
	r.Run() // want `this server receives credentials \(Basic credentials checked by gin\.BasicAuth, line 11\) and listens on ":8080" without TLS`
}

func local() {
	r := gin.New()
	r.POST("/login", func(c *gin.Context) { _ = c.PostForm("password") })
	r.Run("127.0.0.1:8081") // ok: AV506 (gin on loopback)
}
