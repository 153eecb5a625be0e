package routes

import (
	"reflect"
	"testing"
)

func TestSegments(t *testing.T) {
	for path, want := range map[string][]string{
		"/users/<int:id>/orders":  {"users", "orders"},
		"/api/v1/users/{id}":      {"api", "v1", "users"},
		"/admin/:name/*rest":      {"admin"},
		"^api/accounts/(?P<pk>)$": {"api", "accounts"},
		"/":                       nil,
	} {
		if got := Segments(path); !reflect.DeepEqual(got, want) {
			t.Errorf("Segments(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestClassification(t *testing.T) {
	if !Sensitive("/api/admin/stats") || Sensitive("/api/products") {
		t.Error("Sensitive")
	}
	for _, p := range []string{"/login", "/api/auth/token/refresh", "/healthz", "/docs", "/static/app.js", "/webhooks/stripe", "/"} {
		if PublicByDesign(p) == "" {
			t.Errorf("%s should be public by design", p)
		}
	}
	for _, p := range []string{"/api/v1/status", "/reset_password", "/sign_up"} {
		if PublicByDesign(p) == "" {
			t.Errorf("%s should be public by design", p)
		}
	}
	for _, p := range []string{"/users", "/api/orders/{id}", "/admin", "/orders/{id}/status", "/orders/{id}/confirm"} {
		if why := PublicByDesign(p); why != "" {
			t.Errorf("%s is not public by design (got %q)", p, why)
		}
	}
	r := Route{Methods: []string{"GET"}, Guards: []Guard{{Name: "AllowAny", AllowsAnyone: true}}}
	if r.Guarded() || r.StateChanging() {
		t.Error("AllowAny must not count as a guard; GET is not state-changing")
	}
}

func TestPublicHandler(t *testing.T) {
	for name, want := range map[string]string{
		"login": "login", "userLogin": "login", "LoginView": "login", "stripe_webhook": "webhook",
		"HealthCheck": "health check", "refresh_token": "token refresh", "TokenObtainPairView": "token issuance",
		"ObtainAuthToken": "token issuance", "public_profile": "public by name", "PublicCatalogView": "public by name",
		"ListAnonymousSubscribeView": "anonymous access", "confirm_token": "e-mailed link",
		"confirmSubscription": "e-mailed link", "unsubscribe_link": "unsubscribe link", "docs": "API docs",
		"refund": "", "confirmOrder": "", "make_public": "", "unsubscribe_member": "", "updateOrderStatus": "",
		"": "", "deleteAccount": "", "obtain_lock": "",
	} {
		if got := PublicHandler(name); got != want {
			t.Errorf("PublicHandler(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestPublicByDesignParameterOnlyPath(t *testing.T) {
	for path, want := range map[string]string{"/": "root", "": "root", "/{id}": "", "/:id": "", "/<int:pk>": "", "/login": "login"} {
		if got := PublicByDesign(path); got != want {
			t.Errorf("PublicByDesign(%q) = %q, want %q", path, got, want)
		}
	}
}
