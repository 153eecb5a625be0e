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
	// Join, when set, is a whole-project step the analyzer shares with its family (see Join).
	Join *Join
	Run  func(*Pass)
}

// Join follows what crosses files without keeping every tree: after a file's analyzers ran,
// Export records what the file asks of other files (JSON, kept with the file's cached results);
// once every file is analysed, Report reads the exports of all files, in path order, opens the
// modules they name (parsed again, on demand: few are), and returns diagnostics that may be
// placed in any file. Taint flows from a view into a helper module are followed this way.
type Join struct {
	Name string
	// Keywords gate Export as Analyzer.Keywords gate Run: a file holding none exports nothing.
	Keywords []string
	// Export returns the file's contribution, or nil for none.
	Export func(*File) []byte
	Report func(exports []Export, open OpenModule) []JoinDiagnostic
}

// OpenModule parses the project's file of a dotted module (matched as SameModule does, an exact
// match first), with its Module and Settings set, or returns nil when the project holds no such
// file or it cannot be analysed. The files it returns stay open until the Join's Report returns.
type OpenModule func(module string) *File

// Export is one file's contribution to a Join.
type Export struct {
	Path   string // the file, as reports show it
	Module string // its dotted module path, "" when unknown
	Data   []byte
}

// JoinDiagnostic is a diagnostic a Join places in the file Path.
type JoinDiagnostic struct {
	Path string
	Diagnostic
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
	// Path is the file of the place when it is not the diagnostic's (a Join's flows cross files).
	Path string `json:",omitempty"`
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
