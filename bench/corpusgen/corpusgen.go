// Package corpusgen writes a deterministic synthetic corpus of HTTP API code for benchmarking
// apivet against bandit, gosec and a tree-sitter parse-only baseline: Flask, FastAPI and
// Django/DRF services in Python, and a stdlib-only Go module of net/http services.
//
// The corpus grows linearly with the scale: scale N holds N times the services of scale 1, and
// scale N's services are a prefix of scale N+1's (each service is generated from its own seed),
// so timings at 1x, 4x and 16x measure growth, not a different mix. A sprinkling of insecure
// patterns (debug mode, hardcoded secrets, Basic credentials without base64, verify=False, SQL
// built with f-strings or Sprintf, InsecureSkipVerify, weak hashes, pprof) makes the analyzers do
// real work. Secret-looking values are random and made when the corpus is written, so no
// real-looking token is stored in this repository.
package corpusgen

import (
	"fmt"
	"go/format"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Per scale unit: services of each language (about 200 Python files / 25k lines and 20 Go
// packages / 10k lines at scale 1).
const (
	pythonServicesPerScale = 6
	goPackagesPerScale     = 20
	seed                   = 0x61706976 // "apiv"
)

// Stats counts what was written.
type Stats struct {
	PythonFiles, PythonLines int
	PythonBytes              int64
	GoPackages, GoFiles      int
	GoLines                  int
	GoBytes                  int64
}

func (s Stats) String() string {
	return fmt.Sprintf("python: %d files, %d lines, %.1f MB; go: %d packages, %d files, %d lines, %.1f MB",
		s.PythonFiles, s.PythonLines, float64(s.PythonBytes)/1e6, s.GoPackages, s.GoFiles, s.GoLines, float64(s.GoBytes)/1e6)
}

// Generate writes out/python and out/go for the scale (at least 1).
func Generate(out string, scale int) (Stats, error) {
	st, err := GeneratePython(filepath.Join(out, "python"), scale)
	if err != nil {
		return st, err
	}
	g, err := GenerateGo(filepath.Join(out, "go"), scale)
	st.GoPackages, st.GoFiles, st.GoLines, st.GoBytes = g.GoPackages, g.GoFiles, g.GoLines, g.GoBytes
	return st, err
}

// writer collects files under a root and counts them.
type writer struct {
	root  string
	files int
	lines int
	bytes int64
	err   error
}

func (w *writer) write(rel, content string) {
	if w.err != nil {
		return
	}
	if strings.HasSuffix(rel, ".go") {
		formatted, err := format.Source([]byte(content))
		if err != nil {
			w.err = fmt.Errorf("generated %s does not parse: %v", rel, err)
			return
		}
		content = string(formatted)
	}
	p := filepath.Join(w.root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		w.err = err
		return
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		w.err = err
		return
	}
	w.files++
	w.lines += strings.Count(content, "\n")
	w.bytes += int64(len(content))
}

// src builds one source file line by line; indentation is 4 spaces per level.
type src struct {
	b      strings.Builder
	indent string
}

// l writes one line at the given indentation level.
func (s *src) l(level int, format string, args ...any) {
	if format == "" {
		s.b.WriteByte('\n')
		return
	}
	for i := 0; i < level; i++ {
		s.b.WriteString(s.indent)
	}
	fmt.Fprintf(&s.b, format, args...) // a literal percent sign is always written %%
	s.b.WriteByte('\n')
}

func (s *src) blank() { s.b.WriteByte('\n') }

func (s *src) String() string { return s.b.String() }

func newPy() *src { return &src{indent: "    "} }
func newGo() *src { return &src{indent: "\t"} }

// rng returns the generator for one service or package: its own stream, so adding services at
// a higher scale does not change the ones before.
func rng(kind uint64, i int) *rand.Rand {
	return rand.New(rand.NewPCG(seed^kind, uint64(i)))
}

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// pickN returns n distinct elements of xs, in a random order.
func pickN[T any](r *rand.Rand, xs []T, n int) []T {
	idx := r.Perm(len(xs))
	if n > len(xs) {
		n = len(xs)
	}
	out := make([]T, n)
	for i := range out {
		out[i] = xs[idx[i]]
	}
	return out
}

const (
	alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	hexs  = "0123456789abcdef"
)

func randString(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

// fakeSecret returns a random credential in one of the shapes secret scanners know. The
// prefixes are assembled here so that this file holds no token-shaped literal.
func fakeSecret(r *rand.Rand) string {
	switch r.IntN(6) {
	case 0:
		return "sk" + "_live_" + randString(r, alnum, 24)
	case 1:
		return "gh" + "p_" + randString(r, alnum, 36)
	case 2:
		return "AK" + "IA" + randString(r, upper, 16)
	case 3:
		return "xox" + "b-" + randString(r, "0123456789", 11) + "-" + randString(r, "0123456789", 12) + "-" + randString(r, alnum, 24)
	case 4:
		return randString(r, hexs, 40)
	default:
		return randString(r, alnum, 32)
	}
}

// placeholder returns a value that looks like a credential assignment but is not one.
func placeholder(r *rand.Rand) string {
	return pick(r, []string{"your_api_key", "changeme", "<api-key>", "xxx", "REPLACE_ME", "your_secret_key_here"})
}

// field is one attribute of an entity.
type field struct {
	Name string
	Kind string // str, int, float, bool, time
}

// entity is a resource of the API.
type entity struct {
	Name, Plural, Class string
	Fields              []field
}

var nouns = [][2]string{
	{"order", "orders"}, {"invoice", "invoices"}, {"product", "products"}, {"payment", "payments"},
	{"shipment", "shipments"}, {"customer", "customers"}, {"ticket", "tickets"}, {"report", "reports"},
	{"subscription", "subscriptions"}, {"coupon", "coupons"}, {"review", "reviews"}, {"warehouse", "warehouses"},
	{"notification", "notifications"}, {"webhook", "webhooks"}, {"team", "teams"}, {"project", "projects"},
	{"account", "accounts"}, {"device", "devices"}, {"booking", "bookings"}, {"vendor", "vendors"},
	{"article", "articles"}, {"comment", "comments"}, {"refund", "refunds"}, {"address", "addresses"},
}

var fieldPool = []field{
	{"email", "str"}, {"status", "str"}, {"amount", "float"}, {"quantity", "int"}, {"description", "str"},
	{"owner_id", "int"}, {"is_active", "bool"}, {"price", "float"}, {"sku", "str"}, {"currency", "str"},
	{"notes", "str"}, {"priority", "int"}, {"due_at", "time"}, {"region", "str"}, {"score", "float"},
	{"external_ref", "str"}, {"retries", "int"}, {"archived", "bool"},
}

var vendors = []string{"stripe", "github", "slack", "sendgrid", "twilio", "shopify", "zendesk", "hubspot", "mailgun", "segment", "pagerduty", "datadog"}

func makeEntity(r *rand.Rand, noun [2]string) entity {
	e := entity{Name: noun[0], Plural: noun[1], Class: strings.ToUpper(noun[0][:1]) + noun[0][1:]}
	e.Fields = append([]field{{"name", "str"}}, pickN(r, fieldPool, 3+r.IntN(5))...)
	return e
}

func camel(s string) string {
	parts := strings.Split(s, "_")
	for i, p := range parts {
		if p == "id" {
			parts[i] = "ID"
			continue
		}
		parts[i] = strings.ToUpper(p[:1]) + p[1:]
	}
	return strings.Join(parts, "")
}
