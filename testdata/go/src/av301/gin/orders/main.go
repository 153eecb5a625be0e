// Command orders is a gin order service: its API sits in an authenticated group, its admin
// routes behind a key check, and three routes are registered where that authentication does not
// reach.
package main

import (
	"log"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

func main() {
	r := NewRouter()
	log.Fatal(r.Run(":8080"))
}

// NewRouter wires the service.
func NewRouter() *gin.Engine {
	r := gin.Default()
	r.Use(requestLogger())

	// Public by design.
	r.GET("/healthz", health)                 // ok: AV301
	r.POST("/login", login)                   // ok: AV301
	r.POST("/webhooks/stripe", stripeWebhook) // ok: AV301
	r.Static("/assets", "./public")           // ok: AV301
	r.GET("/products", listProducts)          // ok: AV301 (a read of public data)

	api := r.Group("/api", AuthRequired())
	{
		api.GET("/orders", listOrders)
		api.POST("/orders", createOrder) // ok: AV301
		api.GET("/orders/:id", getOrder)
		api.PUT("/orders/:id", updateOrder) // ok: AV301
		v2 := api.Group("/v2")
		v2.POST("/orders", createOrder) // ok: AV301 (inherits the group's authentication)
	}
	r.DELETE("/api/orders/:id", deleteOrder) // want `DELETE /api/orders/:id \(deleteOrder\) is registered on the bare router without authentication while 9 other routes of this router sit behind AuthRequired\(\), requireAdmin\(\) and 1 more: anyone who can reach the API can call it; register it on api, which applies AuthRequired\(\)`

	// Per-route middleware: gin runs every handler but the last one first.
	r.POST("/api/payments", AuthRequired(), createPayment) // ok: AV301

	admin := r.Group("/admin")
	admin.POST("/reindex", reindex) // want `POST /admin/reindex \(reindex\) is registered on the group admin \("/admin"\) before requireAdmin\(\) is attached to it, and gin applies Use only to the routes registered after it`
	admin.Use(requireAdmin())
	admin.GET("/stats", stats)
	admin.POST("/users/:id/ban", banUser) // ok: AV301

	// Middleware that does not authenticate does not protect.
	internal := r.Group("/internal", requestLogger(), rateLimit())
	internal.POST("/cache/flush", flushCache) // want `POST /internal/cache/flush \(flushCache\) is registered on the group internal \("/internal"\) without authentication`

	// A group meant for anyone says so in its name.
	public := r.Group("/public")
	public.POST("/contact", contact) // ok: AV301

	manage := r.Group("/manage", gin.BasicAuth(gin.Accounts{"ops": os.Getenv("OPS_PASSWORD")}))
	manage.DELETE("/sessions", purgeSessions) // ok: AV301
	return r
}

// AuthRequired rejects requests without a valid bearer token.
func AuthRequired() gin.HandlerFunc {
	return func(c *gin.Context) {
		token := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		if !validToken(token) {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
			return
		}
		c.Next()
	}
}

// requireAdmin checks the admin API key.
func requireAdmin() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("X-Admin-Key") != os.Getenv("ADMIN_KEY") {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}

// requestLogger logs each request; it reads no credential and rejects nothing.
func requestLogger() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		log.Printf("%s %s %s", c.Request.Method, c.FullPath(), time.Since(start))
	}
}

// rateLimit answers 429 to clients over their budget.
func rateLimit() gin.HandlerFunc {
	return func(c *gin.Context) {
		if overBudget(c.ClientIP()) {
			c.AbortWithStatus(http.StatusTooManyRequests)
			return
		}
		c.Next()
	}
}

func validToken(string) bool       { return false }
func overBudget(string) bool       { return false }
func health(c *gin.Context)        { c.String(http.StatusOK, "ok") }
func listProducts(c *gin.Context)  {}
func listOrders(c *gin.Context)    {}
func createOrder(c *gin.Context)   {}
func getOrder(c *gin.Context)      {}
func updateOrder(c *gin.Context)   {}
func deleteOrder(c *gin.Context)   {}
func createPayment(c *gin.Context) {}
func reindex(c *gin.Context)       {}
func stats(c *gin.Context)         {}
func banUser(c *gin.Context)       {}
func flushCache(c *gin.Context)    {}
func purgeSessions(c *gin.Context) {}
func contact(c *gin.Context)       {}
func stripeWebhook(c *gin.Context) {}

// login checks a password: it is a credential check, but it does not make the login route
// evidence that the API authenticates its callers.
func login(c *gin.Context) {
	user, pass, ok := c.Request.BasicAuth()
	if !ok || user == "" || pass == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}
