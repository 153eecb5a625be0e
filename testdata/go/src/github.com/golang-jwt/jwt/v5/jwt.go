// Package jwt is a test stub of github.com/golang-jwt/jwt/v5: the exported API surface the
// analyzers resolve by type, with trivial bodies.
package jwt

import (
	"crypto"
	"time"
)

type SigningMethod interface {
	Verify(signingString string, sig []byte, key interface{}) error
	Sign(signingString string, key interface{}) ([]byte, error)
	Alg() string
}

type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key interface{}) error {
	return nil
}
func (m *SigningMethodHMAC) Sign(signingString string, key interface{}) ([]byte, error) {
	return nil, nil
}
func (m *SigningMethodHMAC) Alg() string { return m.Name }

type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

func (m *SigningMethodRSA) Verify(signingString string, sig []byte, key interface{}) error {
	return nil
}
func (m *SigningMethodRSA) Sign(signingString string, key interface{}) ([]byte, error) {
	return nil, nil
}
func (m *SigningMethodRSA) Alg() string { return m.Name }

type SigningMethodECDSA struct {
	Name string
}

func (m *SigningMethodECDSA) Verify(signingString string, sig []byte, key interface{}) error {
	return nil
}
func (m *SigningMethodECDSA) Sign(signingString string, key interface{}) ([]byte, error) {
	return nil, nil
}
func (m *SigningMethodECDSA) Alg() string { return m.Name }

type signingMethodNone struct{}

func (m *signingMethodNone) Verify(signingString string, sig []byte, key interface{}) error {
	return nil
}
func (m *signingMethodNone) Sign(signingString string, key interface{}) ([]byte, error) {
	return nil, nil
}
func (m *signingMethodNone) Alg() string { return "none" }

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

type unsafeNoneMagicConstant string

var (
	SigningMethodHS256               = &SigningMethodHMAC{Name: "HS256"}
	SigningMethodHS384               = &SigningMethodHMAC{Name: "HS384"}
	SigningMethodHS512               = &SigningMethodHMAC{Name: "HS512"}
	SigningMethodRS256               = &SigningMethodRSA{Name: "RS256"}
	SigningMethodRS384               = &SigningMethodRSA{Name: "RS384"}
	SigningMethodRS512               = &SigningMethodRSA{Name: "RS512"}
	SigningMethodES256               = &SigningMethodECDSA{Name: "ES256"}
	SigningMethodNone  SigningMethod = &signingMethodNone{}
)

type Claims interface {
	GetExpirationTime() (*NumericDate, error)
	GetIssuedAt() (*NumericDate, error)
	GetNotBefore() (*NumericDate, error)
	GetIssuer() (string, error)
	GetSubject() (string, error)
	GetAudience() (ClaimStrings, error)
}

type NumericDate struct{ time.Time }

func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

type ClaimStrings []string

type MapClaims map[string]interface{}

func (m MapClaims) GetExpirationTime() (*NumericDate, error) { return nil, nil }
func (m MapClaims) GetIssuedAt() (*NumericDate, error)       { return nil, nil }
func (m MapClaims) GetNotBefore() (*NumericDate, error)      { return nil, nil }
func (m MapClaims) GetIssuer() (string, error)               { return "", nil }
func (m MapClaims) GetSubject() (string, error)              { return "", nil }
func (m MapClaims) GetAudience() (ClaimStrings, error)       { return nil, nil }

type RegisteredClaims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  ClaimStrings `json:"aud,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

func (c RegisteredClaims) GetExpirationTime() (*NumericDate, error) { return c.ExpiresAt, nil }
func (c RegisteredClaims) GetIssuedAt() (*NumericDate, error)       { return c.IssuedAt, nil }
func (c RegisteredClaims) GetNotBefore() (*NumericDate, error)      { return c.NotBefore, nil }
func (c RegisteredClaims) GetIssuer() (string, error)               { return c.Issuer, nil }
func (c RegisteredClaims) GetSubject() (string, error)              { return c.Subject, nil }
func (c RegisteredClaims) GetAudience() (ClaimStrings, error)       { return c.Audience, nil }

type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]interface{}
	Claims    Claims
	Signature []byte
	Valid     bool
}

func New(method SigningMethod, opts ...TokenOption) *Token {
	return NewWithClaims(method, MapClaims{}, opts...)
}

func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token {
	return &Token{Method: method, Claims: claims, Header: map[string]interface{}{"alg": method.Alg()}}
}

type TokenOption func(*Token)

func (t *Token) SignedString(key interface{}) (string, error) { return "", nil }
func (t *Token) SigningString() (string, error)               { return "", nil }

type Keyfunc func(*Token) (interface{}, error)

type ParserOption func(*Parser)

type Parser struct{}

func NewParser(options ...ParserOption) *Parser { return &Parser{} }

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (*Token, []string, error) {
	return nil, nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func WithValidMethods(methods []string) ParserOption { return nil }
func WithoutClaimsValidation() ParserOption          { return nil }
func WithLeeway(leeway time.Duration) ParserOption   { return nil }
func WithIssuer(iss string) ParserOption             { return nil }
func WithAudience(aud string) ParserOption           { return nil }
func WithExpirationRequired() ParserOption           { return nil }

func ParseRSAPublicKeyFromPEM(key []byte) (interface{}, error)  { return nil, nil }
func ParseRSAPrivateKeyFromPEM(key []byte) (interface{}, error) { return nil, nil }

var (
	ErrTokenMalformed        error
	ErrSignatureInvalid      error
	ErrTokenExpired          error
	ErrTokenSignatureInvalid error
)
