// Package bcrypt is a test stub of golang.org/x/crypto/bcrypt.
package bcrypt

const (
	MinCost     int = 4
	MaxCost     int = 31
	DefaultCost int = 10
)

func GenerateFromPassword(password []byte, cost int) ([]byte, error) { return nil, nil }

func CompareHashAndPassword(hashedPassword, password []byte) error { return nil }

func Cost(hashedPassword []byte) (int, error) { return DefaultCost, nil }
