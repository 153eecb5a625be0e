// Command ginapp is a small gin API whose startup code switches gin's mode in the ways AV201
// must and must not report.
package main

import (
	"flag"
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

// devMode is a named constant equal to "debug".
const devMode = "debug"

type config struct {
	Addr  string
	Debug bool
	Mode  string
}

func loadConfig() config {
	return config{Addr: os.Getenv("ADDR"), Debug: os.Getenv("DEBUG") == "1", Mode: os.Getenv("APP_MODE")}
}

func main() {
	gin.SetMode(gin.DebugMode) // want `gin runs in debug mode: it logs every route and request detail and is meant for development; call gin\.SetMode\(gin\.ReleaseMode\) or leave the mode to the GIN_MODE environment variable`

	r := NewServer(loadConfig())
	log.Fatal(r.Run(":8080"))
}

// NewServer wires the API routes.
func NewServer(cfg config) *gin.Engine {
	gin.SetMode("debug") // want `gin runs in debug mode`
	r := gin.Default()
	api := r.Group("/api/v1")
	api.GET("/users/:id", getUser)
	api.POST("/users", createUser)
	return r
}

func withNamedConstant() {
	gin.SetMode(devMode) // want `gin runs in debug mode`
}

func withEnvironmentVariable() {
	os.Setenv("GIN_MODE", "debug") // want `gin runs in debug mode`
}

func fromEnvironment() {
	gin.SetMode(os.Getenv(gin.EnvGinMode)) // ok: AV201
	gin.SetMode(os.Getenv("GIN_MODE"))     // ok: AV201
}

func releaseAndTest() {
	gin.SetMode(gin.ReleaseMode)               // ok: AV201
	gin.SetMode(gin.TestMode)                  // ok: AV201
	gin.SetMode("release")                     // ok: AV201
	os.Setenv(gin.EnvGinMode, gin.ReleaseMode) // ok: AV201
}

func fromConfiguration(cfg config) {
	gin.SetMode(cfg.Mode) // ok: AV201
	if cfg.Debug {
		gin.SetMode(gin.DebugMode) // ok: AV201
	} else {
		gin.SetMode(gin.ReleaseMode) // ok: AV201
	}
}

func fromFlag() {
	dev := flag.Bool("dev", false, "development mode")
	flag.Parse()
	switch {
	case *dev:
		gin.SetMode(gin.DebugMode) // ok: AV201
	default:
		gin.SetMode(gin.ReleaseMode) // ok: AV201
	}
}

func logsOnlyInDebug() {
	if gin.IsDebugging() { // ok: AV201
		log.Println("gin is in debug mode")
	}
	if gin.Mode() == gin.DebugMode { // ok: AV201
		log.Println("still in debug mode")
	}
}

func getUser(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
}

func createUser(c *gin.Context) {
	var body struct {
		Name string `json:"name"`
	}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.JSON(http.StatusCreated, body)
}
