// Command gorillasessions keeps sessions in cookies signed by gorilla/sessions.
package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte("Lp9Wd2Hr6Nb3Vx8Qt5Kz")) // want `hardcoded secret passed as session secret`

// fixedStore takes both keys from the environment.
var fixedStore = sessions.NewCookieStore([]byte(os.Getenv("SESSION_AUTH_KEY")), []byte(os.Getenv("SESSION_ENC_KEY"))) // ok: AV101

var fsStore = sessions.NewFilesystemStore("/var/lib/app/sessions", []byte("Tc4Xm7Qv1Lz9Bn6Wr2Hk")) // want `hardcoded secret passed as session secret`

func handler(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session-name") // ok: AV101
	sess.Values["token_type"] = "session"   // ok: AV101
	sess.Save(r, w)
}

func main() {
	_, _ = fixedStore, fsStore
	http.HandleFunc("/", handler)
	http.ListenAndServe(":8080", nil)
}
