// Package redis connects to the cache with go-redis.
package redis

import (
	"os"

	"github.com/redis/go-redis/v9"
)

// New returns a client whose password is in the source.
func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "cache.internal:6379", // ok: AV101
		Password: "Rd5!sK9#vQ2x",        // want `hardcoded password assigned to "Password"`
		DB:       0,
	})
}

// NewFromEnv is the fixed version.
func NewFromEnv() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR"), Password: os.Getenv("REDIS_PASSWORD")}) // ok: AV101
}
