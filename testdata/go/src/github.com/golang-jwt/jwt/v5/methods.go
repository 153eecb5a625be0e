package jwt

// More of the signing-method surface of github.com/golang-jwt/jwt/v5, for the crypto family's
// fixtures.

type SigningMethodEd25519 struct{}

func (m *SigningMethodEd25519) Verify(signingString string, sig []byte, key interface{}) error {
	return nil
}
func (m *SigningMethodEd25519) Sign(signingString string, key interface{}) ([]byte, error) {
	return nil, nil
}
func (m *SigningMethodEd25519) Alg() string { return "EdDSA" }

type SigningMethodRSAPSS struct {
	*SigningMethodRSA
}

var (
	SigningMethodEdDSA = &SigningMethodEd25519{}
	SigningMethodPS256 = &SigningMethodRSAPSS{&SigningMethodRSA{Name: "PS256"}}
	SigningMethodES384 = &SigningMethodECDSA{Name: "ES384"}
)

func GetSigningMethod(alg string) (method SigningMethod) { return nil }

func ParseECPublicKeyFromPEM(key []byte) (interface{}, error) { return nil, nil }
func ParseEdPublicKeyFromPEM(key []byte) (interface{}, error) { return nil, nil }
func WithJSONNumber() ParserOption                            { return nil }
func WithSubject(sub string) ParserOption                     { return nil }
