// Command gin answers errors with and without internal details.
package main

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

func load(id int) (string, error) { return "", errors.New("pq: relation \"orders\" does not exist") }

func order(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()}) // ok: AV702 (the client's mistake)
		return
	}
	name, err := load(id)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()}) // want `c\.JSON sends the error text to the client with status 500`
		return
	}
	if err != nil {
		c.AbortWithStatusJSON(500, gin.H{"message": "load failed", "detail": fmt.Sprint(err)}) // want `c\.AbortWithStatusJSON sends the error text to the client with status 500`
		return
	}
	if err != nil {
		c.String(http.StatusInternalServerError, "load failed: %v", err) // want `c\.String sends the error text to the client with status 500`
		return
	}
	if err != nil {
		log.Printf("order %d: %v", id, err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"}) // ok: AV702
		return
	}
	if err != nil {
		c.AbortWithError(http.StatusInternalServerError, err) // ok: AV702 (recorded in c.Errors, not sent)
		return
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err}) // ok: AV702 (most errors encode as {})
		return
	}
	c.JSON(http.StatusOK, gin.H{"name": name})
}

func recovery() gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if r := recover(); r != nil {
				c.JSON(http.StatusInternalServerError, gin.H{"panic": fmt.Sprint(r)}) // want `c\.JSON sends the recovered panic value to the client`
			}
		}()
		c.Next()
	}
}

func main() {
	r := gin.New()
	r.Use(recovery())
	r.GET("/orders/:id", order)
}
