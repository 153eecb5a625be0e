package gin

import (
	"html"

	"github.com/gin-gonic/gin"
)

func greet(c *gin.Context) {
	name := c.Query("name")
	c.Data(200, "text/html; charset=utf-8", []byte("<h1>"+name+"</h1>"))                    // want `c.Query\("name"\) \(line 10\) reaches c.Data`
	c.Data(200, "text/html; charset=utf-8", []byte("<h1>"+html.EscapeString(name)+"</h1>")) // ok: AV403
	c.Data(200, "text/plain", []byte(name))                                                 // ok: AV403
}
