package report_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/apivet/apivet/internal/finding"
	"github.com/apivet/apivet/internal/report"
	"github.com/apivet/apivet/rules"
)

// Benchmarks of the report writers on a large, realistic result: 10,000 findings over 500 Go
// and Python files (some lines with non-ASCII text, so SARIF's UTF-16 column conversion does
// real work), about a third with a suggested fix, every catalogue rule described.
//
//	go test -run '^$' -bench . -benchmem ./internal/report/

const benchFindings = 10000

var messages = []string{
	"Flask debug mode is on: the Werkzeug debugger lets anyone who can trigger an error run Python code on the server; remove debug=True",
	"hardcoded API key (sk_live_…, 32 characters) in source: anyone with the repository can use it; read it from the environment",
	"TLS certificate verification is off (verify=False): anyone on the network path can read and change the traffic; remove verify=False",
	"SQL built with an f-string from request data: an attacker can change the query; pass the values as parameters",
	"Authorization header sends Basic credentials without base64: servers reject or misread them, and they leak in logs; use requests' auth=(user, key)",
	"route changes data without an authentication guard: anyone can call it; add @jwt_required() or a permission class",
	"net/http/pprof is imported and http.DefaultServeMux is served: /debug/pprof/ exposes heap and goroutine stacks; serve pprof on a loopback-only mux",
}

// benchInput builds the findings, sorted as the driver delivers them, and the files they point
// into.
func benchInput(b *testing.B) *report.Input {
	b.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	var ids []string
	for _, rule := range rules.All() {
		ids = append(ids, rule.ID)
	}
	if len(ids) == 0 {
		b.Fatal("the catalogue is empty")
	}
	const nFiles = 500
	files := map[string][]byte{}
	paths := make([]string, nFiles)
	for i := range paths {
		lang, ext := "python", ".py"
		if i%3 == 0 {
			lang, ext = "go", ".go"
		}
		paths[i] = fmt.Sprintf("services/svc%03d/%s/module%03d%s", i/20, lang, i, ext)
		var sb strings.Builder
		for l := 0; l < 200; l++ {
			if l%17 == 0 {
				sb.WriteString(`    msg = "café 日本 😀"; call(debug=True, verify=False)  # non-ASCII before the finding` + "\n")
			} else {
				fmt.Fprintf(&sb, "    value_%d = compute(item, %d)  # ordinary line of code\n", l, l)
			}
		}
		files[paths[i]] = []byte(sb.String())
	}
	fs := make([]finding.Finding, benchFindings)
	for i := range fs {
		path := paths[r.IntN(nFiles)]
		id := ids[r.IntN(len(ids))]
		rule := rules.Get(id)
		line := 1 + r.IntN(200)
		col := 5 + r.IntN(30)
		lang := "python"
		if strings.HasSuffix(path, ".go") {
			lang = "go"
		}
		f := finding.Finding{
			Rule: id, Name: rule.Name, Severity: rule.Severity.String(), Language: lang,
			File: path, Line: line, Column: col, EndLine: line, EndColumn: col + 10 + r.IntN(20),
			Message:     messages[r.IntN(len(messages))],
			Fingerprint: fmt.Sprintf("%032x", r.Uint64()),
		}
		if i%3 == 0 {
			f.Fixes = []finding.Fix{{Description: "Remove the argument", Edits: []finding.Edit{{
				File: path, Offset: 100 + i, EndOffset: 110 + i, Line: line, Column: col, EndLine: line, EndColumn: col + 10, NewText: "",
			}}}}
		}
		fs[i] = f
	}
	finding.Sort(fs)
	return &report.Input{
		Findings: fs,
		Rules:    rules.All(),
		Root:     "/srv/project",
		Version:  "0.1.0",
		ReadFile: func(p string) ([]byte, error) {
			if data, ok := files[p]; ok {
				return data, nil
			}
			return nil, errors.New("no such file")
		},
	}
}

// benchWriter runs a writer over the input, reporting output bytes as throughput.
func benchWriter(b *testing.B, write func(io.Writer, *report.Input) error) {
	in := benchInput(b)
	var buf bytes.Buffer
	if err := write(&buf, in); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if err := write(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(in.Findings))*float64(b.N)/b.Elapsed().Seconds(), "findings/s")
}

// BenchmarkSARIF writes 10,000 findings as SARIF 2.1.0.
func BenchmarkSARIF(b *testing.B) { benchWriter(b, report.WriteSARIF) }

// BenchmarkJSON writes the same findings as apivet's JSON, for comparison.
func BenchmarkJSON(b *testing.B) { benchWriter(b, report.WriteJSON) }

// BenchmarkText writes the same findings as go-vet-style text, for comparison.
func BenchmarkText(b *testing.B) { benchWriter(b, report.WriteText) }
