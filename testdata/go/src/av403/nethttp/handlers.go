package nethttp

import (
	"fmt"
	"html"
	"html/template"
	"io"
	"net/http"
	ttemplate "text/template"
)

var page = template.Must(template.New("p").Parse(`<p>{{.}}</p>`))
var textPage = ttemplate.Must(ttemplate.New("p").Parse(`<p>{{.}}</p>`))

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Write([]byte(fmt.Sprintf("<h1>Hello %s</h1>", name))) // want `reaches w.Write through fmt.Sprintf: request data written into HTML unescaped`
	fmt.Fprintf(w, "<p>%s</p>", name)                       // want `r.URL.Query\(\).Get\("name"\) \(line 16\) reaches fmt.Fprintf`
	io.WriteString(w, "<div>"+name+"</div>")                // want `reaches io.WriteString`
	fmt.Fprintf(w, "<p>%s</p>", html.EscapeString(name))    // ok: AV403
	page.Execute(w, template.HTML(name))                    // want `reaches template.HTML conversion`
	page.Execute(w, name)                                   // ok: AV403
	textPage.Execute(w, name)                               // want `reaches textPage.Execute`
	fmt.Fprintf(w, "hello %s", name)                        // ok: AV403
}

func plain(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "<p>%s</p>", r.FormValue("q")) // ok: AV403
}

// The template source itself from the request.
func templateSource(w http.ResponseWriter, r *http.Request) {
	src := r.FormValue("layout")
	t, _ := ttemplate.New("page").Parse(src) // want `r.FormValue\("layout"\) \(line 34\) reaches ttemplate.New\("page"\).Parse: a template parsed from request data`
	t.Execute(w, nil)
	h := template.Must(template.New("page").Parse("<p>" + src + "</p>")) // want `reaches template.New\("page"\).Parse through string concatenation: a template parsed`
	h.Execute(w, nil)
	fixed, _ := template.New("page").Parse(`<p>{{.}}</p>`) // ok: AV403
	fixed.Execute(w, src)
}
