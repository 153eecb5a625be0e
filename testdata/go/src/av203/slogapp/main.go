// Command slogapp configures log/slog in the ways AV203 must and must not report.
package main

import (
	"flag"
	"log"
	"log/slog"
	"net/http"
	"os"
)

type config struct {
	Addr     string
	LogLevel slog.Level
}

// verbosest is a named constant level below DEBUG.
const verbosest = slog.LevelDebug - 4

func main() {
	slog.SetLogLoggerLevel(slog.LevelDebug) // want `log level set to DEBUG in code: debug logs record request data, tokens and personal data that production logs must not keep; read the level from configuration \(e\.g\. LOG_LEVEL\)`

	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		AddSource: true,
		Level:     slog.LevelDebug, // want `log level set to DEBUG in code`
	}))
	slog.SetDefault(logger)

	mux := http.NewServeMux()
	mux.HandleFunc("/users", func(w http.ResponseWriter, r *http.Request) {
		logger.Debug("request", "headers", r.Header)
		w.Write([]byte(`[]`))
	})
	log.Fatal(http.ListenAndServe(":8080", mux))
}

func textHandler() slog.Handler {
	opts := slog.HandlerOptions{Level: verbosest} // want `log level set to DEBUG in code`
	return slog.NewTextHandler(os.Stderr, &opts)
}

func assignedLevel() *slog.HandlerOptions {
	opts := new(slog.HandlerOptions)
	opts.Level = slog.LevelDebug // want `log level set to DEBUG in code`
	return opts
}

// fromEnvironment parses the level from LOG_LEVEL.
func fromEnvironment() {
	var level slog.Level
	if err := level.UnmarshalText([]byte(os.Getenv("LOG_LEVEL"))); err != nil {
		level = slog.LevelInfo
	}
	slog.SetLogLoggerLevel(level)                                           // ok: AV203
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: level}) // ok: AV203
	slog.SetDefault(slog.New(h))
}

func fromConfiguration(cfg config) {
	slog.SetLogLoggerLevel(cfg.LogLevel)            // ok: AV203
	slog.SetLogLoggerLevel(slog.LevelInfo)          // ok: AV203
	_ = &slog.HandlerOptions{Level: slog.LevelWarn} // ok: AV203
	_ = slog.HandlerOptions{AddSource: true}        // ok: AV203
	var lvl slog.LevelVar
	_ = slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: &lvl}) // ok: AV203
}

func fromFlag() {
	debug := flag.Bool("debug", false, "log at DEBUG")
	flag.Parse()
	if *debug {
		slog.SetLogLoggerLevel(slog.LevelDebug) // ok: AV203
	}
}
