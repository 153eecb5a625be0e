package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestLogin(t *testing.T) {
	rec := httptest.NewRecorder()
	http.SetCookie(rec, &http.Cookie{Name: "session", Value: "s"}) // ok: AV705 (test files do not ship)
}
