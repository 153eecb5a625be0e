// Command gin is a gin API with JWT middleware, Basic-auth admin routes and cookie sessions whose
// keys are written in the source.
package main

import (
	"net/http"
	"os"
	"strings"
	"time"

	jwtmw "github.com/appleboy/gin-jwt/v2"
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

// Metric and context key names: not secrets.
const (
	tokenFetchErrors = "token_fetch_errors" // ok: AV101
	ctxUserKey       = "auth_user"          // ok: AV101
	bearerPrefix     = "Bearer "            // ok: AV101
)

var secretKey = "Vt6Hm1Qz8Xc3Rn7Lb4Kw" // want `hardcoded secret key assigned to "secretKey"`

// authRequired is a hand-written JWT middleware.
func authRequired() gin.HandlerFunc {
	return func(c *gin.Context) {
		h := c.GetHeader("Authorization")
		if !strings.HasPrefix(h, bearerPrefix) {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "missing token", "token_type": "Bearer"}) // ok: AV101
			return
		}
		tok, err := jwt.Parse(strings.TrimPrefix(h, bearerPrefix), func(t *jwt.Token) (interface{}, error) {
			return []byte(secretKey), nil
		})
		if err != nil || !tok.Valid {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Set(ctxUserKey, tok.Claims)
		c.Next()
	}
}

func login(c *gin.Context) {
	var body struct {
		Username string `json:"username"`
		Password string `json:"password"`
	}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid body"})
		return
	}
	if body.Username != "admin" || body.Password != "Adm1n!2024#Ops" { // want `hardcoded password assigned to "Password"`
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"}) // ok: AV101
		return
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": body.Username})
	s, _ := tok.SignedString([]byte(secretKey))
	c.JSON(http.StatusOK, gin.H{"access_token": s, "token_type": "Bearer", "expires_in": 3600}) // ok: AV101
}

func main() {
	r := gin.Default()
	store := cookie.NewStore([]byte("Fj2Ns8Wq5Lc1Xv7Ht4Mb")) // want `hardcoded secret passed as session secret`
	r.Use(sessions.Sessions("apisession", store))            // ok: AV101

	mw, _ := jwtmw.New(&jwtmw.GinJWTMiddleware{
		Realm:       "api",                          // ok: AV101
		Key:         []byte("Yq3Ld9Tx6Bm2Rw8Kc5Nv"), // want `hardcoded secret passed as JWT signing key`
		Timeout:     time.Hour,
		IdentityKey: "auth_user_id", // ok: AV101
	})
	r.POST("/login", login)
	r.POST("/token", mw.LoginHandler)

	admin := r.Group("/admin", gin.BasicAuth(gin.Accounts{
		"ops": "Op5!kX9#wQ2m", // want `hardcoded secret passed as basic-auth password`
	}))
	admin.GET("/stats", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) })

	// The fixed version: keys from the environment.
	r.Group("/v2", gin.BasicAuth(gin.Accounts{"ops": os.Getenv("OPS_PASSWORD")}), authRequired()) // ok: AV101
	r.Run(":8080")
}
