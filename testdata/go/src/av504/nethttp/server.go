// Package nethttp configures TLS versions in the ways AV504 must and must not report.
package nethttp

import (
	"crypto/tls"
	"net/http"
	"os"
)

func server() *http.Server {
	return &http.Server{
		Addr:      ":8443",
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS10}, // want `MinVersion tls\.VersionTLS10 allows TLS 1\.0, deprecated by RFC 8996`
	}
}

func client() *tls.Config {
	cfg := &tls.Config{MaxVersion: tls.VersionTLS11} // want `MaxVersion tls\.VersionTLS11 caps every connection at TLS 1\.1`
	cfg.MinVersion = tls.VersionSSL30                // want `MinVersion tls\.VersionSSL30 allows SSL 3\.0`
	return cfg
}

func literalNumber() *tls.Config {
	return &tls.Config{MinVersion: 0x0302} // want `MinVersion 0x0302 allows TLS 1\.1`
}

// --- Near misses ---

func modern() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12, MaxVersion: tls.VersionTLS13} // ok: AV504
}

func defaults() *tls.Config {
	return &tls.Config{MinVersion: 0} // ok: AV504 (Go's default)
}

func configured(cfg *tls.Config) {
	switch os.Getenv("TLS_MIN") {
	case "1.0":
		cfg.MinVersion = tls.VersionTLS10 // ok: AV504 (chosen by configuration)
	case "1.2":
		cfg.MinVersion = tls.VersionTLS12
	}
}
