// Command nethttp guards an admin API and a webhook with secrets compared in the ways AV605 must
// and must not report.
package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"io"
	"log"
	"net/http"
	"os"
	"strings"
)

var (
	apiKey        = os.Getenv("ADMIN_API_KEY")
	webhookSecret = []byte(os.Getenv("WEBHOOK_SECRET"))
	adminPassword = os.Getenv("ADMIN_PASSWORD")
)

type config struct {
	APIToken string
}

func requireKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-Key") != apiKey { // want `apiKey is compared with !=, which returns at the first differing byte`
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func requireToken(cfg config) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
			if token == cfg.APIToken { // want `cfg\.APIToken is compared with ==`
				next.ServeHTTP(w, r)
				return
			}
			http.Error(w, "unauthorized", http.StatusUnauthorized)
		})
	}
}

func webhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, webhookSecret)
	mac.Write(body)
	expected := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	if r.Header.Get("X-Hub-Signature-256") != expected { // want `an HMAC digest is compared with !=`
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	sig, _ := hex.DecodeString(r.Header.Get("X-Signature"))
	if !bytes.Equal(mac.Sum(nil), sig) { // want `an HMAC digest is compared with bytes\.Equal`
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func adminLogin(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok || user != "admin" || pass != adminPassword { // want `adminPassword is compared with !=`
		w.Header().Set("WWW-Authenticate", `Basic realm="admin"`)
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if r.URL.Query().Get("api_key") == os.Getenv("EXPORT_API_KEY") { // want `the EXPORT_API_KEY environment variable is compared with ==`
		w.Write([]byte("export"))
	}
}

// --- near misses ---------------------------------------------------------------------------

func safe(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-API-Key")), []byte(apiKey)) != 1 { // ok: AV605
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if r.Header.Get("X-API-Key") == "" { // ok: AV605
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if apiKey == "" { // ok: AV605
		log.Print("no API key configured")
	}
	tokenType := r.URL.Query().Get("token_type")
	if tokenType == "Bearer" { // ok: AV605
		w.Write([]byte("bearer"))
	}
	if r.Header.Get("X-CSRF-Token") != r.FormValue("csrf_token") { // ok: AV605 (both from the client)
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if r.Header.Get("Content-Type") == r.Header.Get("Accept") { // ok: AV605
		w.Write([]byte("same"))
	}
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/admin/", requireKey(http.HandlerFunc(safe)))
	mux.HandleFunc("/hooks", webhook)
	mux.HandleFunc("/login", adminLogin)
	log.Fatal(http.ListenAndServe(":8080", requireToken(config{APIToken: os.Getenv("API_TOKEN")})(mux)))
}
