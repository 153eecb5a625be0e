package gorm

import (
	"strconv"

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
	db.Order(c.Query("sort")).Find(&users)                                     // want `c.Query\("sort"\) \(line 19\) reaches db.Order`
	db.Raw("SELECT * FROM users WHERE name = ?", c.Query("name")).Scan(&users) // ok: AV401
}

// byID loads a user by the id in the path: gorm reads a string inline condition as SQL.
func byID(c *gin.Context) {
	var u User
	db.First(&u, c.Param("id"))                                // want `c.Param\("id"\) \(line 26\) reaches db.First`
	db.Delete(&u, "name = '"+c.Query("name")+"'")              // want `reaches db.Delete through string concatenation`
	db.Take(&u, "name = ?", c.Query("name"))                   // ok: AV401
	db.Last(&u, "name = ? AND team = ?", c.Query("name"), "a") // ok: AV401
	if id, err := strconv.Atoi(c.Param("id")); err == nil {
		db.First(&u, id) // ok: AV401
	}
	db.Find(&u) // ok: AV401
}
