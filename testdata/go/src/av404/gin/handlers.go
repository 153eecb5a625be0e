package gin

import (
	"path/filepath"

	"github.com/gin-gonic/gin"
)

func file(c *gin.Context) {
	c.File("/srv/files/" + c.Param("name"))                // want `c.Param\("name"\) \(line 10\) reaches c.File`
	c.File("/srv/files/" + filepath.Base(c.Param("name"))) // ok: AV404
}
