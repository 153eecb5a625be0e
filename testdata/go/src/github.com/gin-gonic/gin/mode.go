// Package gin is a stub of github.com/gin-gonic/gin for apivet's analyzer tests: the public API
// surface that the analyzers look at, with trivial bodies.
package gin

// EnvGinMode is the environment variable that sets gin's mode.
const EnvGinMode = "GIN_MODE"

const (
	// DebugMode indicates gin mode is debug.
	DebugMode = "debug"
	// ReleaseMode indicates gin mode is release.
	ReleaseMode = "release"
	// TestMode indicates gin mode is test.
	TestMode = "test"
)

var ginMode = DebugMode

// SetMode sets gin mode according to input string.
func SetMode(value string) {
	if value == "" {
		value = DebugMode
	}
	ginMode = value
}

// Mode returns current gin mode.
func Mode() string { return ginMode }

// IsDebugging returns true if the framework is running in debug mode.
func IsDebugging() bool { return ginMode == DebugMode }

// DisableConsoleColor disables color output in the console.
func DisableConsoleColor() {}
