// Command gin starts gin engines with and without read timeouts.
package main

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.GET("/health", func(c *gin.Context) { c.String(http.StatusOK, "ok") })

	go r.Run(":8080")              // want `r\.Run serves with an http\.Server that has no timeouts: .*; serve r\.Handler\(\) through an http\.Server with ReadHeaderTimeout set`
	go r.RunTLS(":8443", "c", "k") // want `r\.RunTLS serves with an http\.Server that has no timeouts`

	srv := &http.Server{Addr: ":8081", Handler: r.Handler(), ReadHeaderTimeout: 5 * time.Second} // ok: AV703
	srv.ListenAndServe()
}
