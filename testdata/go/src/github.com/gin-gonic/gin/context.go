package gin

import (
	"mime/multipart"
	"net/http"
	"time"
)

// Param is a single URL parameter, consisting of a key and a value.
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice, as returned by the router.
type Params []Param

// ByName returns the value of the first Param which key matches the given name.
func (ps Params) ByName(name string) (va string) {
	for _, p := range ps {
		if p.Key == name {
			return p.Value
		}
	}
	return ""
}

// ResponseWriter is gin's response writer.
type ResponseWriter interface {
	http.ResponseWriter
	http.Flusher

	Status() int
	Size() int
	WriteString(string) (int, error)
	Written() bool
	WriteHeaderNow()
}

// Error represents an error's specification.
type Error struct {
	Err  error
	Type uint64
	Meta any
}

func (msg *Error) Error() string { return msg.Err.Error() }

// Context is the most important part of gin. It allows us to pass variables between middleware,
// manage the flow, validate the JSON of a request and render a JSON response for example.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter
	Params  Params
	Keys    map[string]any
	Errors  []*Error
}

// Next should be used only inside middleware. It executes the pending handlers in the chain.
func (c *Context) Next() {}

// IsAborted returns true if the current context was aborted.
func (c *Context) IsAborted() bool { return false }

// Abort prevents pending handlers from being called.
func (c *Context) Abort() {}

// AbortWithStatus calls `Abort()` and writes the headers with the specified status code.
func (c *Context) AbortWithStatus(code int) {}

// AbortWithStatusJSON calls `Abort()` and then `JSON` internally.
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}

// AbortWithError calls `AbortWithStatus()` and `Error()` internally.
func (c *Context) AbortWithError(code int, err error) *Error { return &Error{Err: err} }

// Error attaches an error to the current context.
func (c *Context) Error(err error) *Error { return &Error{Err: err} }

// Set is used to store a new key/value pair exclusively for this context.
func (c *Context) Set(key string, value any) {
	if c.Keys == nil {
		c.Keys = make(map[string]any)
	}
	c.Keys[key] = value
}

// Get returns the value for the given key, ie: (value, true).
func (c *Context) Get(key string) (value any, exists bool) {
	value, exists = c.Keys[key]
	return
}

// MustGet returns the value for the given key if it exists, otherwise it panics.
func (c *Context) MustGet(key string) any {
	if value, exists := c.Get(key); exists {
		return value
	}
	panic("Key \"" + key + "\" does not exist")
}

// GetString returns the value associated with the key as a string.
func (c *Context) GetString(key string) (s string) {
	s, _ = c.Keys[key].(string)
	return
}

// Param returns the value of the URL param.
func (c *Context) Param(key string) string { return c.Params.ByName(key) }

// Query returns the keyed url query value if it exists, otherwise an empty string.
func (c *Context) Query(key string) (value string) {
	value, _ = c.GetQuery(key)
	return
}

// DefaultQuery returns the keyed url query value if it exists, otherwise defaultValue.
func (c *Context) DefaultQuery(key, defaultValue string) string {
	if value, ok := c.GetQuery(key); ok {
		return value
	}
	return defaultValue
}

// GetQuery is like Query(), it returns the keyed url query value if it exists.
func (c *Context) GetQuery(key string) (string, bool) {
	values := c.Request.URL.Query()[key]
	if len(values) == 0 {
		return "", false
	}
	return values[0], true
}

// QueryArray returns a slice of strings for a given query key.
func (c *Context) QueryArray(key string) []string { return c.Request.URL.Query()[key] }

// PostForm returns the specified key from a POST urlencoded form or multipart form.
func (c *Context) PostForm(key string) string { return c.Request.PostFormValue(key) }

// DefaultPostForm returns the specified key from a POST form, or defaultValue.
func (c *Context) DefaultPostForm(key, defaultValue string) string {
	if v := c.PostForm(key); v != "" {
		return v
	}
	return defaultValue
}

// FormFile returns the first file for the provided form key.
func (c *Context) FormFile(name string) (*multipart.FileHeader, error) {
	_, fh, err := c.Request.FormFile(name)
	return fh, err
}

// SaveUploadedFile uploads the form file to specific dst.
func (c *Context) SaveUploadedFile(file *multipart.FileHeader, dst string) error { return nil }

// Bind checks the Method and Content-Type to select a binding engine automatically.
func (c *Context) Bind(obj any) error { return nil }

// BindJSON is a shortcut for c.MustBindWith(obj, binding.JSON).
func (c *Context) BindJSON(obj any) error { return nil }

// BindQuery is a shortcut for c.MustBindWith(obj, binding.Query).
func (c *Context) BindQuery(obj any) error { return nil }

// ShouldBind checks the Method and Content-Type to select a binding engine automatically.
func (c *Context) ShouldBind(obj any) error { return nil }

// ShouldBindJSON is a shortcut for c.ShouldBindWith(obj, binding.JSON).
func (c *Context) ShouldBindJSON(obj any) error { return nil }

// ShouldBindQuery is a shortcut for c.ShouldBindWith(obj, binding.Query).
func (c *Context) ShouldBindQuery(obj any) error { return nil }

// ShouldBindUri binds the passed struct pointer using the specified binding engine.
func (c *Context) ShouldBindUri(obj any) error { return nil }

// ClientIP implements one best effort algorithm to return the real client IP.
func (c *Context) ClientIP() string { return "" }

// ContentType returns the Content-Type header of the request.
func (c *Context) ContentType() string { return c.GetHeader("Content-Type") }

// GetHeader returns value from request headers.
func (c *Context) GetHeader(key string) string { return c.Request.Header.Get(key) }

// GetRawData returns stream data.
func (c *Context) GetRawData() ([]byte, error) { return nil, nil }

// FullPath returns a matched route full path. For not found routes returns an empty string.
func (c *Context) FullPath() string { return "" }

// Status sets the HTTP response code.
func (c *Context) Status(code int) {}

// Header is an intelligent shortcut for c.Writer.Header().Set(key, value).
func (c *Context) Header(key, value string) {}

// Cookie returns the named cookie provided in the request.
func (c *Context) Cookie(name string) (string, error) { return "", nil }

// SetCookie adds a Set-Cookie header to the ResponseWriter's headers.
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}

// HTML renders the HTTP template specified by its file name.
func (c *Context) HTML(code int, name string, obj any) {}

// JSON serializes the given struct as JSON into the response body.
func (c *Context) JSON(code int, obj any) {}

// IndentedJSON serializes the given struct as pretty JSON into the response body.
func (c *Context) IndentedJSON(code int, obj any) {}

// String writes the given string into the response body.
func (c *Context) String(code int, format string, values ...any) {}

// Redirect returns an HTTP redirect to the specific location.
func (c *Context) Redirect(code int, location string) {}

// Data writes some data into the body stream and updates the HTTP code.
func (c *Context) Data(code int, contentType string, data []byte) {}

// File writes the specified file into the body stream in an efficient way.
func (c *Context) File(filepath string) {}

// Copy returns a copy of the current context that can be safely used outside the request's scope.
func (c *Context) Copy() *Context { cp := *c; return &cp }

// Deadline returns that there is no deadline (ok==false) when c.Request has no Context.
func (c *Context) Deadline() (deadline time.Time, ok bool) { return }

// Done returns nil (chan which will wait forever) when c.Request has no Context.
func (c *Context) Done() <-chan struct{} { return nil }

// Err returns nil when c.Request has no Context.
func (c *Context) Err() error { return nil }

// Value returns the value associated with this context for key.
func (c *Context) Value(key any) any { return nil }
