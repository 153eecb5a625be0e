// Package routes is the HTTP route model shared by the Go and Python route extractors, the
// authentication rules (AV3xx) and `apivet routes`: every route an application registers, with
// the guards that protect it. It holds no parsing code, so Go analyzers can use it without cgo.
package routes

import (
	"cmp"
	"slices"
	"strings"
)

// Route is one registered HTTP route.
type Route struct {
	Framework string   `json:"framework"` // flask, flask-restful, flask-restx, fastapi, django, drf, nethttp, gin, echo, chi, gorilla
	Methods   []string `json:"methods"`   // upper case; ["*"] when any method is accepted
	Path      string   `json:"path"`      // as registered, prefixes of groups/blueprints/routers applied
	Handler   string   `json:"handler"`   // function or view name as written
	// Where the route is registered (decorator, path() call, HandleFunc call), and where its
	// handler is defined when known.
	File        string  `json:"file"`
	Line        int     `json:"line"`
	Column      int     `json:"column"`
	HandlerFile string  `json:"handlerFile,omitempty"`
	HandlerLine int     `json:"handlerLine,omitempty"`
	Guards      []Guard `json:"guards"` // empty: nothing protects the route
	// App groups the routes of one application (a Flask app and its blueprints, a Go router tree,
	// a Django urlconf): the "siblings" the AV301 rule compares a route with.
	App string `json:"app"`
	// Public is set when the route is public by design (login, health, docs, static, webhooks with
	// a signature check), with the reason.
	Public string `json:"public,omitempty"`
	// GuardsUnknown is set when guards may be attached where the extractor cannot see them (a
	// view imported from another module, a DRF view relying on the project's default
	// permissions): such a route is never reported as unguarded.
	GuardsUnknown bool `json:"guardsUnknown,omitempty"`
}

// Guard is one authentication or authorization check applied to a route.
type Guard struct {
	Name string `json:"name"` // as written: login_required, jwt_required(), Depends(get_current_user), authMiddleware
	// Kind says how it is attached: decorator, dependency, permission, middleware, hook (Flask
	// before_request), mixin, setting (DRF DEFAULT_PERMISSION_CLASSES).
	Kind string `json:"kind"`
	// Scope says where it was declared: route, router (blueprint, group, APIRouter), app.
	Scope string `json:"scope"`
	File  string `json:"file,omitempty"`
	Line  int    `json:"line,omitempty"`
	// AllowsAnyone marks guards that explicitly open the route (DRF AllowAny, an empty
	// permission list).
	AllowsAnyone bool `json:"allowsAnyone,omitempty"`
}

// Guarded reports whether some guard protects the route.
func (r *Route) Guarded() bool {
	for _, g := range r.Guards {
		if !g.AllowsAnyone {
			return true
		}
	}
	return false
}

// StateChanging reports whether the route accepts a method that changes state.
func (r *Route) StateChanging() bool {
	for _, m := range r.Methods {
		switch m {
		case "POST", "PUT", "PATCH", "DELETE", "*":
			return true
		}
	}
	return false
}

// sensitiveSegments are path words that name data or operations worth protecting.
var sensitiveSegments = map[string]bool{
	"admin": true, "internal": true, "users": true, "user": true, "accounts": true, "account": true,
	"settings": true, "config": true, "export": true, "exports": true, "billing": true, "payments": true,
	"orders": true, "invoices": true, "management": true, "manage": true, "staff": true, "debug": true,
	"private": true, "me": true, "profile": true, "keys": true, "api-keys": true, "tokens": true,
	"secrets": true, "audit": true, "reports": true, "customers": true, "members": true, "roles": true,
	"permissions": true, "backup": true, "backups": true,
}

// Sensitive reports whether a path segment names sensitive data or operations.
func Sensitive(path string) bool {
	for _, seg := range Segments(path) {
		if sensitiveSegments[seg] {
			return true
		}
	}
	return false
}

// publicWords are path segments of routes that are public by design.
var publicWords = map[string]string{
	"login": "login", "signin": "login", "sign-in": "login", "logout": "logout", "signout": "logout",
	"register": "registration", "signup": "registration", "sign-up": "registration",
	"refresh": "token refresh", "token": "token issuance", "oauth": "OAuth flow", "callback": "OAuth callback",
	"authorize": "OAuth flow", "health": "health check", "healthz": "health check", "livez": "health check",
	"readyz": "readiness check", "ready": "readiness check", "readiness": "readiness check", "liveness": "health check",
	"ping": "health check", "metrics": "metrics", "version": "version",
	"static": "static assets", "assets": "static assets", "favicon.ico": "static assets", "robots.txt": "static assets",
	"docs": "API docs", "redoc": "API docs", "openapi.json": "API docs", "openapi": "API docs",
	"swagger": "API docs", "swagger.json": "API docs", "webhook": "webhook", "webhooks": "webhook",
	"forgot-password": "password reset", "reset-password": "password reset", "password-reset": "password reset",
	"verify-email": "email verification", "confirm-email": "email verification", ".well-known": "well-known",
}

// apiPrefixes are leading segments that do not change what a path is for.
var apiPrefixes = map[string]bool{"api": true, "v1": true, "v2": true, "v3": true, "public": true}

// PublicByDesign returns why a path is public by design ("" when it is not): login, logout,
// registration, token refresh, health and readiness, metrics, static assets, API docs, webhooks.
// The root path "/" is public too; a path made only of parameters (/{id}) is not.
func PublicByDesign(path string) string {
	segs := Segments(path)
	if len(segs) == 0 {
		if strings.Trim(path, "/ ") == "" {
			return "root"
		}
		return "" // only parameters (/{id}, /:id): an item, not the home page
	}
	for _, s := range segs {
		if why, ok := publicWords[strings.ReplaceAll(s, "_", "-")]; ok {
			return why
		}
	}
	// "status" is a health check only on its own (/status, /api/v1/status), not as a
	// sub-resource (/orders/{id}/status).
	rest := segs
	for len(rest) > 0 && apiPrefixes[rest[0]] {
		rest = rest[1:]
	}
	if len(rest) == 1 && rest[0] == "status" {
		return "health check"
	}
	return ""
}

// Segments splits a route path into lower-case literal segments, dropping parameters
// ({id}, <int:id>, :id, *any) and regex punctuation.
func Segments(path string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(strings.ToLower(path), func(r rune) bool {
		return r == '/' || r == '^' || r == '$' || r == '?' || r == '(' || r == ')'
	}) {
		if s == "" || strings.ContainsAny(s, "{<:*[\\+") {
			continue
		}
		out = append(out, s)
	}
	return out
}

// Sort orders routes by file, position, path and methods.
func Sort(rs []Route) {
	slices.SortStableFunc(rs, func(a, b Route) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Path, b.Path), cmp.Compare(strings.Join(a.Methods, ","), strings.Join(b.Methods, ",")))
	})
}

// Inventory is the result of a route extractor over one Go package or Python file.
type Inventory struct {
	Routes []Route
}
