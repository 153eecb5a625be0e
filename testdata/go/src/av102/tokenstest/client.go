// Package tokenstest calls Stripe; its tests hold test-mode keys and fixtures.
package tokenstest

// Charge charges a customer.
func Charge(key string, cents int) error { return nil }
