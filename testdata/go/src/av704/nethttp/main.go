// Command nethttp reads request bodies with and without a size limit.
package main

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"io/ioutil"
	"net/http"
	"os"
)

type order struct{ ID string }

func create(w http.ResponseWriter, r *http.Request) {
	var o order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil { // want `json\.NewDecoder reads the request body without a size limit: .*; first wrap it: r\.Body = http\.MaxBytesReader\(w, r\.Body, 1<<20\)`
		http.Error(w, "bad request", http.StatusBadRequest)
	}
}

func raw(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // want `io\.ReadAll reads the request body without a size limit`
	w.Write(data)
}

func legacy(w http.ResponseWriter, req *http.Request) {
	data, _ := ioutil.ReadAll(req.Body) // want `ioutil\.ReadAll reads the request body without a size limit`
	var o order
	xml.Unmarshal(data, &o)
}

func upload(w http.ResponseWriter, r *http.Request) {
	f, _ := os.Create("/tmp/upload")
	defer f.Close()
	io.Copy(f, r.Body) // want `io\.Copy reads the request body without a size limit`
}

func xmlOrder(w http.ResponseWriter, r *http.Request) {
	var o order
	xml.NewDecoder(r.Body).Decode(&o) // want `xml\.NewDecoder reads the request body without a size limit`
}

func limited(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	var o order
	json.NewDecoder(r.Body).Decode(&o) // ok: AV704 (wrapped above)
}

func limitedInPlace(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20)) // ok: AV704
	var o order
	json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&o) // ok: AV704
	_ = data
}

func nopCloser(w http.ResponseWriter, r *http.Request) {
	r.Body = io.NopCloser(io.LimitReader(r.Body, 1<<20))
	data, _ := io.ReadAll(r.Body) // ok: AV704 (limited above)
	_ = data
}

func closure(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	decode := func(v any) error { return json.NewDecoder(r.Body).Decode(v) } // ok: AV704 (the enclosing handler limits it)
	decode(&order{})
}

// client reads a response body, which is not the server's to limit.
func client() {
	resp, err := http.Get("https://api.example.com/orders")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body) // ok: AV704 (a response, not a request)
	_ = data
}

func main() {
	http.HandleFunc("/orders", create)
	http.HandleFunc("/raw", raw)
	http.HandleFunc("/legacy", legacy)
	http.HandleFunc("/upload", upload)
	http.HandleFunc("/xml", xmlOrder)
	http.HandleFunc("/limited", limited)
	http.HandleFunc("/inplace", limitedInPlace)
	http.HandleFunc("/nop", nopCloser)
	http.HandleFunc("/closure", closure)
	client()
}

// signingTransport reads the body of the request it is about to send: a client, not a server.
type signingTransport struct{ next http.RoundTripper }

func (t signingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	body, err := io.ReadAll(req.Body) // ok: AV704
	if err != nil {
		return nil, err
	}
	_ = body
	return t.next.RoundTrip(req)
}

func multipartUpload(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(32 << 20); err != nil { // want `r\.ParseMultipartForm reads the request body without a size limit: its argument only caps the memory used`
		http.Error(w, "bad form", http.StatusBadRequest)
	}
}

func multipartLimited(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 32<<20)
	r.ParseMultipartForm(8 << 20) // ok: AV704 (wrapped above)
}
