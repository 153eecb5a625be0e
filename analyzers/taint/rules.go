package taint

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
)

// Analyzers lists the rule analyzers of this package in rule ID order.
var Analyzers = []*analysis.Analyzer{
	SQLAnalyzer, CommandAnalyzer, HTMLAnalyzer, PathAnalyzer, RedirectAnalyzer, DeserializeAnalyzer, SSRFAnalyzer,
}

// The rule analyzers, one per sink kind.
var (
	SQLAnalyzer         = newRule("AV401", SQL)
	CommandAnalyzer     = newRule("AV402", Command)
	HTMLAnalyzer        = newRule("AV403", HTML)
	PathAnalyzer        = newRule("AV404", Path)
	RedirectAnalyzer    = newRule("AV405", Redirect)
	DeserializeAnalyzer = newRule("AV406", Deserialize)
	SSRFAnalyzer        = newRule("AV407", SSRF)
)

func newRule(id string, kind Kind) *analysis.Analyzer {
	return analysisutil.New(id, func(pass *analysis.Pass) (any, error) {
		res, _ := pass.ResultOf[Analyzer].(*Result)
		if res == nil { // a copy of Analyzer (drivers wrap analyzers)
			for _, v := range pass.ResultOf {
				if r, ok := v.(*Result); ok {
					res = r
				}
			}
		}
		if res == nil {
			return nil, nil
		}
		for _, f := range res.Flows {
			if f.Kind == kind {
				report(pass, f)
			}
		}
		return nil, nil
	}, Analyzer)
}

// advice says, per kind, why the flow is dangerous and how to fix it.
var advice = map[Kind]string{
	SQL:         "a query built from request data lets the client rewrite the SQL; keep the query constant and pass the value as an argument: db.Query(\"... WHERE name = $1\", name)",
	Command:     "request data in a command line lets the client run programs on the server; run a fixed program with the value as a separate argument (exec.Command(\"convert\", name)), never through sh -c",
	HTML:        "request data written into HTML unescaped lets the client inject script (XSS); render it with html/template, escape it with html.EscapeString, or answer with a JSON or text/plain content type",
	Path:        "a file path from request data lets the client read or write files outside the intended directory (../); keep only filepath.Base, check filepath.IsLocal, or open it through an os.Root",
	Redirect:    "redirecting to a client-chosen URL lets attackers use this site to send users to phishing pages; redirect to a local path or check the host against an allowlist",
	Deserialize: "decoding request bodies with encoding/gob trusts the client with the decoder's type machinery and memory; accept JSON into a fixed struct instead",
	SSRF:        "a request to a client-chosen URL lets the client reach internal services and cloud metadata (SSRF); build the URL from a constant scheme and host, or parse it and check u.Host against an allowlist",
}

// templateAdvice replaces the HTML advice when the request data is the template source.
const templateAdvice = "a template parsed from request data lets the client write template actions: raw HTML and script, and calls of the methods of the data passed to it (server-side template injection); parse a fixed template and pass the value as data: t.Execute(w, name)"

// sniffAdvice replaces the HTML advice when the response has no content type and starts with
// the request data.
const sniffAdvice = "the response sets no Content-Type and starts with request data, so net/http sniffs the type from the data and a value starting with <script> or <html> is served as HTML (XSS); set w.Header().Set(\"Content-Type\", \"text/plain; charset=utf-8\") (or JSON) before writing, or escape it with html.EscapeString"

func report(pass *analysis.Pass, f *Flow) {
	via := ""
	if len(f.Via) > 0 {
		via = " through " + strings.Join(dedupe(f.Via), ", ")
	}
	at := ""
	if f.SourceAt != "" {
		at = " (" + f.SourceAt + ")"
	}
	why := advice[f.Kind]
	switch {
	case f.Kind == HTML && strings.HasSuffix(f.Sink, "Parse"):
		why = templateAdvice
	case f.Sniffed:
		why = sniffAdvice
	}
	msg := fmt.Sprintf("%s%s reaches %s%s: %s", f.Source, at, f.Sink, via, why)
	var related []analysis.RelatedInformation
	for i, st := range f.Steps {
		label := st.Desc
		switch {
		case i == 0:
			label = "source: " + st.Desc
		case i == len(f.Steps)-1:
			label = "sink: " + st.Desc
		}
		if !st.Pos.IsValid() {
			if st.File != "" {
				label += fmt.Sprintf(" (%s:%d)", shortFile(st.File), st.Line)
			}
			related = append(related, analysis.RelatedInformation{Pos: f.Pos, Message: label})
			continue
		}
		related = append(related, analysis.RelatedInformation{Pos: st.Pos, Message: label})
	}
	pass.Report(analysis.Diagnostic{Pos: f.Pos, End: f.End, Category: pass.Analyzer.Name, Message: msg, Related: related})
}

func dedupe(xs []string) []string {
	var out []string
	for i, x := range xs {
		if i == 0 || xs[i-1] != x {
			out = append(out, x)
		}
	}
	return out
}
