package nethttp

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"io"
	"net/http"
	"os"
)

type job struct{ Name string }

func submit(w http.ResponseWriter, r *http.Request) {
	var j job
	gob.NewDecoder(r.Body).Decode(&j) // want `r.Body \(line 16\) reaches gob.NewDecoder: decoding request bodies with encoding/gob`
	body, _ := io.ReadAll(r.Body)
	gob.NewDecoder(bytes.NewReader(body)).Decode(&j) // want `reaches gob.NewDecoder through io.ReadAll`
	json.NewDecoder(r.Body).Decode(&j)               // ok: AV406
}

func fromDisk() {
	f, _ := os.Open("jobs.gob")
	var j job
	gob.NewDecoder(f).Decode(&j) // ok: AV406
}
