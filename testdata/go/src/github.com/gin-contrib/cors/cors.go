// Package cors is a stub of github.com/gin-contrib/cors for apivet's analyzer tests: the public
// API surface that the analyzers look at, with trivial bodies.
package cors

import (
	"time"

	"github.com/gin-gonic/gin"
)

// Config represents all available options for the middleware.
type Config struct {
	AllowAllOrigins bool
	// AllowOrigins is a list of origins a cross-domain request can be executed from. If the
	// special "*" value is present in the list, all origins will be allowed.
	AllowOrigins []string
	// AllowOriginFunc is a custom function to validate the origin.
	AllowOriginFunc func(origin string) bool
	// AllowOriginWithContextFunc is a custom function to validate the origin with the context.
	AllowOriginWithContextFunc func(c *gin.Context, origin string) bool
	AllowMethods               []string
	AllowPrivateNetwork        bool
	AllowHeaders               []string
	AllowCredentials           bool
	ExposeHeaders              []string
	MaxAge                     time.Duration
	AllowWildcard              bool
	AllowBrowserExtensions     bool
	CustomSchemas              []string
	AllowWebSockets            bool
	AllowFiles                 bool
	OptionsResponseStatusCode  int
}

// AddAllowMethods is allowed to add custom methods.
func (c *Config) AddAllowMethods(methods ...string) {
	c.AllowMethods = append(c.AllowMethods, methods...)
}

// AddAllowHeaders is allowed to add custom headers.
func (c *Config) AddAllowHeaders(headers ...string) {
	c.AllowHeaders = append(c.AllowHeaders, headers...)
}

// Validate checks the configuration.
func (c Config) Validate() error { return nil }

// DefaultConfig returns a generic default configuration: no origin allowed, no credentials.
func DefaultConfig() Config {
	return Config{
		AllowMethods: []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"},
		AllowHeaders: []string{"Origin", "Content-Length", "Content-Type"},
		MaxAge:       12 * time.Hour,
	}
}

// Default returns the middleware allowing all origins, without credentials.
func Default() gin.HandlerFunc {
	config := DefaultConfig()
	config.AllowAllOrigins = true
	return New(config)
}

// New returns the middleware with user-defined custom configuration.
func New(config Config) gin.HandlerFunc { return func(c *gin.Context) { c.Next() } }
