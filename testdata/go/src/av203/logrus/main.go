// Command logrus configures github.com/sirupsen/logrus in the ways AV203 must and must not
// report.
package main

import (
	"net/http"
	"os"

	log "github.com/sirupsen/logrus"
)

type server struct {
	log *log.Logger
}

func main() {
	log.SetLevel(log.DebugLevel) // want `log level set to DEBUG in code: debug logs record request data`
	log.SetFormatter(&log.JSONFormatter{})

	s := newServer()
	http.HandleFunc("/users", s.users)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

func newServer() *server {
	logger := log.New()
	logger.SetLevel(log.TraceLevel) // want `log level set to TRACE in code`
	logger.Out = os.Stdout
	return &server{log: logger}
}

func (s *server) users(w http.ResponseWriter, r *http.Request) {
	s.log.WithField("authorization", r.Header.Get("Authorization")).Debug("request")
	w.Write([]byte(`[]`))
}

func otherLoggers() []*log.Logger {
	a := log.New()
	a.Level = log.DebugLevel                                                                   // want `log level set to DEBUG in code`
	b := &log.Logger{Out: os.Stderr, Formatter: new(log.TextFormatter), Level: log.TraceLevel} // want `log level set to TRACE in code`
	log.StandardLogger().SetLevel(log.DebugLevel)                                              // want `log level set to DEBUG in code`
	return []*log.Logger{a, b}
}

// fromEnvironment parses the level from LOG_LEVEL.
func fromEnvironment() {
	level, err := log.ParseLevel(os.Getenv("LOG_LEVEL"))
	if err != nil {
		level = log.InfoLevel
	}
	log.SetLevel(level) // ok: AV203
	logger := log.New()
	logger.Level = level           // ok: AV203
	logger.SetLevel(log.InfoLevel) // ok: AV203
	log.SetLevel(log.WarnLevel)    // ok: AV203
	if os.Getenv("DEBUG") != "" {
		logger.SetLevel(log.DebugLevel) // ok: AV203
	}
	entry := log.WithField("component", "api")
	entry.Level = log.DebugLevel // ok: AV203
}
