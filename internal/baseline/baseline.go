// Package baseline lets a team adopt apivet on an existing code base: report only findings that
// are not in an earlier report (--baseline), or only those on lines changed since a git revision
// (--new-from-rev).
package baseline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"

	"github.com/apivet/apivet/internal/finding"
)

// Baseline is the set of fingerprints of an earlier report.
type Baseline struct {
	fingerprints map[string]bool
}

// Load reads an earlier apivet report, SARIF or JSON, and keeps its findings' fingerprints.
// Fingerprints do not use line numbers, so findings that only moved still match.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Findings []struct {
			Fingerprint string `json:"fingerprint"`
		} `json:"findings"`
		Runs []struct {
			Results []struct {
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: not an apivet JSON or SARIF report: %v", path, err)
	}
	b := &Baseline{fingerprints: map[string]bool{}}
	for _, f := range doc.Findings {
		b.fingerprints[f.Fingerprint] = true
	}
	for _, run := range doc.Runs {
		for _, r := range run.Results {
			if fp := r.PartialFingerprints[finding.FingerprintKey]; fp != "" {
				b.fingerprints[fp] = true
			}
		}
	}
	if doc.Findings == nil && doc.Runs == nil {
		return nil, fmt.Errorf("%s: not an apivet JSON or SARIF report (no findings or runs)", path)
	}
	delete(b.fingerprints, "")
	return b, nil
}

// Len is the number of findings in the baseline.
func (b *Baseline) Len() int { return len(b.fingerprints) }

// New keeps the findings that are not in the baseline.
func (b *Baseline) New(fs []finding.Finding) []finding.Finding {
	var out []finding.Finding
	for _, f := range fs {
		if !b.fingerprints[f.Fingerprint] {
			out = append(out, f)
		}
	}
	return out
}

// Changes holds, per file (slash path relative to the directory git ran in), the lines added
// or changed since a revision; a nil set means the whole file is new.
type Changes map[string]map[int]bool

var hunk = regexp.MustCompile(`^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@`)

// ChangedSince asks git which lines of the working tree under dir differ from rev, untracked
// files included. It runs only git diff and git ls-files.
func ChangedSince(dir, rev string) (Changes, error) {
	diff, err := git(dir, "diff", "--relative", "--unified=0", "--no-color", "--no-ext-diff", "--diff-filter=AMRC", rev, "--")
	if err != nil {
		return nil, err
	}
	ch := Changes{}
	var file string
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			file = strings.TrimPrefix(strings.TrimPrefix(line, "+++ "), "b/")
			if ch[file] == nil {
				ch[file] = map[int]bool{}
			}
		case strings.HasPrefix(line, "@@"):
			m := hunk.FindStringSubmatch(line)
			if m == nil || file == "" {
				continue
			}
			start, _ := strconv.Atoi(m[1])
			n := 1
			if m[2] != "" {
				n, _ = strconv.Atoi(m[2])
			}
			for i := start; i < start+n; i++ {
				ch[file][i] = true
			}
		}
	}
	untracked, err := git(dir, "ls-files", "--others", "--exclude-standard")
	if err != nil {
		return nil, err
	}
	for _, f := range strings.Split(strings.TrimSpace(string(untracked)), "\n") {
		if f != "" {
			ch[f] = nil
		}
	}
	return ch, nil
}

// New keeps the findings on changed lines.
func (c Changes) New(fs []finding.Finding) []finding.Finding {
	var out []finding.Finding
	for _, f := range fs {
		lines, ok := c[f.File]
		if ok && (lines == nil || lines[f.Line]) {
			out = append(out, f)
		}
	}
	return out
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}
