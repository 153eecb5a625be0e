package routes

import (
	"strings"
	"unicode"
)

// Words splits an identifier or expression into lower-case words at non-letters and at camelCase
// boundaries: "JWTMiddleware" is jwt, middleware; "s.requireLogin" is s, require, login;
// "confirm_token" is confirm, token.
func Words(s string) []string {
	var words []string
	rs := []rune(s)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		lowerToUpper := unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev))
		acronymEnd := unicode.IsUpper(r) && unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1])
		if lowerToUpper || acronymEnd {
			flush(i)
			start = i
		}
	}
	flush(len(rs))
	return words
}

// publicHandlerWords name handlers that are public by design, by a word of their name. Narrower
// than the path words: a handler named update_order_status is no health check.
var publicHandlerWords = map[string]string{
	"login": "login", "signin": "login", "logout": "logout", "signout": "logout", "register": "registration",
	"registration": "registration", "signup": "registration", "health": "health check", "healthz": "health check",
	"healthcheck": "health check", "readiness": "readiness check", "liveness": "health check", "ping": "health check",
	"webhook": "webhook", "webhooks": "webhook", "metrics": "metrics", "openapi": "API docs", "swagger": "API docs",
	"favicon": "static assets", "robots": "static assets",
	// Views their authors name for callers without an account (ListAnonymousSubscribeView).
	"anonymous": "anonymous access",
}

// linkWords may follow "unsubscribe" in the name of an unsubscribe link's handler.
var linkWords = map[string]bool{"token": true, "link": true, "email": true, "confirm": true, "view": true, "page": true, "handler": true}

// linkVerbs and linkObjects together name the target of a link sent by e-mail, whose token is
// the credential: confirm_token, verify_email, activate_account, confirm_subscription.
var (
	linkVerbs   = map[string]bool{"confirm": true, "confirmation": true, "verify": true, "verification": true, "activate": true, "activation": true}
	linkObjects = map[string]bool{"token": true, "email": true, "account": true, "subscription": true, "registration": true}
)

// publicPhrases are handler names (or parts) that are public by design.
var publicPhrases = map[string]string{
	"refresh_token": "token refresh", "token_refresh": "token refresh", "obtain_token": "token issuance",
	"token_obtain": "token issuance", "access_token": "token issuance", "forgot_password": "password reset",
	"reset_password": "password reset", "password_reset": "password reset", "verify_email": "email verification",
	"confirm_email": "email verification", "oauth_callback": "OAuth callback",
}

// PublicHandler returns why a route handler is public by design from its name, in any case style
// ("" when it is not): login, userLogin, LoginView, stripe_webhook, HealthCheck, refresh_token,
// TokenObtainPairView, public_profile, confirm_email_token...
func PublicHandler(name string) string {
	words := Words(name)
	if len(words) == 0 {
		return ""
	}
	joined := strings.Join(words, "_")
	if why := PublicByDesign("/" + strings.ReplaceAll(joined, "_", "-")); why != "" && why != "root" {
		return why
	}
	for phrase, why := range publicPhrases {
		if strings.Contains(joined, phrase) {
			return why
		}
	}
	for _, w := range words {
		if why, ok := publicHandlerWords[w]; ok {
			return why
		}
	}
	switch {
	case words[0] == "token":
		return "token issuance" // TokenObtainPairView, TokenRefreshView (SimpleJWT)
	case words[0] == "public":
		// public_profile, PublicCatalogView; make_public and set_public change what is public.
		return "public by name"
	case words[0] == "unsubscribe" && onlyWords(words[1:], linkWords):
		// One-click unsubscribe links in e-mails work without a session (RFC 8058);
		// unsubscribe_member, an owner's action, is no such link.
		return "unsubscribe link"
	}
	verb, object, obtain, token := false, false, false, false
	for _, w := range words {
		verb = verb || linkVerbs[w]
		object = object || linkObjects[w]
		obtain = obtain || w == "obtain"
		token = token || w == "token"
	}
	switch {
	case obtain && token:
		return "token issuance" // DRF's ObtainAuthToken, obtain_jwt_token: the login of an API
	case verb && object:
		return "e-mailed link"
	}
	return ""
}

// onlyWords reports whether every word is in set.
func onlyWords(words []string, set map[string]bool) bool {
	for _, w := range words {
		if !set[w] {
			return false
		}
	}
	return true
}
