// Command gin reads request bodies with and without a size limit.
package main

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

type order struct{ ID string }

func create(c *gin.Context) {
	var o order
	json.NewDecoder(c.Request.Body).Decode(&o) // want `json\.NewDecoder reads the request body without a size limit: .*; first wrap it: c\.Request\.Body = http\.MaxBytesReader\(c\.Writer, c\.Request\.Body, 1<<20\)`
	c.JSON(http.StatusCreated, o)
}

func raw(c *gin.Context) {
	data, _ := c.GetRawData() // want `c\.GetRawData reads the request body without a size limit`
	c.Data(http.StatusOK, "application/octet-stream", data)
}

func readAll(c *gin.Context) {
	data, _ := io.ReadAll(c.Request.Body) // want `io\.ReadAll reads the request body without a size limit`
	c.Data(http.StatusOK, "text/plain", data)
}

func bound(c *gin.Context) {
	var o order
	c.ShouldBindJSON(&o) // ok: AV704 (binding is not a direct read; see the catalogue entry)
	c.JSON(http.StatusOK, o)
}

func limited(c *gin.Context) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 1<<20)
	data, _ := io.ReadAll(c.Request.Body) // ok: AV704 (wrapped above)
	c.Data(http.StatusOK, "text/plain", data)
}

func main() {
	r := gin.New()
	r.POST("/orders", create)
	r.POST("/raw", raw)
	r.POST("/all", readAll)
	r.POST("/bound", bound)
	r.POST("/limited", limited)
}
