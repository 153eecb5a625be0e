package logrus

import (
	"io"
	"os"
	"sync/atomic"
	"time"
)

// Logger is a logrus logger.
type Logger struct {
	// The logs are `io.Copy`'d to this in a mutex.
	Out io.Writer
	// Hooks for the logger instance.
	Hooks LevelHooks
	// All log entries pass through the formatter before logged to Out.
	Formatter Formatter
	// Flag for whether to log caller info (off by default).
	ReportCaller bool
	// The logging level the logger should log at. This is typically (and defaults to)
	// `logrus.Info`, which allows Info(), Warn(), Error() and Fatal() to be logged.
	Level Level
	// Function to exit the application, defaults to `os.Exit()`.
	ExitFunc func(int)
}

// New creates a new logger. Configuration should be set by changing `Formatter`, `Out` and
// `Hooks` directly on the default logger instance.
func New() *Logger {
	return &Logger{
		Out:       os.Stderr,
		Formatter: new(TextFormatter),
		Hooks:     make(LevelHooks),
		Level:     InfoLevel,
		ExitFunc:  os.Exit,
	}
}

func (logger *Logger) level() Level { return Level(atomic.LoadUint32((*uint32)(&logger.Level))) }

// SetLevel sets the logger level.
func (logger *Logger) SetLevel(level Level) {
	atomic.StoreUint32((*uint32)(&logger.Level), uint32(level))
}

// GetLevel returns the logger level.
func (logger *Logger) GetLevel() Level { return logger.level() }

// IsLevelEnabled checks if the log level of the logger is greater than the level param.
func (logger *Logger) IsLevelEnabled(level Level) bool { return logger.level() >= level }

// SetOutput sets the logger output.
func (logger *Logger) SetOutput(output io.Writer) { logger.Out = output }

// SetFormatter sets the logger formatter.
func (logger *Logger) SetFormatter(formatter Formatter) { logger.Formatter = formatter }

// SetReportCaller sets whether the caller is logged.
func (logger *Logger) SetReportCaller(reportCaller bool) { logger.ReportCaller = reportCaller }

// AddHook adds a hook to the logger hooks.
func (logger *Logger) AddHook(hook Hook) {
	for _, level := range hook.Levels() {
		logger.Hooks[level] = append(logger.Hooks[level], hook)
	}
}

// WithField allocates a new entry and adds a field to it.
func (logger *Logger) WithField(key string, value interface{}) *Entry {
	return logger.WithFields(Fields{key: value})
}

// WithFields adds a struct of fields to the log entry.
func (logger *Logger) WithFields(fields Fields) *Entry {
	return &Entry{Logger: logger, Data: fields}
}

// WithError adds an error as single field to the log entry.
func (logger *Logger) WithError(err error) *Entry { return logger.WithField("error", err) }

// Tracef logs a message at level Trace.
func (logger *Logger) Tracef(format string, args ...interface{}) {}

// Debugf logs a message at level Debug.
func (logger *Logger) Debugf(format string, args ...interface{}) {}

// Infof logs a message at level Info.
func (logger *Logger) Infof(format string, args ...interface{}) {}

// Printf logs a message at level Info.
func (logger *Logger) Printf(format string, args ...interface{}) {}

// Warnf logs a message at level Warn.
func (logger *Logger) Warnf(format string, args ...interface{}) {}

// Errorf logs a message at level Error.
func (logger *Logger) Errorf(format string, args ...interface{}) {}

// Fatalf logs a message at level Fatal and exits.
func (logger *Logger) Fatalf(format string, args ...interface{}) { logger.ExitFunc(1) }

// Trace logs a message at level Trace.
func (logger *Logger) Trace(args ...interface{}) {}

// Debug logs a message at level Debug.
func (logger *Logger) Debug(args ...interface{}) {}

// Info logs a message at level Info.
func (logger *Logger) Info(args ...interface{}) {}

// Print logs a message at level Info.
func (logger *Logger) Print(args ...interface{}) {}

// Warn logs a message at level Warn.
func (logger *Logger) Warn(args ...interface{}) {}

// Error logs a message at level Error.
func (logger *Logger) Error(args ...interface{}) {}

// Fatal logs a message at level Fatal and exits.
func (logger *Logger) Fatal(args ...interface{}) { logger.ExitFunc(1) }

// Entry is the final or intermediate Logrus logging entry.
type Entry struct {
	Logger  *Logger
	Data    Fields
	Time    time.Time
	Level   Level
	Message string
}

// WithField adds a single field to the Entry.
func (entry *Entry) WithField(key string, value interface{}) *Entry {
	return entry.WithFields(Fields{key: value})
}

// WithFields adds a map of fields to the Entry.
func (entry *Entry) WithFields(fields Fields) *Entry {
	data := make(Fields, len(entry.Data)+len(fields))
	for k, v := range entry.Data {
		data[k] = v
	}
	for k, v := range fields {
		data[k] = v
	}
	return &Entry{Logger: entry.Logger, Data: data, Time: entry.Time}
}

// WithError adds an error as single field (using the key defined in ErrorKey) to the Entry.
func (entry *Entry) WithError(err error) *Entry { return entry.WithField("error", err) }

// Debugf logs a message at level Debug.
func (entry *Entry) Debugf(format string, args ...interface{}) {}

// Infof logs a message at level Info.
func (entry *Entry) Infof(format string, args ...interface{}) {}

// Warnf logs a message at level Warn.
func (entry *Entry) Warnf(format string, args ...interface{}) {}

// Errorf logs a message at level Error.
func (entry *Entry) Errorf(format string, args ...interface{}) {}

// Debug logs a message at level Debug.
func (entry *Entry) Debug(args ...interface{}) {}

// Info logs a message at level Info.
func (entry *Entry) Info(args ...interface{}) {}

// Warn logs a message at level Warn.
func (entry *Entry) Warn(args ...interface{}) {}

// Error logs a message at level Error.
func (entry *Entry) Error(args ...interface{}) {}
