// Package golangjwt issues and verifies JWTs with golang-jwt/jwt/v5 and signs webhooks with HMAC.
package golangjwt

import (
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// hs256 is the HMAC key every token is signed with. Its name does not say so: the finding comes
// from its use as the signing key below, and is reported here, once.
var hs256 = []byte("b7Fq9Lx2Wm4Rt8Zp1Nc6") // want `hardcoded secret passed as JWT signing key`

// jwtKey says what it is.
var jwtKey = []byte("Wc2Xb7Nq4Tz9Lm1Vr6Hk") // want `hardcoded secret key assigned to "jwtKey"`

// signingSecret is loaded at startup.
var signingSecret = []byte(os.Getenv("JWT_SIGNING_KEY")) // ok: AV101

// issuer is the iss claim, not a secret.
const issuer = "billing-api" // ok: AV101

// Issue signs a token for the user.
func Issue(user string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: user, Issuer: issuer, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hs256)
}

// IssueAdmin signs admin tokens.
func IssueAdmin() (string, error) {
	return jwt.New(jwt.SigningMethodHS512).SignedString(jwtKey)
}

// IssueLegacy signs with the key of the previous release, still in the source.
func IssueLegacy(user string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user, "token_type": "access"}) // ok: AV101
	return tok.SignedString([]byte("s3cr3t-signing-k3y-2024"))                                           // want `hardcoded secret passed as JWT signing key \("s3cr…", 23 chars\)`
}

// IssueFromEnv is the fixed version.
func IssueFromEnv(user string) (string, error) {
	tok := jwt.New(jwt.SigningMethodHS256)
	return tok.SignedString(signingSecret) // ok: AV101
}

// Verify parses a token; the keyfunc hands out a hardcoded key.
func Verify(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errors.New("unexpected signing method")
		}
		return []byte("Pz8Kw3Nv6Qb1Hs9Tf4Jm"), nil // want `hardcoded secret passed as JWT signing key`
	})
}

// keyfunc is a named Keyfunc.
func keyfunc(t *jwt.Token) (interface{}, error) {
	if t.Header["kid"] == "legacy-2023" { // ok: AV101
		return []byte("Dm5Xr8Tc2Vg7Bn4Kq1Wy"), nil // want `hardcoded secret passed as JWT signing key`
	}
	return signingSecret, nil // ok: AV101
}

// VerifyWithParser verifies with the named keyfunc.
func VerifyWithParser(raw string) (*jwt.Token, error) {
	return jwt.NewParser(jwt.WithValidMethods([]string{"HS256"})).Parse(raw, keyfunc)
}

// webhookSeed signs outgoing webhooks: its name says nothing, hmac.New does.
const webhookSeed = "Hx4Cq7Vn2Zr9Lt5Ms8Pw" // want `hardcoded secret passed as HMAC key`

// Sign signs a webhook body.
func Sign(body []byte) []byte {
	mac := hmac.New(sha256.New, []byte(webhookSeed))
	mac.Write(body)
	return mac.Sum(nil)
}

// SignV2 uses a key from the environment.
func SignV2(body []byte) []byte {
	mac := hmac.New(sha256.New, []byte(os.Getenv("WEBHOOK_SECRET"))) // ok: AV101
	mac.Write(body)
	return mac.Sum(nil)
}

// mutableKey is replaced at startup: its literal is a default, not what reaches hmac.New.
var mutableKey = "Gd3Vx8Nq1Rm6Tb9Kp2Wz" // ok: AV101

func init() {
	if k := os.Getenv("WEBHOOK_KEY"); k != "" {
		mutableKey = k
	}
}

// SignV3 signs with mutableKey.
func SignV3(body []byte) []byte {
	return hmac.New(sha256.New, []byte(mutableKey)).Sum(body)
}

// SignHS256 signs with the signing method directly.
func SignHS256(s string) ([]byte, error) {
	return jwt.SigningMethodHS256.Sign(s, []byte("Rk7Yn3Bv9Qx2Lc6Wh1Tm")) // want `hardcoded secret passed as JWT signing key`
}
