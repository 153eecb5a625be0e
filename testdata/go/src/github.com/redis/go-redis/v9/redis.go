// Package redis is a test stub of github.com/redis/go-redis/v9: the exported API surface the
// analyzers resolve by type, with trivial bodies.
package redis

import "context"

// Options keeps the settings to set up a redis connection.
type Options struct {
	Network  string
	Addr     string
	Username string
	Password string
	DB       int
}

// Client is a Redis client.
type Client struct{ opt *Options }

// NewClient returns a client to the Redis Server specified by Options.
func NewClient(opt *Options) *Client { return &Client{opt: opt} }

// ParseURL parses a URL into Options, e.g. redis://<user>:<password>@<host>:<port>/<db_number>.
func ParseURL(redisURL string) (*Options, error) { return &Options{}, nil }

// Ping pings the server.
func (c *Client) Ping(ctx context.Context) error { return nil }

// Close closes the client.
func (c *Client) Close() error { return nil }
