package logrus

import "io"

var std = New()

// StandardLogger returns the standard logger used by the package-level functions.
func StandardLogger() *Logger { return std }

// SetOutput sets the standard logger output.
func SetOutput(out io.Writer) { std.SetOutput(out) }

// SetFormatter sets the standard logger formatter.
func SetFormatter(formatter Formatter) { std.SetFormatter(formatter) }

// SetReportCaller sets whether the standard logger will include the calling method as a field.
func SetReportCaller(include bool) { std.SetReportCaller(include) }

// SetLevel sets the standard logger level.
func SetLevel(level Level) { std.SetLevel(level) }

// GetLevel returns the standard logger level.
func GetLevel() Level { return std.GetLevel() }

// IsLevelEnabled checks if the log level of the standard logger is greater than the level param.
func IsLevelEnabled(level Level) bool { return std.IsLevelEnabled(level) }

// AddHook adds a hook to the standard logger hooks.
func AddHook(hook Hook) { std.AddHook(hook) }

// WithError creates an entry from the standard logger and adds an error to it.
func WithError(err error) *Entry { return std.WithField("error", err) }

// WithField creates an entry from the standard logger and adds a field to it.
func WithField(key string, value interface{}) *Entry { return std.WithField(key, value) }

// WithFields creates an entry from the standard logger and adds multiple fields to it.
func WithFields(fields Fields) *Entry { return std.WithFields(fields) }

// Trace logs a message at level Trace on the standard logger.
func Trace(args ...interface{}) { std.Trace(args...) }

// Debug logs a message at level Debug on the standard logger.
func Debug(args ...interface{}) { std.Debug(args...) }

// Print logs a message at level Info on the standard logger.
func Print(args ...interface{}) { std.Print(args...) }

// Info logs a message at level Info on the standard logger.
func Info(args ...interface{}) { std.Info(args...) }

// Warn logs a message at level Warn on the standard logger.
func Warn(args ...interface{}) { std.Warn(args...) }

// Error logs a message at level Error on the standard logger.
func Error(args ...interface{}) { std.Error(args...) }

// Fatal logs a message at level Fatal on the standard logger then the process will exit.
func Fatal(args ...interface{}) { std.Fatal(args...) }

// Debugf logs a message at level Debug on the standard logger.
func Debugf(format string, args ...interface{}) { std.Debugf(format, args...) }

// Printf logs a message at level Info on the standard logger.
func Printf(format string, args ...interface{}) { std.Printf(format, args...) }

// Infof logs a message at level Info on the standard logger.
func Infof(format string, args ...interface{}) { std.Infof(format, args...) }

// Warnf logs a message at level Warn on the standard logger.
func Warnf(format string, args ...interface{}) { std.Warnf(format, args...) }

// Errorf logs a message at level Error on the standard logger.
func Errorf(format string, args ...interface{}) { std.Errorf(format, args...) }

// Fatalf logs a message at level Fatal on the standard logger then the process will exit.
func Fatalf(format string, args ...interface{}) { std.Fatalf(format, args...) }
