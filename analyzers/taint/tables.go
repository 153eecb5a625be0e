package taint

import (
	"go/types"
)

// Import paths of the frameworks the analysis knows.
const (
	httpPath  = "net/http"
	ginPath   = "github.com/gin-gonic/gin"
	echoPath  = "github.com/labstack/echo/v4"
	chiPath   = "github.com/go-chi/chi/v5"
	muxPath   = "github.com/gorilla/mux"
	sqlxPath  = "github.com/jmoiron/sqlx"
	gormPath  = "gorm.io/gorm"
	restyPath = "github.com/go-resty/resty/v2"
	sqlPath   = "database/sql"
	execPath  = "os/exec"
	filepathP = "path/filepath"
)

// requestField reports whether field i of the struct t points to is request data the client
// chose: r.URL, r.Form, r.Header, r.Body, ...
func requestField(t types.Type, i int) (string, bool) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != httpPath || n.Obj().Name() != "Request" {
		return "", false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return "", false
	}
	switch name := st.Field(i).Name(); name {
	case "URL", "Form", "PostForm", "MultipartForm", "Header", "Body", "RequestURI", "Host", "Trailer":
		return "r." + name, true
	}
	return "", false
}

// fieldClears returns the sink kinds that field i of the struct t points to is already cleaned
// for: multipart.FileHeader.Filename holds only the last element of the client's file name
// (mime/multipart applies filepath.Base to it).
func fieldClears(t types.Type, i int) uint16 {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "mime/multipart" || n.Obj().Name() != "FileHeader" {
		return 0
	}
	if st, ok := n.Underlying().(*types.Struct); ok && i < st.NumFields() && st.Field(i).Name() == "Filename" {
		return Path.bit()
	}
	return 0
}

// sourceCalls are the calls whose results are request data, with a fallback description.
var sourceCalls = map[key]string{}

// bindCalls fill their argument (by index) with request data: c.ShouldBindJSON(&req).
var bindCalls = map[key]int{}

func init() {
	for _, m := range []string{"FormValue", "PostFormValue", "PathValue", "Referer", "UserAgent", "Cookie", "Cookies", "FormFile", "MultipartReader"} {
		sourceCalls[key{httpPath, "Request", m}] = "r." + m
	}
	for _, m := range []string{"Query", "DefaultQuery", "GetQuery", "QueryArray", "GetQueryArray", "QueryMap", "GetQueryMap",
		"Param", "PostForm", "DefaultPostForm", "GetPostForm", "PostFormArray", "GetPostFormArray", "PostFormMap",
		"GetHeader", "Cookie", "GetRawData", "FormFile", "MultipartForm"} {
		sourceCalls[key{ginPath, "Context", m}] = "c." + m
	}
	for _, m := range []string{"Bind", "BindJSON", "BindQuery", "BindUri", "BindHeader", "BindXML", "BindYAML", "BindWith",
		"ShouldBind", "ShouldBindJSON", "ShouldBindQuery", "ShouldBindUri", "ShouldBindHeader", "ShouldBindXML",
		"ShouldBindYAML", "ShouldBindWith", "ShouldBindBodyWith", "MustBindWith"} {
		bindCalls[key{ginPath, "Context", m}] = 0
	}
	for _, m := range []string{"QueryParam", "QueryParams", "QueryString", "Param", "ParamValues", "FormValue", "FormParams", "FormFile", "Cookie", "Cookies", "MultipartForm"} {
		sourceCalls[key{echoPath, "Context", m}] = "c." + m
	}
	bindCalls[key{echoPath, "Context", "Bind"}] = 0
	sourceCalls[key{chiPath, "", "URLParam"}] = "chi.URLParam"
	sourceCalls[key{chiPath, "", "URLParamFromCtx"}] = "chi.URLParamFromCtx"
	sourceCalls[key{chiPath, "Context", "URLParam"}] = "chi URLParam"
	sourceCalls[key{muxPath, "", "Vars"}] = "mux.Vars"
}

// decodeInto decode their receiver (or first argument) into the argument at the index.
var decodeInto = map[key]int{
	{"encoding/json", "Decoder", "Decode"}:    0,
	{"encoding/xml", "Decoder", "Decode"}:     0,
	{"encoding/gob", "Decoder", "Decode"}:     0,
	{"gopkg.in/yaml.v3", "Decoder", "Decode"}: 0,
	{"encoding/json", "", "Unmarshal"}:        1,
	{"encoding/xml", "", "Unmarshal"}:         1,
	{"gopkg.in/yaml.v3", "", "Unmarshal"}:     1,
	{"io", "", "ReadFull"}:                    1,
}

// copyInto write their arguments after the first into the first (when it is a local
// variable: fmt.Fprintf(&buf, ...), io.Copy(&buf, r.Body)).
var copyInto = map[key]bool{
	{"fmt", "", "Fprintf"}:  true,
	{"fmt", "", "Fprint"}:   true,
	{"fmt", "", "Fprintln"}: true,
	{"io", "", "Copy"}:      true,
	{"io", "", "CopyN"}:     true,
}

// writeInto write their arguments into their receiver.
var writeInto = map[key]bool{}

// fprint write their arguments after the first into the first.
var fprint = map[key]bool{
	{"fmt", "", "Fprintf"}:  true,
	{"fmt", "", "Fprint"}:   true,
	{"fmt", "", "Fprintln"}: true,
}

func init() {
	for _, t := range []key{{"strings", "Builder", ""}, {"bytes", "Buffer", ""}, {"bufio", "Writer", ""}} {
		for _, m := range []string{"Write", "WriteString", "WriteByte", "WriteRune", "ReadFrom"} {
			writeInto[key{t.pkg, t.recv, m}] = true
		}
	}
}

// sanitizers end a flow whatever the sink: their results hold no request text.
var sanitizers = map[key]bool{
	{"github.com/google/uuid", "", "Parse"}:     true,
	{"github.com/google/uuid", "", "MustParse"}: true,
	{"net/url", "", "QueryEscape"}:              true,
	{"net/url", "", "PathEscape"}:               true,
}

// clearingCalls sanitise their result for some sink kinds only.
var clearingCalls = map[key]uint16{
	{"html", "", "EscapeString"}:                 HTML.bit(),
	{"html/template", "", "HTMLEscapeString"}:    HTML.bit(),
	{"html/template", "", "JSEscapeString"}:      HTML.bit(),
	{"text/template", "", "HTMLEscapeString"}:    HTML.bit(),
	{filepathP, "", "Base"}:                      Path.bit(),
	{"path", "", "Base"}:                         Path.bit(),
	{"encoding/json", "", "Marshal"}:             HTML.bit(),
	{"html/template", "", "HTMLEscaper"}:         HTML.bit(),
	{"github.com/google/uuid", "UUID", "String"}: allKinds,
	{"mime/multipart", "Part", "FileName"}:       Path.bit(),
}

// visiblePkgs are the packages whose functions show as steps of a flow (fmt.Sprintf,
// filepath.Join, strings.Join); calls elsewhere carry data silently.
var visiblePkgs = map[string]bool{
	"fmt": true, "strings": true, "bytes": true, "path": true, filepathP: true, "net/url": true, "io": true,
}

// visibleMethods are the methods shown as steps.
var visibleMethods = map[key]bool{
	{"strings", "Builder", "String"}: true,
	{"bytes", "Buffer", "String"}:    true,
	{"bytes", "Buffer", "Bytes"}:     true,
	{"net/url", "URL", "String"}:     true,
}

// cleanedBy returns the kinds a visible step clears; none so far (kept for filepath steps).
func cleanedBy(key) uint16 { return 0 }

type sinkSpec struct {
	kind  Kind
	arg   int  // index among the arguments, receiver excluded
	sniff bool // a response body whose type net/http sniffs: only data read straight from the request counts
}

// sinkCalls are the calls with an argument that must not be request data.
var sinkCalls = map[key][]sinkSpec{}

func addSink(kind Kind, pkg, recv string, arg int, names ...string) {
	for _, n := range names {
		k := key{pkg, recv, n}
		sinkCalls[k] = append(sinkCalls[k], sinkSpec{kind: kind, arg: arg})
	}
}

func init() {
	for _, t := range []string{"DB", "Tx", "Conn"} {
		addSink(SQL, sqlPath, t, 0, "Query", "QueryRow", "Exec", "Prepare")
		addSink(SQL, sqlPath, t, 1, "QueryContext", "QueryRowContext", "ExecContext", "PrepareContext")
	}
	for _, t := range []string{"DB", "Tx"} {
		addSink(SQL, sqlxPath, t, 1, "Select", "Get")
		addSink(SQL, sqlxPath, t, 2, "SelectContext", "GetContext")
		addSink(SQL, sqlxPath, t, 0, "Queryx", "QueryRowx", "NamedExec", "NamedQuery", "MustExec", "Preparex")
	}
	for _, p := range []string{"github.com/jackc/pgx/v5", "github.com/jackc/pgx/v4"} {
		for _, t := range []string{"Conn", "Tx"} {
			addSink(SQL, p, t, 1, "Query", "QueryRow", "Exec")
		}
		addSink(SQL, p+"/pgxpool", "Pool", 1, "Query", "QueryRow", "Exec")
		addSink(SQL, p+"/pgxpool", "Conn", 1, "Query", "QueryRow", "Exec")
		addSink(SQL, p+"/pgxpool", "Tx", 1, "Query", "QueryRow", "Exec")
	}
	addSink(SQL, gormPath, "DB", 0, "Raw", "Exec", "Where", "Or", "Not", "Order", "Group", "Having", "Select", "Joins")

	addSink(Command, execPath, "", 0, "Command")
	addSink(Command, execPath, "", 1, "CommandContext")

	addSink(HTML, echoPath, "Context", 1, "HTML")
	addSink(HTML, "text/template", "Template", 0, "Parse")
	addSink(HTML, "html/template", "Template", 0, "Parse")

	addSink(Path, "os", "", 0, "Open", "OpenFile", "ReadFile", "WriteFile", "Create", "Remove", "RemoveAll", "Mkdir", "MkdirAll", "ReadDir", "Truncate", "Chmod")
	addSink(Path, "io/ioutil", "", 0, "ReadFile", "WriteFile", "ReadDir")
	addSink(Path, httpPath, "", 2, "ServeFile")
	addSink(Path, ginPath, "Context", 0, "File", "FileAttachment")
	addSink(Path, ginPath, "Context", 1, "SaveUploadedFile")
	addSink(Path, echoPath, "Context", 0, "File", "Attachment", "Inline")

	addSink(Redirect, httpPath, "", 2, "Redirect")
	addSink(Redirect, ginPath, "Context", 1, "Redirect")
	addSink(Redirect, echoPath, "Context", 1, "Redirect")

	addSink(Deserialize, "encoding/gob", "", 0, "NewDecoder")

	addSink(SSRF, httpPath, "", 0, "Get", "Head", "Post", "PostForm")
	addSink(SSRF, httpPath, "Client", 0, "Get", "Head", "Post", "PostForm")
	addSink(SSRF, httpPath, "", 1, "NewRequest")
	addSink(SSRF, httpPath, "", 2, "NewRequestWithContext")
	addSink(SSRF, restyPath, "Request", 0, "Get", "Head", "Post", "Put", "Delete", "Options", "Patch")
	addSink(SSRF, restyPath, "Request", 1, "Execute")
	addSink(SSRF, restyPath, "Client", 0, "SetBaseURL", "SetHostURL")
	addSink(SSRF, "net", "", 1, "Dial", "DialTimeout")
	addSink(SSRF, "net", "Dialer", 1, "Dial")
	addSink(SSRF, "net", "Dialer", 2, "DialContext")
}
