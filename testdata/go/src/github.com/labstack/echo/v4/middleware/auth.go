package middleware

import "github.com/labstack/echo/v4"

// BasicAuthConfig defines the config for BasicAuth middleware.
type BasicAuthConfig struct {
	Skipper   Skipper
	Validator BasicAuthValidator
	Realm     string
}

// BasicAuthWithConfig returns a BasicAuth middleware with config.
func BasicAuthWithConfig(config BasicAuthConfig) echo.MiddlewareFunc { return pass }

// KeyAuthConfig defines the config for KeyAuth middleware.
type KeyAuthConfig struct {
	Skipper    Skipper
	KeyLookup  string
	AuthScheme string
	Validator  KeyAuthValidator
}

// KeyAuthWithConfig returns a KeyAuth middleware with config.
func KeyAuthWithConfig(config KeyAuthConfig) echo.MiddlewareFunc { return pass }

// JWTConfig defines the config for JWT middleware.
type JWTConfig struct {
	Skipper     Skipper
	SigningKey  interface{}
	ContextKey  string
	TokenLookup string
}

// JWT returns a JSON Web Token (JWT) auth middleware.
//
// Deprecated: use github.com/labstack/echo-jwt.
func JWT(key interface{}) echo.MiddlewareFunc { return pass }

// JWTWithConfig returns a JWT auth middleware with config.
//
// Deprecated: use github.com/labstack/echo-jwt.
func JWTWithConfig(config JWTConfig) echo.MiddlewareFunc { return pass }
