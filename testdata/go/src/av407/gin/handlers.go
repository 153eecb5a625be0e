package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func webhook(c *gin.Context) {
	http.Post(c.PostForm("callback"), "application/json", nil)                        // want `c.PostForm\("callback"\) \(line 10\) reaches http.Post`
	http.Post("https://hooks.example.com/"+c.PostForm("id"), "application/json", nil) // ok: AV407
}
