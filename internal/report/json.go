package report

import (
	"encoding/json"
	"io"

	"github.com/apivet/apivet/internal/finding"
)

// jsonReport is the JSON output's shape; fields are only ever added.
type jsonReport struct {
	Version  string            `json:"version"`
	Findings []finding.Finding `json:"findings"`
	Problems []finding.Problem `json:"problems"`
}

// WriteJSON writes the findings and problems as one indented JSON object.
func WriteJSON(w io.Writer, in *Input) error {
	r := jsonReport{Version: in.Version, Findings: in.Findings, Problems: in.Problems}
	if r.Findings == nil {
		r.Findings = []finding.Finding{}
	}
	if r.Problems == nil {
		r.Problems = []finding.Problem{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
