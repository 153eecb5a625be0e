// Package finding defines the finding model shared by the Go and Python sides and every report
// writer: one rule, one place, one message.
package finding

import (
	"cmp"
	"slices"
)

// Finding is one reported problem.
type Finding struct {
	Rule     string `json:"rule"`
	Name     string `json:"name"`
	Severity string `json:"severity"`
	Language string `json:"language"`
	// File is slash-separated and relative to the scan root when it lies inside it.
	File string `json:"file"`
	// Line and column span, 1-based; columns count bytes as Go and tree-sitter do (SARIF output
	// converts them to UTF-16 units).
	Line        int    `json:"line"`
	Column      int    `json:"column"`
	EndLine     int    `json:"endLine"`
	EndColumn   int    `json:"endColumn"`
	Message     string `json:"message"`
	Confidence  string `json:"confidence,omitempty"`
	Fingerprint string `json:"fingerprint"`
	Fixes       []Fix  `json:"fixes,omitempty"`
	// Flow is the path of untrusted data from its source to the sink, when the rule tracks one
	// (SARIF codeFlows); other rules may list related places here too.
	Flow []Step `json:"flow,omitempty"`
	// Suppressed is set when an in-source comment silences the finding; such findings are only
	// kept when the user asks for them.
	Suppressed *Suppression `json:"suppressed,omitempty"`
}

// Step is one place on a finding's flow.
type Step struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine"`
	EndColumn int    `json:"endColumn"`
	Message   string `json:"message"`
}

// Fix is a suggested change made of text edits.
type Fix struct {
	Description string `json:"description"`
	Edits       []Edit `json:"edits"`
}

// Edit replaces the bytes [Offset, EndOffset) of File with NewText. The line/column form is kept
// beside the offsets for SARIF, which speaks in regions.
type Edit struct {
	File      string `json:"file"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"endOffset"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine"`
	EndColumn int    `json:"endColumn"`
	NewText   string `json:"newText"`
}

// Suppression records the comment that silenced a finding.
type Suppression struct {
	Kind          string `json:"kind"` // "apivet" or "nosec"
	Justification string `json:"justification,omitempty"`
}

// Sort orders findings by file, position, rule and message, so that output is deterministic.
func Sort(fs []Finding) {
	slices.SortStableFunc(fs, Compare)
}

// Compare is the total order used by Sort.
func Compare(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.EndLine, b.EndLine),
		cmp.Compare(a.EndColumn, b.EndColumn),
		cmp.Compare(a.Message, b.Message),
	)
}

// Problem is a file or package that could not be analysed (in part or at all).
type Problem struct {
	Path    string `json:"path"`             // file or package
	Line    int    `json:"line,omitempty"`   // where known
	Column  int    `json:"column,omitempty"` // where known
	Message string `json:"message"`
	Kind    string `json:"kind"` // "skipped", "parse", "type", "load", "internal"
}

// SortProblems orders problems deterministically.
func SortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column), cmp.Compare(a.Message, b.Message))
	})
}
