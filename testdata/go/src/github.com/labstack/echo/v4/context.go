package echo

import (
	"mime/multipart"
	"net/http"
	"net/url"
)

// Context represents the context of the current HTTP request. It holds request and response
// objects, path, path parameters, data and registered handler.
type Context interface {
	Request() *http.Request
	SetRequest(r *http.Request)
	Response() *Response
	IsTLS() bool
	Scheme() string
	RealIP() string
	Path() string
	Param(name string) string
	ParamNames() []string
	ParamValues() []string
	QueryParam(name string) string
	QueryParams() url.Values
	QueryString() string
	FormValue(name string) string
	FormParams() (url.Values, error)
	FormFile(name string) (*multipart.FileHeader, error)
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	Get(key string) interface{}
	Set(key string, val interface{})
	Bind(i interface{}) error
	Validate(i interface{}) error
	Render(code int, name string, data interface{}) error
	HTML(code int, html string) error
	String(code int, s string) error
	JSON(code int, i interface{}) error
	JSONPretty(code int, i interface{}, indent string) error
	Blob(code int, contentType string, b []byte) error
	File(file string) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Error(err error)
	Handler() HandlerFunc
	Echo() *Echo
}

// Response wraps an http.ResponseWriter and implements its interface to be used by an HTTP
// handler to construct an HTTP response.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

// Header returns the header map for the writer that will be sent by WriteHeader.
func (r *Response) Header() http.Header { return r.Writer.Header() }

// WriteHeader sends an HTTP response header with status code.
func (r *Response) WriteHeader(code int) {
	r.Status = code
	r.Writer.WriteHeader(code)
	r.Committed = true
}

// Write writes the data to the connection as part of an HTTP reply.
func (r *Response) Write(b []byte) (n int, err error) {
	n, err = r.Writer.Write(b)
	r.Size += int64(n)
	return
}
