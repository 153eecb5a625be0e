package routeauth

import (
	"math/rand"
	"strings"
	"testing"
)

// Words the generated inputs are made of: pieces of every alternative of the name and string
// patterns, in several cases, with the separators and the non-ASCII letters that case-insensitive
// matching folds with k and s.
var patternPieces = []string{
	"", "_", "-", ".", " ", "x", "x-", "auth", "AUTH", "Auth", "orization", "authorization", "Authorization",
	"api", "API", "Api", "key", "KEY", "\u212aey", "token", "to\u212aen", "TOKEN", "bearer", "Bearer", "BEARER",
	"user", "user_id", "u\u017fer_id", "id", "signature", "\u017fignature", "SIGNATURE", "access", "acce\u017f\u017f",
	"verify", "check", "validate", "decode", "authenticate", "is_valid", "valid", "has", "get", "jwt",
	"get_jwt_identity", "compare_digest", "ensure", "require", "requires", "assert", "enforce", "login",
	"logged_in", "admin", "staff", "permission", "permissions", "role", "roles", "scope", "scopes", "api_key",
	"current", "active", "required", "only", "mixin", "optional", "public", "skip", "Login", "Required",
	"JWT", "Bearer", "oauth2", "http", "basic", "scheme", "é", "ß", "0", "2fa",
}

func generatedInputs(n int) []string {
	r := rand.New(rand.NewSource(1))
	out := make([]string, 0, n+len(patternPieces))
	out = append(out, patternPieces...)
	for range n {
		var b strings.Builder
		for k := r.Intn(6); k >= 0; k-- {
			b.WriteString(patternPieces[r.Intn(len(patternPieces))])
			if r.Intn(3) == 0 {
				b.WriteString([]string{"_", "-", ""}[r.Intn(3)])
			}
		}
		out = append(out, b.String())
	}
	return out
}

// The functions that skip a regexp when it cannot match answer as the regexp does.
func TestRegexpShortcuts(t *testing.T) {
	for _, s := range generatedInputs(200000) {
		if got, want := isCredString(s), credStrings.MatchString(s); got != want {
			t.Errorf("isCredString(%q) = %v, regexp says %v", s, got, want)
		}
		lower := strings.ToLower(s)
		if got, want := isCredCall(lower), credCall.MatchString(lower); got != want {
			t.Errorf("isCredCall(%q) = %v, regexp says %v", lower, got, want)
		}
		if got, want := isEnforceCall(lower), enforceCall.MatchString(lower); got != want {
			t.Errorf("isEnforceCall(%q) = %v, regexp says %v", lower, got, want)
		}
	}
}

// nameIsGuard answers as matchGuardName, asked once or again.
func TestNameIsGuardRemembers(t *testing.T) {
	for _, s := range generatedInputs(20000) {
		want := matchGuardName(s)
		for range 2 {
			if got := nameIsGuard(s); got != want {
				t.Fatalf("nameIsGuard(%q) = %v, want %v", s, got, want)
			}
		}
	}
}
