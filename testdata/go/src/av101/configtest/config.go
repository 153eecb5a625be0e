// Package configtest hashes tokens; its tests hold digests and fixtures.
package configtest

import (
	"crypto/sha256"
	"encoding/hex"
)

// Digest returns the hex SHA-256 of a token.
func Digest(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
