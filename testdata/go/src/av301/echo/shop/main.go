// Command shop is an echo store API: JWT on the API group, Basic auth on the admin group, an API
// key on one route, and routes that slipped out of all of them.
package main

import (
	"crypto/subtle"
	"log"
	"net/http"
	"os"

	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func main() {
	e := echo.New()
	e.Pre(middleware.RequestID())
	e.Use(middleware.Logger(), middleware.Recover())

	e.POST("/signup", signup)        // ok: AV301
	e.GET("/docs", docs)             // ok: AV301
	e.Static("/static", "assets")    // ok: AV301
	e.GET("/api/products", products) // ok: AV301 (a read of public data)

	api := e.Group("/api")
	api.Use(echojwt.JWT([]byte(os.Getenv("JWT_SECRET"))))
	api.GET("/cart", cart)
	api.POST("/cart/items", addItem) // ok: AV301
	api.POST("/checkout", checkout)

	e.PUT("/api/users/:id", updateUser)                              // want `PUT /api/users/:id \(updateUser\) is registered on the bare router without authentication while 6 other routes of this router sit behind echojwt\.JWT\(\.\.\.\), checkCaller and 2 more: anyone who can reach the API can call it; register it on api, which applies echojwt\.JWT\(\.\.\.\)`
	e.POST("/api/orders", createOrder, middleware.KeyAuth(validKey)) // ok: AV301 (route middleware come after the handler)

	admin := e.Group("/admin", middleware.BasicAuth(validAdmin))
	admin.DELETE("/products/:id", deleteProduct) // ok: AV301

	// An echo group applies its middleware to the routes added after Use.
	ops := e.Group("/ops")
	ops.POST("/cache/purge", purgeCache) // want `POST /ops/cache/purge \(purgeCache\) is registered on the group ops \("/ops"\) before checkCaller is attached to it, and an echo group applies Use only to the routes registered after it`
	ops.Use(checkCaller)
	ops.GET("/queue", queue)

	log.Fatal(e.Start(":8080"))
}

// checkCaller lets only callers with the operations token through.
func checkCaller(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		tok := c.Request().Header.Get(echo.HeaderAuthorization)
		if subtle.ConstantTimeCompare([]byte(tok), []byte(os.Getenv("OPS_TOKEN"))) != 1 {
			return echo.ErrUnauthorized
		}
		return next(c)
	}
}

func validKey(key string, c echo.Context) (bool, error) { return key == os.Getenv("API_KEY"), nil }

func validAdmin(user, password string, c echo.Context) (bool, error) {
	return user == "admin" && password == os.Getenv("ADMIN_PASSWORD"), nil
}

func signup(c echo.Context) error        { return c.NoContent(http.StatusCreated) }
func docs(c echo.Context) error          { return nil }
func products(c echo.Context) error      { return nil }
func cart(c echo.Context) error          { return nil }
func addItem(c echo.Context) error       { return nil }
func checkout(c echo.Context) error      { return nil }
func updateUser(c echo.Context) error    { return nil }
func createOrder(c echo.Context) error   { return nil }
func deleteProduct(c echo.Context) error { return nil }
func purgeCache(c echo.Context) error    { return nil }
func queue(c echo.Context) error         { return nil }
