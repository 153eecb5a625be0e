package gin

import (
	"database/sql"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

type search struct {
	Name string `json:"name"`
}

func byName(c *gin.Context) {
	db.Query("SELECT * FROM users WHERE name = '" + c.Query("name") + "'") // want `c.Query\("name"\) \(line 16\) reaches db.Query through string concatenation`
	db.Query("SELECT * FROM users WHERE name = $1", c.Query("name"))       // ok: AV401
}

func bound(c *gin.Context) {
	var s search
	if err := c.ShouldBindJSON(&s); err != nil {
		return
	}
	db.Exec("DELETE FROM users WHERE name = '" + s.Name + "'") // want `c.ShouldBindJSON\(&s\) \(line 22\) reaches db.Exec`
	db.Exec("DELETE FROM users WHERE name = $1", s.Name)       // ok: AV401
}
