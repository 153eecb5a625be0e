package python

import (
	"fmt"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/rules"
)

// Analyzer is one Python rule. Name is the rule ID it reports.
type Analyzer struct {
	Name string
	Doc  string
	URL  string
	// Kinds are the tree-sitter node kinds the analyzer visits through Pass.Nodes; the file's
	// index is built for the union of the enabled analyzers' kinds.
	Kinds []string
	// Keywords gate parsing: a file containing none of the enabled analyzers' keywords (as bytes)
	// is not parsed at all. An analyzer that must see every file leaves it empty.
	Keywords []string
	// Project, when set, is a pre-pass the driver runs over the project before analysing files
	// one at a time; the analyzer reads its facts in Settings.Project.
	Project *ProjectPass
	Run     func(*Pass)
}

// NewAnalyzer builds an analyzer for the catalogue rule id, taking its documentation from the
// catalogue so nothing about the rule is written twice.
func NewAnalyzer(id string, kinds, keywords []string, run func(*Pass)) *Analyzer {
	r := rules.MustGet(id)
	if !r.HasLanguage("python") {
		panic(fmt.Sprintf("python: catalogue entry %s does not list python", id))
	}
	return &Analyzer{Name: id, Doc: r.AnalyzerDoc(), URL: r.URL(), Kinds: kinds, Keywords: keywords, Run: run}
}

// Diagnostic is one finding of a Python analyzer, positioned by byte offsets and points.
type Diagnostic struct {
	Category       string // the rule ID
	Start, End     sitter.Point
	StartByte      uint
	EndByte        uint
	Message        string
	SuggestedFixes []SuggestedFix
	// Related are further places that explain the finding; for a flow of untrusted data they are
	// its steps, from the source to the sink (SARIF codeFlows).
	Related []Related
}

// Related is one further place of a finding, as in analysis.RelatedInformation.
type Related struct {
	Start, End         sitter.Point
	StartByte, EndByte uint
	Message            string
}

// RelatedAt describes node n for Diagnostic.Related.
func RelatedAt(n *sitter.Node, msg string) Related {
	return Related{Start: StartPosition(n), End: n.EndPosition(), StartByte: StartByte(n), EndByte: EndByte(n), Message: msg}
}

// SuggestedFix is a set of text edits that fix the finding.
type SuggestedFix struct {
	Message   string
	TextEdits []TextEdit
}

// TextEdit replaces the bytes [Start, End) with NewText.
type TextEdit struct {
	Start, End         uint
	StartPoint, EndPos sitter.Point
	NewText            string
}

// Pass is one analyzer's run over one file.
type Pass struct {
	Analyzer *Analyzer
	File     *File
	report   func(Diagnostic)
}

// NewPass is for drivers: it prepares a's run over f, delivering diagnostics to report.
func NewPass(a *Analyzer, f *File, report func(Diagnostic)) *Pass {
	if f.syntax != nil {
		promote(f.syntax)
	}
	return &Pass{Analyzer: a, File: f, report: report}
}

// Nodes returns the file's nodes of the given kind, in source order. The kind must be among the
// analyzer's Kinds.
func (p *Pass) Nodes(kind string) []*sitter.Node { return p.File.Nodes(kind) }

// Report delivers d, filling its category with the analyzer's rule.
func (p *Pass) Report(d Diagnostic) {
	if d.Category == "" {
		d.Category = p.Analyzer.Name
	}
	p.report(d)
}

// Reportf reports a finding spanning node n.
func (p *Pass) Reportf(n *sitter.Node, format string, args ...any) {
	p.Report(Diagnostic{
		Start: StartPosition(n), End: n.EndPosition(),
		StartByte: StartByte(n), EndByte: EndByte(n),
		Message: fmt.Sprintf(format, args...),
	})
}

// ReportWithFix reports a finding spanning n with one suggested fix replacing n's text.
func (p *Pass) ReportWithFix(n *sitter.Node, fixMsg, newText, msg string) {
	p.Report(Diagnostic{
		Start: StartPosition(n), End: n.EndPosition(),
		StartByte: StartByte(n), EndByte: EndByte(n),
		Message: msg,
		SuggestedFixes: []SuggestedFix{{Message: fixMsg, TextEdits: []TextEdit{{
			Start: StartByte(n), End: EndByte(n), StartPoint: StartPosition(n), EndPos: n.EndPosition(), NewText: newText,
		}}}},
	})
}
