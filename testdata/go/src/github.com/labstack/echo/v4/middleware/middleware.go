// Package middleware is a stub of github.com/labstack/echo/v4/middleware for apivet's analyzer
// tests.
package middleware

import "github.com/labstack/echo/v4"

// Skipper defines a function to skip middleware.
type Skipper func(c echo.Context) bool

// Logger returns a middleware that logs HTTP requests.
func Logger() echo.MiddlewareFunc { return pass }

// Recover returns a middleware which recovers from panics anywhere in the chain.
func Recover() echo.MiddlewareFunc { return pass }

// RequestID returns a X-Request-ID middleware.
func RequestID() echo.MiddlewareFunc { return pass }

// BodyLimit returns a BodyLimit middleware; limit is like "2M".
func BodyLimit(limit string) echo.MiddlewareFunc { return pass }

// Secure returns a Secure middleware that sets security headers.
func Secure() echo.MiddlewareFunc { return pass }

// CORSConfig defines the config for CORS middleware.
type CORSConfig struct {
	Skipper          Skipper
	AllowOrigins     []string
	AllowMethods     []string
	AllowHeaders     []string
	AllowCredentials bool
	ExposeHeaders    []string
	MaxAge           int
}

// DefaultCORSConfig is the default CORS middleware config: every origin allowed.
var DefaultCORSConfig = CORSConfig{AllowOrigins: []string{"*"}}

// CORS returns a Cross-Origin Resource Sharing (CORS) middleware allowing every origin.
func CORS() echo.MiddlewareFunc { return CORSWithConfig(DefaultCORSConfig) }

// CORSWithConfig returns a CORS middleware with config.
func CORSWithConfig(config CORSConfig) echo.MiddlewareFunc { return pass }

// BasicAuthValidator defines a function to validate BasicAuth credentials.
type BasicAuthValidator func(user, password string, c echo.Context) (bool, error)

// BasicAuth returns a BasicAuth middleware.
func BasicAuth(fn BasicAuthValidator) echo.MiddlewareFunc { return pass }

// KeyAuthValidator defines a function to validate KeyAuth credentials.
type KeyAuthValidator func(auth string, c echo.Context) (bool, error)

// KeyAuth returns a KeyAuth middleware.
func KeyAuth(fn KeyAuthValidator) echo.MiddlewareFunc { return pass }

func pass(next echo.HandlerFunc) echo.HandlerFunc { return next }
