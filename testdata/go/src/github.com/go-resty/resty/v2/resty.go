// Package resty is a test stub of github.com/go-resty/resty/v2 (v2.17): the exported API surface
// the analyzers resolve by type, with the real signatures and trivial bodies.
package resty

import (
	"context"
	"crypto/tls"
	"net/http"
	"net/url"
	"time"
)

type Client struct {
	BaseURL    string
	HostURL    string // Deprecated: use BaseURL instead.
	QueryParam url.Values
	FormData   url.Values
	Header     http.Header
	Token      string
	AuthScheme string
	Cookies    []*http.Cookie
}

func New() *Client                          { return &Client{} }
func NewWithClient(hc *http.Client) *Client { return &Client{} }

func (c *Client) SetHostURL(url string) *Client                    { return c }
func (c *Client) SetBaseURL(url string) *Client                    { return c }
func (c *Client) SetHeader(header, value string) *Client           { return c }
func (c *Client) SetHeaders(headers map[string]string) *Client     { return c }
func (c *Client) SetHeaderVerbatim(header, value string) *Client   { return c }
func (c *Client) SetCookie(hc *http.Cookie) *Client                { return c }
func (c *Client) SetCookies(cs []*http.Cookie) *Client             { return c }
func (c *Client) SetQueryParam(param, value string) *Client        { return c }
func (c *Client) SetQueryParams(params map[string]string) *Client  { return c }
func (c *Client) SetFormData(data map[string]string) *Client       { return c }
func (c *Client) SetBasicAuth(username, password string) *Client   { return c }
func (c *Client) SetAuthToken(token string) *Client                { return c }
func (c *Client) SetAuthScheme(scheme string) *Client              { return c }
func (c *Client) SetDigestAuth(username, password string) *Client  { return c }
func (c *Client) SetDebug(d bool) *Client                          { return c }
func (c *Client) SetTimeout(timeout time.Duration) *Client         { return c }
func (c *Client) SetRetryCount(count int) *Client                  { return c }
func (c *Client) SetTLSClientConfig(config *tls.Config) *Client    { return c }
func (c *Client) SetRootCertificate(pemFilePath string) *Client    { return c }
func (c *Client) SetCertificates(certs ...tls.Certificate) *Client { return c }
func (c *Client) SetTransport(transport http.RoundTripper) *Client { return c }
func (c *Client) SetProxy(proxyURL string) *Client                 { return c }
func (c *Client) SetCookieJar(jar http.CookieJar) *Client          { return c }

func (c *Client) R() *Request          { return &Request{} }
func (c *Client) NewRequest() *Request { return c.R() }

type Request struct {
	URL        string
	Method     string
	Token      string
	AuthScheme string
	QueryParam url.Values
	FormData   url.Values
	Header     http.Header
	Body       interface{}
	Result     interface{}
	Error      interface{}
}

func (r *Request) Context() context.Context                            { return context.Background() }
func (r *Request) SetContext(ctx context.Context) *Request             { return r }
func (r *Request) SetHeader(header, value string) *Request             { return r }
func (r *Request) SetHeaders(headers map[string]string) *Request       { return r }
func (r *Request) SetHeaderVerbatim(header, value string) *Request     { return r }
func (r *Request) SetQueryParam(param, value string) *Request          { return r }
func (r *Request) SetQueryParams(params map[string]string) *Request    { return r }
func (r *Request) SetQueryParamsFromValues(params url.Values) *Request { return r }
func (r *Request) SetQueryString(query string) *Request                { return r }
func (r *Request) SetFormData(data map[string]string) *Request         { return r }
func (r *Request) SetBody(body interface{}) *Request                   { return r }
func (r *Request) SetResult(res interface{}) *Request                  { return r }
func (r *Request) SetError(err interface{}) *Request                   { return r }
func (r *Request) SetBasicAuth(username, password string) *Request     { return r }
func (r *Request) SetAuthToken(token string) *Request                  { return r }
func (r *Request) SetAuthScheme(scheme string) *Request                { return r }
func (r *Request) SetDigestAuth(username, password string) *Request    { return r }
func (r *Request) SetPathParam(param, value string) *Request           { return r }
func (r *Request) SetPathParams(params map[string]string) *Request     { return r }
func (r *Request) SetCookie(hc *http.Cookie) *Request                  { return r }
func (r *Request) SetCookies(rs []*http.Cookie) *Request               { return r }

func (r *Request) Get(url string) (*Response, error)             { return r.Execute("GET", url) }
func (r *Request) Head(url string) (*Response, error)            { return r.Execute("HEAD", url) }
func (r *Request) Post(url string) (*Response, error)            { return r.Execute("POST", url) }
func (r *Request) Put(url string) (*Response, error)             { return r.Execute("PUT", url) }
func (r *Request) Delete(url string) (*Response, error)          { return r.Execute("DELETE", url) }
func (r *Request) Options(url string) (*Response, error)         { return r.Execute("OPTIONS", url) }
func (r *Request) Patch(url string) (*Response, error)           { return r.Execute("PATCH", url) }
func (r *Request) Send() (*Response, error)                      { return r.Execute(r.Method, r.URL) }
func (r *Request) Execute(method, url string) (*Response, error) { return &Response{Request: r}, nil }

type Response struct {
	Request     *Request
	RawResponse *http.Response
}

func (r *Response) Body() []byte        { return nil }
func (r *Response) Status() string      { return "" }
func (r *Response) StatusCode() int     { return 0 }
func (r *Response) Header() http.Header { return nil }
func (r *Response) String() string      { return "" }
func (r *Response) IsSuccess() bool     { return true }
func (r *Response) IsError() bool       { return false }
