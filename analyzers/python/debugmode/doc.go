// Package debugmode defines analyzers that report debug switches left on in Python web
// application code: a framework's debug mode (AV201: Flask, Werkzeug, Django, FastAPI, Starlette)
// and the log level set to DEBUG (AV203: logging, Flask, Django LOGGING).
//
// Only constants are reported: a value read from the environment, a configuration lookup, a
// name or a call is decided at run time and left alone, and so is a statement that runs only
// under a run-time condition (an if/elif/else branch, a match case, an except handler). The
// `if __name__ == "__main__":` block is not such a condition: it is how the seed article and
// most tutorials start the server, so what it holds runs in production. Test files are skipped.
package debugmode
