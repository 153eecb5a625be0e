// Command nethttp registers and logs in users, hashing passwords in the ways AV606 must and must
// not report.
package main

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"

	"golang.org/x/crypto/bcrypt"
)

type user struct {
	Name         string
	Password     string
	PasswordHash []byte
}

type credentials struct {
	Name     string `json:"name"`
	Password string `json:"password"`
}

var users = map[string]*user{}

func register(w http.ResponseWriter, r *http.Request) {
	var req credentials
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	sum := sha256.Sum256([]byte(req.Password)) // want `sha256\.Sum256 hashes a password with a fast hash: GPUs try billions of SHA-256 guesses`
	users[req.Name] = &user{Name: req.Name, PasswordHash: sum[:]}
	w.WriteHeader(http.StatusCreated)
}

func hashSalted(password string, salt []byte) string {
	h := sha1.New()
	h.Write(salt)
	h.Write([]byte(password)) // want `h\.Write hashes a password with a fast hash`
	return hex.EncodeToString(h.Sum(nil))
}

func hashLegacy(password string) string {
	sum := md5.Sum(append([]byte("pepper:"), password...)) // want `md5\.Sum hashes a password with a fast hash: GPUs try billions of MD5 guesses`
	return hex.EncodeToString(sum[:])
}

func hashWriteString(pwd string) []byte {
	h := md5.New()
	io.WriteString(h, pwd) // want `io\.WriteString hashes a password`
	return h.Sum(nil)
}

func login(w http.ResponseWriter, r *http.Request) {
	var req credentials
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	u := users[req.Name]
	if u == nil || u.Password != req.Password { // want `the password from the request is compared with the stored one in plain text`
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.Write([]byte("ok"))
}

// --- near misses ---------------------------------------------------------------------------

func registerBcrypt(w http.ResponseWriter, r *http.Request) {
	var req credentials
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost) // ok: AV606
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	users[req.Name] = &user{Name: req.Name, PasswordHash: hash}
}

func loginBcrypt(w http.ResponseWriter, r *http.Request) {
	var req credentials
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	u := users[req.Name]
	if u == nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(req.Password)) != nil { // ok: AV606
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}

func etag(body []byte) string {
	sum := sha256.Sum256(body) // ok: AV606
	return hex.EncodeToString(sum[:])
}

func resetToken() (token, digest string) {
	b := make([]byte, 32)
	rand.Read(b)
	sum := sha256.Sum256(b) // ok: AV606 (a random token, stored as its SHA-256)
	return hex.EncodeToString(b), hex.EncodeToString(sum[:])
}

func hashResetToken(passwordResetToken string) [32]byte {
	return sha256.Sum256([]byte(passwordResetToken)) // ok: AV606
}

func dirKey() [16]byte {
	pwd, _ := os.Getwd()
	return md5.Sum([]byte(pwd)) // ok: AV606 (the working directory)
}

func cachedHash(u *user) [16]byte {
	return md5.Sum(u.PasswordHash) // ok: AV606
}

func confirm(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("password") != r.FormValue("password_confirmation") { // ok: AV606
		http.Error(w, "passwords differ", http.StatusBadRequest)
	}
}

func main() {
	http.HandleFunc("/register", register)
	http.HandleFunc("/login", login)
	http.HandleFunc("/v2/register", registerBcrypt)
	http.HandleFunc("/v2/login", loginBcrypt)
	http.HandleFunc("/confirm", confirm)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

// digestResponse computes an HTTP Digest (RFC 2617) response: the protocol fixes MD5.
func digestResponse(user, realm, password, nonce, method, uri string) string {
	ha1 := md5.Sum([]byte(user + ":" + realm + ":" + password)) // ok: AV606
	ha2 := md5.Sum([]byte(method + ":" + uri))
	sum := md5.Sum([]byte(hex.EncodeToString(ha1[:]) + ":" + nonce + ":" + hex.EncodeToString(ha2[:])))
	return hex.EncodeToString(sum[:])
}
