package gin

import (
	"path/filepath"

	"github.com/gin-gonic/gin"
)

func file(c *gin.Context) {
	c.File("/srv/files/" + c.Param("name"))                // want `c.Param\("name"\) \(line 10\) reaches c.File`
	c.File("/srv/files/" + filepath.Base(c.Param("name"))) // ok: AV404
}

func save(c *gin.Context) {
	f, err := c.FormFile("file")
	if err != nil {
		return
	}
	c.SaveUploadedFile(f, "/srv/uploads/"+f.Filename)                 // ok: AV404 (multipart keeps only the base name)
	c.SaveUploadedFile(f, "/srv/uploads/"+c.PostForm("dir")+"/a.txt") // want `c.PostForm\("dir"\) \(line 20\) reaches c.SaveUploadedFile`
}
