// Package logrus is a stub of github.com/sirupsen/logrus for apivet's analyzer tests: the public
// API surface that the analyzers look at, with trivial bodies.
package logrus

import (
	"fmt"
	"strings"
)

// Fields type, used to pass to `WithFields`.
type Fields map[string]interface{}

// Level type.
type Level uint32

// These are the different logging levels.
const (
	// PanicLevel level, highest level of severity.
	PanicLevel Level = iota
	// FatalLevel level. Logs and then calls `logger.Exit(1)`.
	FatalLevel
	// ErrorLevel level. Used for errors that should definitely be noted.
	ErrorLevel
	// WarnLevel level. Non-critical entries that deserve eyes.
	WarnLevel
	// InfoLevel level. General operational entries about what's going on inside the application.
	InfoLevel
	// DebugLevel level. Usually only enabled when debugging. Very verbose logging.
	DebugLevel
	// TraceLevel level. Designates finer-grained informational events than the Debug.
	TraceLevel
)

// AllLevels exposing all logging levels.
var AllLevels = []Level{PanicLevel, FatalLevel, ErrorLevel, WarnLevel, InfoLevel, DebugLevel, TraceLevel}

// String converts the Level to a string. E.g. PanicLevel becomes "panic".
func (level Level) String() string {
	switch level {
	case TraceLevel:
		return "trace"
	case DebugLevel:
		return "debug"
	case InfoLevel:
		return "info"
	case WarnLevel:
		return "warning"
	case ErrorLevel:
		return "error"
	case FatalLevel:
		return "fatal"
	case PanicLevel:
		return "panic"
	}
	return "unknown"
}

// ParseLevel takes a string level and returns the Logrus log level constant.
func ParseLevel(lvl string) (Level, error) {
	for _, l := range AllLevels {
		if strings.EqualFold(lvl, l.String()) {
			return l, nil
		}
	}
	var l Level
	return l, fmt.Errorf("not a valid logrus Level: %q", lvl)
}

// Formatter is implemented by the log formatters.
type Formatter interface {
	Format(*Entry) ([]byte, error)
}

// JSONFormatter formats logs into parsable json.
type JSONFormatter struct {
	TimestampFormat  string
	DisableTimestamp bool
	PrettyPrint      bool
}

// Format renders a single log entry.
func (f *JSONFormatter) Format(entry *Entry) ([]byte, error) { return nil, nil }

// TextFormatter formats logs into text.
type TextFormatter struct {
	DisableColors   bool
	FullTimestamp   bool
	TimestampFormat string
}

// Format renders a single log entry.
func (f *TextFormatter) Format(entry *Entry) ([]byte, error) { return nil, nil }

// Hook to be fired when logging on the logging levels returned from `Levels()`.
type Hook interface {
	Levels() []Level
	Fire(*Entry) error
}

// LevelHooks is an internal type for storing the hooks on a logger instance.
type LevelHooks map[Level][]Hook

// FieldLogger generalizes the Entry and Logger types.
type FieldLogger interface {
	WithField(key string, value interface{}) *Entry
	WithFields(fields Fields) *Entry
	WithError(err error) *Entry

	Debugf(format string, args ...interface{})
	Infof(format string, args ...interface{})
	Warnf(format string, args ...interface{})
	Errorf(format string, args ...interface{})

	Debug(args ...interface{})
	Info(args ...interface{})
	Warn(args ...interface{})
	Error(args ...interface{})
}
