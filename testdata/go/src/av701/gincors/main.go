// Command gincors configures gin-contrib/cors with and without credentials for any origin.
package main

import (
	"os"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.New()
	r.Use(cors.New(cors.Config{AllowAllOrigins: true, AllowCredentials: true}))                              // want `gin-contrib/cors accepts every origin \(AllowAllOrigins: true\) with AllowCredentials`
	r.Use(cors.New(cors.Config{AllowOrigins: []string{"*"}, AllowCredentials: true}))                        // want `gin-contrib/cors accepts every origin \(AllowOrigins holds "\*"\)`
	r.Use(cors.New(cors.Config{AllowOriginFunc: func(string) bool { return true }, AllowCredentials: true})) // want `gin-contrib/cors accepts every origin \(AllowOriginFunc returns true for every origin\)`

	config := cors.DefaultConfig()
	config.AllowAllOrigins = true
	config.AllowCredentials = true
	r.Use(cors.New(config)) // want `gin-contrib/cors accepts every origin \(AllowAllOrigins: true\) with AllowCredentials`

	r.Use(cors.Default())                                                                                   // ok: AV701 (no credentials)
	r.Use(cors.New(cors.Config{AllowAllOrigins: true}))                                                     // ok: AV701 (no credentials)
	r.Use(cors.New(cors.Config{AllowOrigins: []string{"https://app.example.com"}, AllowCredentials: true})) // ok: AV701

	safe := cors.DefaultConfig()
	safe.AllowOrigins = []string{"https://app.example.com"}
	safe.AllowCredentials = true
	r.Use(cors.New(safe)) // ok: AV701

	configured := cors.DefaultConfig()
	configured.AllowOrigins = []string{os.Getenv("FRONTEND_ORIGIN")}
	configured.AllowCredentials = true
	r.Use(cors.New(configured)) // ok: AV701 (origin from configuration)
}
