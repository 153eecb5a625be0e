// Command gin checks API keys in gin middleware.
package main

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

type handler struct {
	apiKey string
}

type loginRequest struct {
	Token string `json:"token"`
}

var serviceToken = os.Getenv("SERVICE_TOKEN")

func (h *handler) auth(c *gin.Context) {
	if c.GetHeader("X-API-Key") != h.apiKey { // want `the X-API-Key header is compared with !=`
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Next()
}

func queryAuth(c *gin.Context) {
	if key := c.Query("api_key"); key == os.Getenv("API_KEY") { // want `the API_KEY environment variable is compared with ==`
		c.Next()
		return
	}
	c.AbortWithStatus(http.StatusUnauthorized)
}

func bodyAuth(c *gin.Context) {
	var req loginRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if req.Token != serviceToken { // want `serviceToken is compared with !=`
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

// --- near misses ---------------------------------------------------------------------------

func (h *handler) ping(c *gin.Context) {
	if c.GetHeader("X-API-Key") == "" { // ok: AV605
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	if c.Query("mode") == c.DefaultQuery("default_mode", "fast") { // ok: AV605
		c.String(http.StatusOK, "same")
	}
	if c.Param("id") == c.GetHeader("X-User-Id") { // ok: AV605
		c.String(http.StatusOK, "self")
	}
}

func main() {
	h := &handler{apiKey: os.Getenv("API_KEY")}
	r := gin.New()
	r.Use(h.auth)
	r.GET("/ping", h.ping)
	r.GET("/q", queryAuth)
	r.POST("/b", bodyAuth)
	r.Run(":8080")
}
