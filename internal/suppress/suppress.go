// Package suppress parses in-source suppression comments for both languages and decides which
// findings they silence:
//
//	//apivet:ignore AV201 reason           (Go; several IDs separated by commas)
//	# apivet: ignore[AV201] reason         (Python; several IDs separated by commas)
//	//nosec, # nosec                        (bare, for people coming from gosec and bandit)
//
// A comment applies to its own line and, when it stands alone on its line, to the next line.
package suppress

import (
	"regexp"
	"strings"
)

// Directive is one parsed suppression comment.
type Directive struct {
	Line   int      // 1-based line of the comment
	Alone  bool     // the comment is the only thing on its line
	Rules  []string // upper-case rule IDs; empty means every rule
	Reason string
	Kind   string // "apivet" or "nosec"

	foreign bool // named rule IDs of another tool
}

var (
	pyDirective = regexp.MustCompile(`^#\s*apivet:\s*ignore(?:\[([^\]]*)\])?(?:\s+(.*))?$`)
	ruleID      = regexp.MustCompile(`^(?i:AV)[0-9]{3}$`)
	// nosec as gosec and bandit write it: "#nosec", "// #nosec G101 -- why", "# nosec B105".
	nosecDirective = regexp.MustCompile(`^(?://\s*)?#?\s*nosec\b(.*)$`)
	foreignID      = regexp.MustCompile(`^[A-Z]{1,3}[0-9]{2,4}$`)
	mistypedID     = regexp.MustCompile(`^(?i:AV)[0-9A-Za-z]{0,4}[0-9][0-9A-Za-z]{0,4},?$`)
)

// Parse reads one comment's text (with its // or # marker) and returns the directive it holds.
func Parse(comment string) (Directive, bool) {
	c := strings.TrimSpace(comment)
	if body, ok := strings.CutPrefix(c, "//"); ok {
		body = strings.TrimSpace(body)
		if rest, ok := strings.CutPrefix(body, "apivet:ignore"); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return parseIDsAndReason(rest)
		}
	} else if m := pyDirective.FindStringSubmatch(c); m != nil {
		d := Directive{Kind: "apivet", Reason: strings.TrimSpace(m[2])}
		for _, id := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			if !ruleID.MatchString(id) {
				// A typo must not turn into "ignore every rule": such a comment silences nothing.
				return Directive{}, false
			}
			d.Rules = append(d.Rules, strings.ToUpper(id))
		}
		return d, true
	}
	if m := nosecDirective.FindStringSubmatch(c); m != nil {
		d, ok := parseIDsAndReason(m[1])
		d.Kind = "nosec"
		return d, ok && (d.Rules != nil || !d.foreign)
	}
	return Directive{}, false
}

// parseIDsAndReason splits "AV201,AV202 -- reason words" into IDs and reason. IDs of other tools
// (gosec's G101, bandit's B105) are not ours: a nosec that names only those silences nothing here.
func parseIDsAndReason(rest string) (Directive, bool) {
	d := Directive{Kind: "apivet"}
	fields := strings.Fields(rest)
	i := 0
	for ; i < len(fields); i++ {
		parts := strings.Split(strings.Trim(fields[i], ","), ",")
		ids := true
		for _, p := range parts {
			if !ruleID.MatchString(p) && !foreignID.MatchString(p) {
				ids = false
			}
		}
		if !ids {
			break
		}
		for _, p := range parts {
			if ruleID.MatchString(p) {
				d.Rules = append(d.Rules, strings.ToUpper(p))
			} else {
				d.foreign = true
			}
		}
	}
	if i < len(fields) && mistypedID.MatchString(fields[i]) {
		// "AV2O1": a mistyped rule ID must not turn into "ignore every rule".
		return Directive{}, false
	}
	d.Reason = strings.TrimSpace(strings.TrimPrefix(strings.Join(fields[i:], " "), "--"))
	d.Reason = strings.TrimSpace(d.Reason)
	return d, true
}

// Matches reports whether the directive silences rule.
func (d Directive) Matches(rule string) bool {
	if len(d.Rules) == 0 {
		return true
	}
	for _, r := range d.Rules {
		if r == rule {
			return true
		}
	}
	return false
}

// Index holds a file's directives by the lines they cover.
type Index struct {
	byLine map[int][]Directive
	all    []Directive
}

// Add records a directive.
func (x *Index) Add(d Directive) {
	if x.byLine == nil {
		x.byLine = map[int][]Directive{}
	}
	x.all = append(x.all, d)
	x.byLine[d.Line] = append(x.byLine[d.Line], d)
	if d.Alone {
		x.byLine[d.Line+1] = append(x.byLine[d.Line+1], d)
	}
}

// Lookup returns the directive that silences rule at line, if any.
func (x *Index) Lookup(rule string, line int) (Directive, bool) {
	if x == nil {
		return Directive{}, false
	}
	for _, d := range x.byLine[line] {
		if d.Matches(rule) {
			return d, true
		}
	}
	return Directive{}, false
}

// Directives lists the directives added, in order: an index is rebuilt from them by Add.
func (x *Index) Directives() []Directive {
	if x == nil {
		return nil
	}
	return x.all
}

// Len is the number of lines covered.
func (x *Index) Len() int {
	if x == nil {
		return 0
	}
	return len(x.byLine)
}
