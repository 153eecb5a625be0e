package rules

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var (
	idPattern   = regexp.MustCompile(`^AV[1-9][0-9]{2}$`)
	namePattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
)

// requiredHeadings are the fixed headings of every entry's body, in order.
var requiredHeadings = []string{"What it does", "Why is this bad?", "Example", "Use instead", "References"}

var knownLanguages = map[string]bool{"go": true, "python": true}

// ParseEntry parses one catalogue entry: a front matter between "---" lines of strict
// "key: value" pairs (lists as [a, b]), then the Markdown body. Unknown or repeated keys are errors.
func ParseEntry(text string) (*Rule, error) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if !strings.HasPrefix(text, "---\n") {
		return nil, fmt.Errorf("entry must start with a --- front matter line")
	}
	end := strings.Index(text[4:], "\n---\n")
	if end < 0 {
		return nil, fmt.Errorf("front matter is not closed by a --- line")
	}
	front, body := text[4:4+end], text[4+end+5:]
	r := &Rule{Body: strings.TrimSpace(body)}
	seen := map[string]bool{}
	for i, line := range strings.Split(front, "\n") {
		lineNo := i + 2
		if strings.TrimSpace(line) == "" {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("line %d: want \"key: value\", got %q", lineNo, line)
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if seen[key] {
			return nil, fmt.Errorf("line %d: key %q repeated", lineNo, key)
		}
		seen[key] = true
		var err error
		switch key {
		case "id":
			r.ID = val
		case "name":
			r.Name = val
		case "family":
			r.Family, err = ParseFamily(val)
		case "severity":
			r.Severity, err = ParseSeverity(val)
		case "precision":
			r.Precision, err = ParsePrecision(val)
		case "summary":
			r.Summary = val
		case "cwe":
			var items []string
			if items, err = parseList(val); err == nil {
				for _, it := range items {
					n, perr := strconv.Atoi(strings.TrimPrefix(it, "CWE-"))
					if perr != nil || n <= 0 {
						err = fmt.Errorf("bad CWE %q", it)
						break
					}
					r.CWE = append(r.CWE, n)
				}
			}
		case "languages":
			if r.Languages, err = parseList(val); err == nil {
				for _, l := range r.Languages {
					if !knownLanguages[l] {
						err = fmt.Errorf("unknown language %q", l)
					}
				}
			}
		case "frameworks":
			r.Frameworks, err = parseList(val)
		default:
			return nil, fmt.Errorf("line %d: unknown key %q", lineNo, key)
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %s: %w", lineNo, key, err)
		}
	}
	for _, k := range []string{"id", "name", "family", "severity", "precision", "summary", "cwe", "languages", "frameworks"} {
		if !seen[k] {
			return nil, fmt.Errorf("front matter lacks %q", k)
		}
	}
	switch {
	case !idPattern.MatchString(r.ID):
		return nil, fmt.Errorf("id %q is not AV followed by three digits", r.ID)
	case !namePattern.MatchString(r.Name):
		return nil, fmt.Errorf("name %q is not kebab-case", r.Name)
	case int(r.ID[2]-'0') != int(r.Family):
		return nil, fmt.Errorf("id %s is not in family %s (hundreds digit %d)", r.ID, r.Family, r.Family)
	case len(r.CWE) == 0:
		return nil, fmt.Errorf("at least one CWE is required")
	case len(r.Languages) == 0:
		return nil, fmt.Errorf("at least one language is required")
	case strings.HasSuffix(r.Summary, "."):
		return nil, fmt.Errorf("summary must not end with a period")
	}
	pos := 0
	for _, h := range requiredHeadings {
		i := strings.Index(r.Body[pos:], "## "+h+"\n")
		if i < 0 {
			return nil, fmt.Errorf("body lacks the heading %q (in order: %s)", h, strings.Join(requiredHeadings, ", "))
		}
		pos += i + len(h) + 4
	}
	return r, nil
}

func parseList(val string) ([]string, error) {
	if !strings.HasPrefix(val, "[") || !strings.HasSuffix(val, "]") {
		return nil, fmt.Errorf("want a list like [a, b], got %q", val)
	}
	inner := strings.TrimSpace(val[1 : len(val)-1])
	if inner == "" {
		return nil, nil
	}
	var out []string
	for _, it := range strings.Split(inner, ",") {
		it = strings.TrimSpace(it)
		if it == "" {
			return nil, fmt.Errorf("empty list item in %q", val)
		}
		out = append(out, it)
	}
	return out, nil
}
