// Package sessions is a test stub of github.com/gin-contrib/sessions: the exported API surface
// the analyzers resolve by type, with trivial bodies.
package sessions

import "github.com/gin-gonic/gin"

// Options stores configuration for a session or session store.
type Options struct {
	Path     string
	Domain   string
	MaxAge   int
	Secure   bool
	HttpOnly bool
}

// Store is a session store.
type Store interface {
	Options(Options)
}

// Session stores the values and optional configuration for a session.
type Session interface {
	Get(key interface{}) interface{}
	Set(key interface{}, val interface{})
	Save() error
}

// Sessions returns the session middleware.
func Sessions(name string, store Store) gin.HandlerFunc { return func(c *gin.Context) { c.Next() } }

// Default returns the session of the request.
func Default(c *gin.Context) Session { return nil }
