// Package jwt is a stub of github.com/appleboy/gin-jwt/v2 for apivet's analyzer tests.
package jwt

import (
	"time"

	"github.com/gin-gonic/gin"
)

// MapClaims type that uses the map[string]interface{} for JSON decoding.
type MapClaims map[string]interface{}

// GinJWTMiddleware provides a JSON-Web-Token authentication implementation.
type GinJWTMiddleware struct {
	Realm         string
	Key           []byte
	Timeout       time.Duration
	MaxRefresh    time.Duration
	IdentityKey   string
	Authenticator func(c *gin.Context) (interface{}, error)
	Authorizator  func(data interface{}, c *gin.Context) bool
	PayloadFunc   func(data interface{}) MapClaims
	Unauthorized  func(c *gin.Context, code int, message string)
}

// New checks the GinJWTMiddleware and returns it.
func New(m *GinJWTMiddleware) (*GinJWTMiddleware, error) { return m, nil }

// MiddlewareFunc makes GinJWTMiddleware implement the Middleware interface.
func (mw *GinJWTMiddleware) MiddlewareFunc() gin.HandlerFunc {
	return func(c *gin.Context) { c.Next() }
}

// LoginHandler can be used by clients to get a jwt token.
func (mw *GinJWTMiddleware) LoginHandler(c *gin.Context) {}

// LogoutHandler can be used by clients to remove the jwt cookie (if set).
func (mw *GinJWTMiddleware) LogoutHandler(c *gin.Context) {}

// RefreshHandler can be used to refresh a token.
func (mw *GinJWTMiddleware) RefreshHandler(c *gin.Context) {}
