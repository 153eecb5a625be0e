// Package redis connects to the cache with go-redis.
package redis

import (
	"os"

	"github.com/redis/go-redis/v9"
)

// New parses a URL with the password in it.
func New() (*redis.Client, error) {
	opt, err := redis.ParseURL("redis://:hunter22@cache.internal:6379/0") // want `hardcoded password in connection URL \(8 chars\)`
	if err != nil {
		return nil, err
	}
	return redis.NewClient(opt), nil
}

// NewTLS uses rediss with a user.
func NewTLS() (*redis.Client, error) {
	opt, err := redis.ParseURL("rediss://cache-user:Ch4!rT9wQ2z@cache.internal:6380/1") // want `hardcoded password in connection URL`
	if err != nil {
		return nil, err
	}
	return redis.NewClient(opt), nil
}

// NewFromEnv is the fixed version.
func NewFromEnv() (*redis.Client, error) {
	opt, err := redis.ParseURL(os.Getenv("REDIS_URL")) // ok: AV104
	if err != nil {
		return nil, err
	}
	return redis.NewClient(opt), nil
}

// NewNoAuth connects to a cache without a password.
func NewNoAuth() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: "cache.internal:6379"}) // ok: AV104
}

var local, _ = redis.ParseURL("redis://:${REDIS_PASSWORD}@cache.internal:6379/0") // ok: AV104
