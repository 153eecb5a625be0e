// Package resty configures TLS on github.com/go-resty/resty/v2 clients in the ways AV503 must and
// must not report.
package resty

import (
	"crypto/tls"
	"crypto/x509"

	"github.com/go-resty/resty/v2"
)

func insecure() *resty.Client {
	return resty.New().SetTLSClientConfig(&tls.Config{InsecureSkipVerify: true}) // want `InsecureSkipVerify turns off TLS certificate and host name verification`
}

// --- Near misses ---

func privateCA(pool *x509.CertPool) *resty.Client {
	return resty.New().SetTLSClientConfig(&tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}) // ok: AV503
}

func rootCertificate() *resty.Client {
	return resty.New().SetRootCertificate("/etc/ssl/private-ca.pem") // ok: AV503
}
