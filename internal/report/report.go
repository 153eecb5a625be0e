// Package report writes findings as go-vet-style text, JSON and SARIF 2.1.0.
package report

import (
	"fmt"
	"io"

	"github.com/apivet/apivet/internal/finding"
	"github.com/apivet/apivet/rules"
)

// Formats lists the output formats, in the order the CLI documents them.
var Formats = []string{"text", "json", "sarif"}

// Input is everything a writer needs.
type Input struct {
	Findings []finding.Finding // sorted; File paths are slash-separated, relative to Root when inside it
	Problems []finding.Problem // files and packages that could not be analysed
	Rules    []*rules.Rule     // every rule of the catalogue (SARIF describes all, not only those that fired)
	// Root is the absolute scan root (SARIF's %SRCROOT%).
	Root    string
	Version string // apivet's version
	// ReadFile returns a file's content by its Finding.File path; SARIF needs lines to convert
	// byte columns to UTF-16 units. A nil ReadFile or an error leaves columns as bytes.
	ReadFile func(path string) ([]byte, error)
	// Color asks the text writer for terminal colours.
	Color bool
}

// Write writes in in the named format.
func Write(w io.Writer, format string, in *Input) error {
	switch format {
	case "text":
		return WriteText(w, in)
	case "json":
		return WriteJSON(w, in)
	case "sarif":
		return WriteSARIF(w, in)
	}
	return fmt.Errorf("unknown format %q (want text, json or sarif)", format)
}
