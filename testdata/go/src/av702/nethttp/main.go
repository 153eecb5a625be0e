// Command nethttp answers errors with and without internal details.
package main

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"runtime/debug"
	"strconv"
)

var db *sql.DB

var errNotFound = errors.New("not found")

func order(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // ok: AV702 (the client's mistake)
		return
	}
	row := db.QueryRow("SELECT name FROM orders WHERE id = ?", id)
	var name string
	if err := row.Scan(&name); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `http\.Error sends the error text to the client with status 500: error messages reveal SQL, file paths`
		return
	}
	if err := row.Err(); err != nil {
		http.Error(w, "query failed: "+err.Error(), 500) // want `http\.Error sends the error text to the client with status 500`
		return
	}
	if err := row.Err(); err != nil {
		http.Error(w, fmt.Sprintf("query failed: %v", err), http.StatusBadGateway) // want `http\.Error sends the error text to the client with status 502`
		return
	}
	if err := row.Err(); err != nil {
		log.Printf("order %d: %v", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError) // ok: AV702
		return
	}
	fmt.Fprintf(w, "order %s", name)
}

func export(w http.ResponseWriter, r *http.Request) {
	data, err := json.Marshal(r.URL.Query())
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `json\.NewEncoder\(w\)\.Encode sends the error text to the client with status 500`
		return
	}
	if len(data) > 1<<20 {
		w.WriteHeader(http.StatusRequestEntityTooLarge)
		fmt.Fprintf(w, "too large: %v", err) // ok: AV702 (a client error status)
		return
	}
	if err := check(data); err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, err) // want `fmt\.Fprintln sends the error text to the client with status 503`
		return
	}
	if err := check(data); err != nil {
		msg := "export failed: " + err.Error()
		w.WriteHeader(http.StatusInternalServerError)
		io.WriteString(w, msg) // want `io\.WriteString sends the error text to the client with status 500`
		return
	}
	if err := check(data); err != nil {
		w.Write([]byte(err.Error())) // ok: AV702 (status not known: 200 by default, see the Python rule)
		return
	}
	if err := check(data); err != nil {
		http.Error(w, errNotFound.Error(), http.StatusNotFound) // ok: AV702
		return
	}
	w.Write(data)
}

func check(b []byte) error { return nil }

// recoverer answers panics with the panic value and the stack.
func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				log.Printf("panic: %v\n%s", p, debug.Stack()) // ok: AV702 (logged, not sent)
				w.WriteHeader(http.StatusInternalServerError)
				fmt.Fprintf(w, "panic: %v", p) // want `fmt\.Fprintf sends the recovered panic value to the client`
				w.Write(debug.Stack())         // want `w\.Write sends a stack trace to the client`
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func status(code int, err error, w http.ResponseWriter) {
	http.Error(w, err.Error(), code) // ok: AV702 (status not constant)
}

func main() {
	http.HandleFunc("/order", order)
	http.HandleFunc("/export", export)
	http.ListenAndServe(":8080", recoverer(http.DefaultServeMux))
	status(500, nil, nil)
}
