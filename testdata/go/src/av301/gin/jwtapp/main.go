// Command jwtapp is a gin account service that authenticates with gin-jwt. The server struct
// holds the router; a helper registers the account routes on the group it is given.
package main

import (
	"log"
	"os"
	"time"

	jwt "github.com/appleboy/gin-jwt/v2"
	"github.com/gin-gonic/gin"
)

type server struct {
	router *gin.Engine
	auth   *jwt.GinJWTMiddleware
}

func newServer() (*server, error) {
	auth, err := jwt.New(&jwt.GinJWTMiddleware{Realm: "accounts", Key: []byte(os.Getenv("JWT_KEY")), Timeout: time.Hour})
	if err != nil {
		return nil, err
	}
	s := &server{router: gin.New(), auth: auth}
	s.routes()
	return s, nil
}

func (s *server) routes() {
	s.router.POST("/auth/login", s.auth.LoginHandler)     // ok: AV301
	s.router.POST("/auth/refresh", s.auth.RefreshHandler) // ok: AV301
	s.router.GET("/catalog", catalog)                     // ok: AV301

	common := []gin.HandlerFunc{gin.Recovery(), s.auth.MiddlewareFunc()}
	accounts := s.router.Group("/accounts", common...)
	registerAccounts(accounts)

	s.router.POST("/accounts/:id/close", closeAccount) // want `POST /accounts/:id/close \(closeAccount\) is registered on the bare router without authentication while 3 other routes of this router sit behind s\.auth\.MiddlewareFunc\(\): anyone who can reach the API can call it; register it on accounts, which applies s\.auth\.MiddlewareFunc\(\)`
	s.router.GET("/users/:id/profile", profile)        // want `GET /users/:id/profile \(profile\) is registered on the bare router without authentication`
}

// registerAccounts registers the account routes on the group it is given.
func registerAccounts(g *gin.RouterGroup) {
	g.GET("", listAccounts)
	g.POST("", openAccount) // ok: AV301
	g.PATCH("/:id", updateAccount)
}

func main() {
	s, err := newServer()
	if err != nil {
		log.Fatal(err)
	}
	log.Fatal(s.router.Run())
}

func catalog(c *gin.Context)       {}
func listAccounts(c *gin.Context)  {}
func openAccount(c *gin.Context)   {}
func updateAccount(c *gin.Context) {}
func closeAccount(c *gin.Context)  {}
func profile(c *gin.Context)       {}
