// Package echojwt is a stub of github.com/labstack/echo-jwt/v4 for apivet's analyzer tests.
package echojwt

import "github.com/labstack/echo/v4"

// Config defines the config for JWT middleware.
type Config struct {
	SigningKey    interface{}
	SigningMethod string
	ContextKey    string
	TokenLookup   string
}

// JWT returns a JSON Web Token (JWT) auth middleware.
func JWT(signingKey interface{}) echo.MiddlewareFunc {
	return WithConfig(Config{SigningKey: signingKey})
}

// WithConfig returns a JSON Web Token (JWT) auth middleware or panics if configuration is invalid.
func WithConfig(config Config) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc { return next }
}
