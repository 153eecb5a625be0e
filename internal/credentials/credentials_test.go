package credentials

import (
	"strings"
	"testing"
)

func TestKindOf(t *testing.T) {
	cases := map[Kind][]string{
		Secret: {"api_key", "apiKey", "X-API-Key", "HTTP_X_API_KEY",
			"client_secret", "access_token", "token", "signature",
			"X-Hub-Signature-256", "Stripe-Signature", "expected_mac", "X-Shopify-Hmac-Sha256",
			"password_reset_token"},
		Password: {"password", "passwd", "pwd", "user_password", "Password", "confirm_password",
			"new_password", "password2"},
		Auth: {"Authorization", "HTTP_AUTHORIZATION", "auth", "credentials", "SERVER_AUTH"},
		Hash: {"password_hash", "hashed_password", "PasswordHash", "pw_digest"},
		None: {"token_type", "api_key_name", "csrf_token", "X-CSRF-Token", "next_token",
			"max_tokens", "key", "signature_header", "mac_address", "first_pass", "X-Request-Id",
			"auth_header", "checksum", "digest", "public_key", "example_api_key", "SIG_DFL"},
	}
	for want, names := range cases {
		keywords := CompareKeywords
		if want == Password || want == Hash {
			keywords = PasswordKeywords
		}
		for _, name := range names {
			if got, _ := KindOf(name, keywords); got != want {
				t.Errorf("KindOf(%q) = %v, want %v", name, got, want)
			}
		}
	}
}

func TestKindOfConfirm(t *testing.T) {
	for name, want := range map[string]bool{
		"confirm_password": true, "password_confirmation": true, "password2": true,
		"password": false, "new_password": false, "current_password": false,
	} {
		if _, got := KindOf(name, PasswordKeywords); got != want {
			t.Errorf("KindOf(%q) confirm = %v, want %v", name, got, want)
		}
	}
}

// TestKindOfNeedsKeywords is what makes the Python prefilters sound: a name without any of the
// keywords is never a credential name, whatever its case.
func TestKindOfNeedsKeywords(t *testing.T) {
	for _, name := range []string{"aPiKeY", "tOKEN", "PaSsWoRd", "sEcReT", "SiGnAtUrE"} {
		for _, kw := range [][]string{CompareKeywords, PasswordKeywords} {
			if kind, _ := KindOf(name, kw); kind != None && !containsAny(name, kw) {
				t.Errorf("KindOf(%q) = %v without a keyword", name, kind)
			}
		}
	}
	if kind, _ := KindOf("api_key", []string{"zzz"}); kind != None {
		t.Errorf("KindOf ignores its keywords")
	}
}

func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"X-API-Key": "x api key", "apiKey": "api key", "HTTP_X_API_KEY": "http x api key",
		"PasswordHash": "password hash", "getHTTPToken": "get http token", "password2": "password2",
	} {
		if got := strings.Join(Words(in), " "); got != want {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTimingLeak(t *testing.T) {
	header := Operand{Request: true, Kind: Secret, What: "the X-API-Key header"}
	env := Operand{Config: true, Kind: Secret, What: "the API_KEY environment variable"}
	digest := Operand{Digest: true, What: "an HMAC digest"}
	named := Operand{Kind: Secret, What: "api_key"}
	unknown := Operand{}
	typed := Operand{Request: true, Kind: Password}
	stored := Operand{Kind: Password, Stored: true}
	confPw := Operand{Config: true, Kind: Password, What: "ADMIN_PASSWORD"}
	tests := []struct {
		name string
		a, b Operand
		web  bool
		want string
	}{
		{"header vs config", header, env, false, env.What},
		{"digest vs request", Operand{Request: true}, digest, false, digest.What},
		{"named vs unknown in web code", named, unknown, true, "api_key"},
		{"named vs unknown elsewhere", named, unknown, false, ""},
		{"constant", header, Operand{Constant: true}, true, ""},
		{"both from the client", header, Operand{Request: true}, true, ""},
		{"config vs config", env, Operand{Config: true, Kind: Secret}, true, ""},
		{"password vs configured password", typed, confPw, false, "ADMIN_PASSWORD"},
		{"password vs stored password", typed, stored, true, ""},
		{"query column", named, Operand{Column: true, Kind: Secret}, true, ""},
		{"auth name vs unknown", Operand{Kind: Auth, What: "auth"}, unknown, true, ""},
		{"auth setting vs unknown", Operand{Config: true, Kind: Auth, What: "Purpose.SERVER_AUTH"}, unknown, true, ""},
		{"Authorization header vs unknown", Operand{Request: true, Kind: Auth, What: "the Authorization header"}, unknown, false, "the Authorization header"},
	}
	for _, tt := range tests {
		got, ok := TimingLeak(tt.a, tt.b, tt.web)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("%s: TimingLeak = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
		if got2, _ := TimingLeak(tt.b, tt.a, tt.web); got2 != got {
			t.Errorf("%s: TimingLeak is not symmetric: %q vs %q", tt.name, got, got2)
		}
	}
	if !PlainCompare(typed, stored) || PlainCompare(stored, typed) || PlainCompare(typed, confPw) {
		t.Error("PlainCompare")
	}
}

func TestMixedAlgorithms(t *testing.T) {
	if h, p, ok := MixedAlgorithms([]string{"HS256", "RS256"}); !ok || h != "HS256" || p != "RS256" {
		t.Errorf("HS256+RS256: %q %q %v", h, p, ok)
	}
	for _, algs := range [][]string{{"HS256", "HS512"}, {"RS256", "ES256", "PS256", "EdDSA"}, {"HS256", "none"}} {
		if _, _, ok := MixedAlgorithms(algs); ok {
			t.Errorf("%v reported as mixed", algs)
		}
	}
}
