// Command go-api is a small net/http service with the debugging aids that often ship by accident:
// pprof on the public listener and DEBUG logging. apivet reports both; run
// `apivet ./examples/...` from the repository root.
package main

import (
	"encoding/json"
	"log"
	"log/slog"
	"net/http"
	_ "net/http/pprof"
	"os"
)

type user struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug}))
	slog.SetDefault(logger)

	http.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		slog.Debug("get user", "id", r.PathValue("id"), "auth", r.Header.Get("Authorization"))
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(user{ID: 1, Name: "ada"})
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
