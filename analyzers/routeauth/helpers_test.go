package routeauth

import "testing"

func TestSplitPattern(t *testing.T) {
	for in, want := range map[string][2]string{
		"POST /users/{id}":             {"POST", "/users/{id}"},
		"get  example.com/x":           {"GET", "/x"},
		"/static/":                     {"", "/static/"},
		"api.example.com/v1/{path...}": {"", "/v1/{path...}"},
	} {
		if m, p := splitPattern(in); m != want[0] || p != want[1] {
			t.Errorf("splitPattern(%q) = %q, %q; want %q, %q", in, m, p, want[0], want[1])
		}
	}
}

func TestJoinPath(t *testing.T) {
	for _, c := range [][3]string{
		{"/api", "/users", "/api/users"}, {"/api/", "/users", "/api/users"}, {"/", "testing", "/testing"},
		{"", "/x", "/x"}, {"/accounts", "", "/accounts"}, {"/v1", "x", "/v1/x"},
	} {
		if got := joinPath(c[0], c[1]); got != c[2] {
			t.Errorf("joinPath(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

func TestNameAuth(t *testing.T) {
	for name, want := range map[string]bool{
		"authMiddleware": true, "JWTMiddleware": true, "RequireLogin": true, "loginRequired": true,
		"requireRole": true, "Protected": true, "isAuthenticated": true, "OAuth2Verifier": true,
		"adminOnly": true, "s.auth.Middleware": true, "APIKey": true, "requireAPIKey": true, "BasicAuth": true,
		"apiVersion": false, "keyFunc": false,
		"loadAuthor": false, "requireJSON": false, "Trace": false, "sessionLoader": false,
		"tokenBucket": false, "requestLogger": false, "authorsCache": false,
	} {
		if got := nameAuth(name); got != want {
			t.Errorf("nameAuth(%q) = %v, want %v (words %q)", name, got, want, splitWords(name))
		}
	}
}

func TestCredentialKey(t *testing.T) {
	for key, want := range map[string]bool{
		"Authorization": true, "X-API-Key": true, "X-Admin-Key": true, "access_token": true,
		"session_id": true, "X-Request-Id": false, "Content-Type": false, "page": false,
	} {
		if got := credentialKey(key); got != want {
			t.Errorf("credentialKey(%q) = %v, want %v", key, got, want)
		}
	}
}

func TestUnversioned(t *testing.T) {
	for in, want := range map[string]string{
		"github.com/go-chi/chi/v5/middleware": "github.com/go-chi/chi/middleware",
		"github.com/labstack/echo/v4":         "github.com/labstack/echo",
		"github.com/appleboy/gin-jwt/v2":      "github.com/appleboy/gin-jwt",
		"net/http":                            "net/http",
		"example.com/vendor/video":            "example.com/vendor/video",
	} {
		if got := unversioned(in); got != want {
			t.Errorf("unversioned(%q) = %q, want %q", in, got, want)
		}
	}
}
