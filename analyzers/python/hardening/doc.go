// Package hardening defines analyzers that report missing HTTP hardening in Python web
// application code: CORS that lets any origin make credentialed requests (AV701), error details
// sent to clients (AV702), Flask apps reading request bodies without MAX_CONTENT_LENGTH (AV704)
// and session cookies without the Secure or HttpOnly flag (AV705). AV703 (server timeouts) is a
// Go rule: Python servers (gunicorn, uvicorn) carry their own timeouts.
//
// Only constants and literal configurations are judged: values read from the environment or a
// configuration object are decided at run time and left alone. Names are resolved through the
// file's imports (flask_cors.CORS, starlette.middleware.cors.CORSMiddleware, flask.request), not
// by the variables that hold them. Test files are skipped by every analyzer.
//
// AV701 reads, through the driver's pre-pass (Project), the flask-cors settings of the
// configuration classes and modules of other files, for app.config.from_object of one of them.
package hardening
