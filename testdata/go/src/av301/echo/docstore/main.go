// Command docstore is an echo document API whose resource is named "docs": JWT on the document
// group, signed webhooks, and routes that slipped out of the group.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log"
	"net/http"
	"os"

	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
)

func main() {
	e := echo.New()
	e.GET("/docs", apiDocs)             // ok: AV301 (the API documentation)
	e.GET("/api/v1/docs/:id", getDoc)   // ok: AV301 (a read of a non-sensitive path)
	e.POST("/hooks/github", githubHook) // ok: AV301 (the handler checks the signature)
	e.POST("/hooks/ci", ciHook)         // want `POST /hooks/ci \(ciHook\) is registered on the bare router without authentication`
	var wh WebhookHandler
	e.POST("/hooks/deploy", wh.Deploy)   // ok: AV301 (a method of a webhook handler type)
	e.DELETE("/api/v1/docs/:id", delDoc) // want `DELETE /api/v1/docs/:id \(delDoc\) is registered on the bare router without authentication`
	e.POST("/assets", uploadAsset)       // want `POST /assets \(uploadAsset\) is registered on the bare router without authentication`
	e.GET("/assets/logo.png", logo)      // ok: AV301

	docs := e.Group("/api/v1/docs", echojwt.JWT([]byte(os.Getenv("JWT_SECRET"))))
	docs.POST("", createDoc)
	docs.PUT("/:id", updateDoc)

	log.Fatal(e.Start(":8080"))
}

// githubHook accepts deliveries signed with the shared webhook secret.
func githubHook(c echo.Context) error {
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, 1<<20))
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	mac := hmac.New(sha256.New, []byte(os.Getenv("WEBHOOK_SECRET")))
	mac.Write(body)
	want := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(c.Request().Header.Get("X-Hub-Signature-256"))) {
		return c.NoContent(http.StatusUnauthorized)
	}
	return c.NoContent(http.StatusAccepted)
}

// ciHook trusts whatever it is sent.
func ciHook(c echo.Context) error { return c.NoContent(http.StatusAccepted) }

func apiDocs(c echo.Context) error     { return nil }
func getDoc(c echo.Context) error      { return nil }
func delDoc(c echo.Context) error      { return nil }
func uploadAsset(c echo.Context) error { return nil }
func logo(c echo.Context) error        { return nil }
func createDoc(c echo.Context) error   { return nil }
func updateDoc(c echo.Context) error   { return nil }

// WebhookHandler receives deliveries from the deployment system.
type WebhookHandler struct{}

// Deploy starts a deployment.
func (WebhookHandler) Deploy(c echo.Context) error { return c.NoContent(http.StatusAccepted) }
