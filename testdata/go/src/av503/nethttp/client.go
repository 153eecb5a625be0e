// Package nethttp builds TLS configurations in the ways AV503 must and must not report.
package nethttp

import (
	"crypto/tls"
	"crypto/x509"
	"flag"
	"net/http"
)

const skip = true

var insecure = flag.Bool("insecure", false, "skip TLS verification")

func client() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // want `InsecureSkipVerify turns off TLS certificate and host name verification`
	}}
}

func assigned() *tls.Config {
	cfg := &tls.Config{}
	cfg.InsecureSkipVerify = true // want `InsecureSkipVerify turns off`
	return cfg
}

func namedConstant() *tls.Config {
	return &tls.Config{InsecureSkipVerify: skip} // want `InsecureSkipVerify turns off`
}

func fallbackAfterError(c *http.Client, url string) (*http.Response, error) {
	resp, err := c.Get(url)
	if err != nil {
		tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // want `InsecureSkipVerify turns off`
		return (&http.Client{Transport: tr}).Get(url)
	}
	return resp, nil
}

// --- Near misses ---

func verified(pem []byte) *tls.Config {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	return &tls.Config{RootCAs: pool, InsecureSkipVerify: false} // ok: AV503
}

func fromFlag() *tls.Config {
	return &tls.Config{InsecureSkipVerify: *insecure} // ok: AV503 (decided at run time)
}

func optIn(cfg *tls.Config) {
	if *insecure {
		cfg.InsecureSkipVerify = true // ok: AV503 (an explicit opt-in)
	}
}

// pinned replaces the default verification with its own check of the server certificate.
func pinned(leaf *x509.Certificate) *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true, // ok: AV503 (VerifyConnection checks the certificate)
		VerifyConnection: func(cs tls.ConnectionState) error {
			if len(cs.PeerCertificates) == 0 || !cs.PeerCertificates[0].Equal(leaf) {
				return x509.UnknownAuthorityError{}
			}
			return nil
		},
	}
}

// nilHook sets the hook to nil: nothing verifies the server.
func nilHook() *tls.Config {
	return &tls.Config{InsecureSkipVerify: true, VerifyPeerCertificate: nil} // want `InsecureSkipVerify turns off`
}
