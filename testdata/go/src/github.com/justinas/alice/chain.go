// Package alice is a stub of github.com/justinas/alice for apivet's analyzer tests.
package alice

import "net/http"

// A Constructor for a piece of middleware.
type Constructor func(http.Handler) http.Handler

// Chain acts as a list of http.Handler constructors.
type Chain struct {
	constructors []Constructor
}

// New creates a new chain, memorizing the given list of middleware constructors.
func New(constructors ...Constructor) Chain {
	return Chain{append(([]Constructor)(nil), constructors...)}
}

// Then chains the middleware and returns the final http.Handler.
func (c Chain) Then(h http.Handler) http.Handler {
	if h == nil {
		h = http.DefaultServeMux
	}
	for i := range c.constructors {
		h = c.constructors[len(c.constructors)-1-i](h)
	}
	return h
}

// ThenFunc works identically to Then, but takes a HandlerFunc instead of a Handler.
func (c Chain) ThenFunc(fn http.HandlerFunc) http.Handler {
	if fn == nil {
		return c.Then(nil)
	}
	return c.Then(fn)
}

// Append extends a chain, adding the specified constructors as the last ones in the request flow.
func (c Chain) Append(constructors ...Constructor) Chain {
	newCons := make([]Constructor, 0, len(c.constructors)+len(constructors))
	newCons = append(newCons, c.constructors...)
	newCons = append(newCons, constructors...)
	return Chain{newCons}
}

// Extend extends a chain by adding the specified chain as the last one in the request flow.
func (c Chain) Extend(chain Chain) Chain { return c.Append(chain.constructors...) }
