package gin

import "github.com/gin-gonic/gin"

func back(c *gin.Context) {
	c.Redirect(302, c.GetHeader("Referer"))  // want `c.GetHeader\("Referer"\) \(line 6\) reaches c.Redirect`
	c.Redirect(302, "/items/"+c.Param("id")) // ok: AV405
}
