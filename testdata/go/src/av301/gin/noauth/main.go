// Command noauth is a gin API without any authentication: an internal prototype behind a VPN.
// With nothing to compare against, none of its routes is reported.
package main

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.Use(cors())
	api := r.Group("/api")
	api.GET("/users", listUsers)             // ok: AV301
	api.POST("/users", createUser)           // ok: AV301
	api.DELETE("/users/:id", deleteUser)     // ok: AV301
	r.PUT("/admin/settings", updateSettings) // ok: AV301
	log.Fatal(r.Run(":8080"))
}

// cors allows every origin; it is no authentication.
func cors() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Header("Access-Control-Allow-Origin", "*")
		if c.Request.Method == http.MethodOptions {
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		c.Next()
	}
}

func listUsers(c *gin.Context)      {}
func createUser(c *gin.Context)     {}
func deleteUser(c *gin.Context)     {}
func updateSettings(c *gin.Context) {}
