package report

import (
	"bufio"
	"fmt"
	"io"
)

// WriteText writes one line per finding in go vet's style, "path:line:col: message [AV201]",
// followed by the problems, each prefixed "apivet: ".
func WriteText(w io.Writer, in *Input) error {
	bw := bufio.NewWriter(w)
	for _, f := range in.Findings {
		suffix := ""
		if f.Suppressed != nil {
			suffix = " (suppressed)"
		}
		fmt.Fprintf(bw, "%s:%d:%d: %s [%s]%s\n", f.File, f.Line, f.Column, f.Message, f.Rule, suffix)
	}
	return bw.Flush()
}

// WriteProblems writes the problems as "apivet: path[:line:col]: message" lines, for stderr.
func WriteProblems(w io.Writer, in *Input) error {
	bw := bufio.NewWriter(w)
	for _, p := range in.Problems {
		loc := p.Path
		if p.Line > 0 {
			loc = fmt.Sprintf("%s:%d:%d", p.Path, p.Line, p.Column)
		}
		fmt.Fprintf(bw, "apivet: %s: %s\n", loc, p.Message)
	}
	return bw.Flush()
}
