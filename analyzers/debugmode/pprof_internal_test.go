package debugmode

import "testing"

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:6060":  true,
		"127.8.9.10:6060": true,
		"localhost:6060":  true,
		"LOCALHOST:6060":  true,
		"[::1]:6060":      true,
		":6060":           false,
		"0.0.0.0:6060":    false,
		"[::]:6060":       false,
		"10.0.0.5:6060":   false,
		"api.example:80":  false,
		"127.0.0.1":       false, // no port: not an address net/http accepts
		"":                false,
	} {
		if got := isLoopback(addr); got != want {
			t.Errorf("isLoopback(%q) = %v, want %v", addr, got, want)
		}
	}
}
