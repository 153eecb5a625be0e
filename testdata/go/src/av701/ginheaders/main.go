// Command ginheaders sets CORS headers by hand in gin middleware.
package main

import (
	"github.com/gin-gonic/gin"
)

func corsAny() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Header("Access-Control-Allow-Origin", c.GetHeader("Origin")) // want `Access-Control-Allow-Origin echoes the request's Origin while Access-Control-Allow-Credentials is true`
		c.Header("Access-Control-Allow-Credentials", "true")
		c.Next()
	}
}

func corsListed(trusted map[string]bool) gin.HandlerFunc {
	return func(c *gin.Context) {
		if origin := c.GetHeader("Origin"); trusted[origin] {
			c.Header("Access-Control-Allow-Origin", origin) // ok: AV701 (checked against an allowlist)
			c.Header("Access-Control-Allow-Credentials", "true")
		}
		c.Next()
	}
}

func main() {
	r := gin.New()
	r.Use(corsAny(), corsListed(nil))
}
