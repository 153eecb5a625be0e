// Command chi verifies JWTs with go-chi/jwtauth.
package main

import (
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/jwtauth/v5"
)

var tokenAuth = jwtauth.New("HS256", []byte("Cv7Nx2Qm5Lz9Wt3Rk8Hb"), nil) // want `hardcoded secret passed as JWT signing key`

var envAuth = jwtauth.New("HS256", []byte(os.Getenv("JWT_SECRET")), nil) // ok: AV101

func main() {
	r := chi.NewRouter()
	r.Use(jwtauth.Verifier(tokenAuth), jwtauth.Authenticator(tokenAuth))
	r.Get("/me", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("token_valid")) }) // ok: AV101
	_ = envAuth
	http.ListenAndServe(":8080", r)
}

// rsaAuth verifies RS256 tokens: the verify key is public.
var rsaAuth = jwtauth.New("RS256", nil, []byte("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----")) // ok: AV101

// adminRouter checks Basic credentials: the map holds a password per user.
func adminRouter() chi.Router {
	r := chi.NewRouter()
	r.Use(middleware.BasicAuth("admin", map[string]string{
		"root": "Vd8#mQ2!xL5wRz9K",        // want `hardcoded credential assigned to "creds" \("Vd8…", 16 chars\)`
		"ops":  os.Getenv("OPS_PASSWORD"), // ok: AV101
	}))
	return r
}
