// Command echo protects its API with echo-jwt and Basic auth, with keys in the source.
package main

import (
	"os"

	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func main() {
	e := echo.New()
	e.Use(echojwt.JWT([]byte("Mq8Zt3Wk6Xb1Rv9Ln4Hc"))) // want `hardcoded secret passed as JWT signing key`
	api := e.Group("/api", echojwt.WithConfig(echojwt.Config{
		SigningKey:  []byte("Jx5Lr2Vq8Nw4Tk7Bz1Hm"), // want `hardcoded secret passed as JWT signing key`
		TokenLookup: "header:Authorization",         // ok: AV101
		ContextKey:  "user_token",                   // ok: AV101
	}))
	v2 := e.Group("/v2", echojwt.WithConfig(echojwt.Config{SigningKey: []byte(os.Getenv("JWT_SECRET"))})) // ok: AV101
	admin := e.Group("/admin", middleware.BasicAuth(func(username, password string, c echo.Context) (bool, error) {
		return username == "ops" && password == "Op3r4t0r!Kz9", nil // want `hardcoded password assigned to "password"`
	}))
	legacy := e.Group("/legacy", middleware.JWTWithConfig(middleware.JWTConfig{
		SigningKey: []byte("Wd6Hq1Xm9Lt3Rb7Nv2Kc"), // want `hardcoded secret passed as JWT signing key`
		ContextKey: "jwt_claims",                   // ok: AV101
	}))
	_, _, _, _ = api, v2, admin, legacy
	e.Start(":8080")
}
