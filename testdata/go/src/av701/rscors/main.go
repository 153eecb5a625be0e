// Command rscors configures rs/cors with and without credentials for any origin.
package main

import (
	"net/http"
	"os"
	"strings"

	"github.com/rs/cors"
)

const anyOrigin = "*"

func allowAll(origin string) bool { return true }

func allowListed(origin string) bool {
	return strings.HasSuffix(origin, ".example.com")
}

func main() {
	mux := http.NewServeMux()

	h1 := cors.New(cors.Options{AllowedOrigins: []string{"*"}, AllowCredentials: true}).Handler(mux) // want `rs/cors accepts every origin \(AllowedOrigins holds "\*"\) with AllowCredentials: it answers any web site with that site's own origin`
	h2 := cors.New(cors.Options{AllowCredentials: true}).Handler(mux)                                // want `rs/cors accepts every origin \(no AllowedOrigins, which means "\*"\) with AllowCredentials`
	h3 := cors.New(cors.Options{                                                                     // want `rs/cors accepts every origin \(AllowOriginFunc returns true for every origin\) with AllowCredentials`
		AllowOriginFunc:  func(origin string) bool { return true },
		AllowCredentials: true,
	}).Handler(mux)
	h4 := cors.New(cors.Options{AllowOriginFunc: allowAll, AllowCredentials: true}).Handler(mux)                       // want `rs/cors accepts every origin \(AllowOriginFunc returns true for every origin\)`
	h5 := cors.New(cors.Options{AllowedOrigins: []string{"https://a.example.com", anyOrigin}, AllowCredentials: true}) // want `rs/cors accepts every origin \(AllowedOrigins holds "\*"\)`

	opts := cors.Options{AllowedOrigins: []string{"https://app.example.com"}}
	opts.AllowedOrigins = []string{"*"}
	opts.AllowCredentials = true
	h6 := cors.New(opts) // want `rs/cors accepts every origin \(AllowedOrigins holds "\*"\)`

	ok1 := cors.New(cors.Options{AllowedOrigins: []string{"https://app.example.com"}, AllowCredentials: true})           // ok: AV701
	ok2 := cors.New(cors.Options{AllowedOrigins: []string{"*"}})                                                         // ok: AV701 (no credentials)
	ok3 := cors.New(cors.Options{AllowOriginFunc: allowListed, AllowCredentials: true})                                  // ok: AV701 (the callback checks)
	ok4 := cors.New(cors.Options{AllowedOrigins: strings.Split(os.Getenv("CORS_ORIGINS"), ","), AllowCredentials: true}) // ok: AV701 (configured)
	ok5 := cors.AllowAll()                                                                                               // ok: AV701 (no credentials)
	ok6 := cors.New(cors.Options{                                                                                        // ok: AV701
		AllowOriginFunc: func(origin string) bool {
			if origin == "https://app.example.com" {
				return true
			}
			return false
		},
		AllowCredentials: true,
	})
	ok7 := cors.New(cors.Options{AllowedOrigins: []string{"*"}, AllowCredentials: os.Getenv("CORS_CREDENTIALS") == "1"}) // ok: AV701 (decided at run time)

	dev := cors.Options{AllowedOrigins: []string{"https://app.example.com"}, AllowCredentials: true}
	if os.Getenv("ENV") == "dev" {
		dev.AllowedOrigins = []string{"*"}
	}
	ok8 := cors.New(dev) // ok: AV701 (the wildcard is conditional)

	_, _, _, _, _, _ = h1, h2, h3, h4, h5, h6
	_, _, _, _, _, _, _, _ = ok1, ok2, ok3, ok4, ok5, ok6, ok7, ok8
}
