// Command legacy serves a gin API and, through gin.WrapH, the net/http mux of the service it
// replaces: the old routes bypass the new API's authentication.
package main

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

func main() {
	legacy := http.NewServeMux()
	legacy.HandleFunc("POST /legacy/orders", legacyOrder) // want `POST /legacy/orders \(legacyOrder\) is registered on a mux mounted in another router without authentication while 2 other routes of this router sit behind authRequired\(\): anyone who can reach the API can call it; register it on authorized, which applies authRequired\(\)`
	legacy.HandleFunc("GET /legacy/status", legacyStatus) // ok: AV301

	r := gin.New()
	authorized := r.Group("/")
	authorized.Use(authRequired())
	{
		authorized.POST("/orders", createOrder)
		reports := authorized.Group("reports")
		reports.GET("/daily", daily)
	}
	r.Any("/legacy/*path", gin.WrapH(legacy))
	log.Fatal(r.Run())
}

// authRequired rejects requests without a bearer token.
func authRequired() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

func legacyOrder(w http.ResponseWriter, r *http.Request)  {}
func legacyStatus(w http.ResponseWriter, r *http.Request) {}
func createOrder(c *gin.Context)                          {}
func daily(c *gin.Context)                                {}
