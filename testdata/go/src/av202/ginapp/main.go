// Command ginapp is a gin API that exposes pprof on its public router, through gin.WrapF,
// gin.WrapH, a handler that calls pprof directly and gin-contrib/pprof, and on a loopback-only
// debug engine.
package main

import (
	"log"
	"net/http"
	"net/http/pprof" // ok: AV202

	ginpprof "github.com/gin-contrib/pprof"
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.New()
	r.Use(gin.Logger(), gin.Recovery())
	r.GET("/users/:id", getUser)

	debug := r.Group("/debug/pprof")
	debug.GET("/", gin.WrapF(pprof.Index))               // want `net/http/pprof's handlers are registered on debug \(pprof\.Index\): /debug/pprof/ exposes heap`
	debug.GET("/heap", gin.WrapH(pprof.Handler("heap"))) // want `registered on debug \(pprof\.Handler\("heap"\)\)`
	r.Any("/debug/pprof/profile", func(c *gin.Context) { // want `registered on r \(pprof\.Profile\)`
		pprof.Profile(c.Writer, c.Request)
	})

	go serveDebug()
	log.Fatal(r.Run(":8080"))
}

// NewServer uses gin-contrib/pprof on the API engine.
func NewServer() *gin.Engine {
	r := gin.Default()
	r.GET("/users/:id", getUser)
	ginpprof.Register(r) // want `registered on r \(ginpprof\.Register\)`
	return r
}

// runAdmin registers the profiles on a group of an engine served on every interface (gin's
// default address is ":8080").
func runAdmin() {
	r := gin.Default()
	admin := r.Group("/admin", gin.BasicAuth(gin.Accounts{"admin": "admin"}))
	ginpprof.RouteRegister(admin, "pprof") // want `registered on admin \(ginpprof\.RouteRegister\)`
	r.Run()
}

// serveDebug serves the profiles on a separate engine bound to the loopback interface.
func serveDebug() {
	dbg := gin.New()
	dbg.GET("/debug/pprof/*any", gin.WrapF(pprof.Index)) // ok: AV202
	ginpprof.Register(dbg)                               // ok: AV202
	log.Println(dbg.Run("127.0.0.1:6060"))
}

func getUser(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
}
