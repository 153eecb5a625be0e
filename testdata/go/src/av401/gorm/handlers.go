package gorm

import (
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

var db *gorm.DB

type User struct{ Name string }

func find(c *gin.Context) {
	var users []User
	db.Where("name = '" + c.Query("name") + "'").Find(&users)                  // want `reaches db.Where through string concatenation`
	db.Where("name = ?", c.Query("name")).Find(&users)                         // ok: AV401
	db.Where(&User{Name: c.Query("name")}).Find(&users)                        // ok: AV401
	db.Order(c.Query("sort")).Find(&users)                                     // want `c.Query\("sort"\) \(line 17\) reaches db.Order`
	db.Raw("SELECT * FROM users WHERE name = ?", c.Query("name")).Scan(&users) // ok: AV401
}
