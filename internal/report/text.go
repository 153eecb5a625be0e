package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
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
		if in.Color {
			fmt.Fprintf(bw, "%s%s:%d:%d:%s %s %s[%s]%s%s\n", bold, f.File, f.Line, f.Column, reset, f.Message,
				severityColor(f.Severity), f.Rule, reset, suffix)
			continue
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

const (
	bold   = "\x1b[1m"
	reset  = "\x1b[0m"
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	cyan   = "\x1b[36m"
)

func severityColor(sev string) string {
	switch sev {
	case "critical", "high":
		return bold + red
	case "medium":
		return yellow
	}
	return cyan
}

// Stats are the run's figures for the summary line.
type Stats struct {
	GoPackages, PythonFiles int
	Elapsed                 time.Duration
	Color                   bool
}

// WriteSummary writes one line: what was analysed, the findings by severity, and the time.
func WriteSummary(w io.Writer, in *Input, st Stats) error {
	counts := map[string]int{}
	total := 0
	for _, f := range in.Findings {
		if f.Suppressed == nil {
			counts[f.Severity]++
			total++
		}
	}
	var parts []string
	for _, sev := range []string{"critical", "high", "medium", "low"} {
		if n := counts[sev]; n > 0 {
			part := fmt.Sprintf("%d %s", n, sev)
			if st.Color {
				part = severityColor(sev) + part + reset
			}
			parts = append(parts, part)
		}
	}
	detail := ""
	if len(parts) > 0 {
		detail = " (" + strings.Join(parts, ", ") + ")"
	}
	noun := "findings"
	if total == 1 {
		noun = "finding"
	}
	_, err := fmt.Fprintf(w, "apivet: %d %s%s in %d Go packages and %d Python files, %d not analysed, %.1fs\n",
		total, noun, detail, st.GoPackages, st.PythonFiles, len(in.Problems), st.Elapsed.Seconds())
	return err
}
