package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/apivet/apivet/internal/finding"
	"github.com/apivet/apivet/rules"
)

// MaxSARIFResults is the most results GitHub code scanning accepts in one run; WriteSARIF keeps
// the first MaxSARIFResults findings (the input is sorted) and says in a notification how many it
// left out.
const MaxSARIFResults = 25000

// maxSARIFTags is GitHub's limit on tags per rule.
const maxSARIFTags = 20

const (
	sarifSchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	toolName       = "apivet"
	toolInfoURI    = "https://github.com/apivet/apivet"
	srcRoot        = "%SRCROOT%"
)

// semverPattern is the regular expression of semver.org, with an optional leading "v" as Go
// module versions have.
var semverPattern = regexp.MustCompile(`^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
	`(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?` +
	`(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)

// WriteSARIF writes one SARIF 2.1.0 run for GitHub code scanning.
//
// The run holds the Go and Python results together (GitHub rejects two runs of one tool and
// category in a file), describes every rule of in.Rules, reports locations relative to
// %SRCROOT% with columns in UTF-16 code units, and carries no source text: messages are the
// findings' own (already redacted) messages, and no snippet or context region is written.
//
// The document is built with go-sarif's constructors, then serialised without the members that
// go-sarif's constructors fill with the schema's "absent" defaults (index, id, rank, byteOffset
// and charOffset of -1, empty arrays and property bags): they carry no information, only bulk
// that counts against GitHub's size limit. The run's results array is always kept. Object
// members come out in sorted order, so identical input gives identical bytes.
func WriteSARIF(w io.Writer, in *Input) error {
	b := &sarifBuilder{in: in, lines: NewLineCache(in.ReadFile), ruleIndex: map[string]int{}, rules: map[string]*rules.Rule{}}
	report := b.build()

	raw, err := json.Marshal(report)
	if err != nil {
		return fmt.Errorf("sarif: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return fmt.Errorf("sarif: %w", err)
	}
	doc, _ = compactSARIF("", doc)

	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

type sarifBuilder struct {
	in        *Input
	lines     *LineCache
	run       *sarif.Run
	ruleIndex map[string]int         // rule ID → index in tool.driver.rules
	rules     map[string]*rules.Rule // catalogue rules by ID
}

func (b *sarifBuilder) build() *sarif.Report {
	in := b.in
	report := sarif.NewReport()
	report.Schema = sarifSchemaURI

	run := sarif.NewRunWithInformationURI(toolName, toolInfoURI)
	b.run = run
	run.WithColumnKind("utf16CodeUnits")
	driver := run.Tool.Driver
	if in.Version != "" {
		driver.WithVersion(in.Version)
		if semverPattern.MatchString(in.Version) {
			driver.WithSemanticVersion(strings.TrimPrefix(in.Version, "v"))
		}
	}
	if in.Root != "" {
		run.WithOriginalUriBaseIds(map[string]sarif.ArtifactLocation{
			srcRoot: *sarif.NewArtifactLocation().WithURI(dirFileURI(in.Root)),
		})
	}

	b.addRules()

	findings := in.Findings
	omitted := 0
	if len(findings) > MaxSARIFResults {
		omitted = len(findings) - MaxSARIFResults
		findings = findings[:MaxSARIFResults]
	}
	for i := range findings {
		run.AddResult(b.result(&findings[i]))
	}

	run.AddInvocation(b.invocation(omitted))
	report.AddRun(run)
	return report
}

// addRules describes every catalogue rule, in the catalogue's order, then (sorted by ID) any rule
// ID that a finding carries but the catalogue lacks, so that every result has a valid ruleIndex.
func (b *sarifBuilder) addRules() {
	driver := b.run.Tool.Driver
	for _, r := range b.in.Rules {
		if r == nil {
			continue
		}
		if _, dup := b.ruleIndex[r.ID]; dup {
			continue
		}
		b.ruleIndex[r.ID] = len(driver.Rules)
		b.rules[r.ID] = r
		driver.AddRule(ruleDescriptor(r))
	}
	extra := map[string]*finding.Finding{}
	var ids []string
	for i := range b.in.Findings {
		f := &b.in.Findings[i]
		if _, known := b.ruleIndex[f.Rule]; known {
			continue
		}
		if _, seen := extra[f.Rule]; !seen {
			extra[f.Rule] = f
			ids = append(ids, f.Rule)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		b.ruleIndex[id] = len(driver.Rules)
		driver.AddRule(uncataloguedDescriptor(extra[id]))
	}
}

// ruleDescriptor is a catalogue rule as a SARIF reportingDescriptor.
func ruleDescriptor(r *rules.Rule) *sarif.ReportingDescriptor {
	what := r.Section("What it does")
	var help []string
	for _, h := range []string{"What it does", "Why is this bad?", "Use instead"} {
		if s := r.Section(h); s != "" {
			help = append(help, h+"\n\n"+markdownToText(s))
		}
	}
	full := markdownToText(what)
	if full == "" {
		full = r.Summary
	}

	props := sarif.NewPropertyBag().
		Add("security-severity", r.Severity.SecurityScore()).
		Add("precision", string(r.Precision)).
		Add("problem.severity", problemSeverity(r.Severity.SARIFLevel()))
	tags := []string{"security"}
	for _, cwe := range r.CWE {
		tags = append(tags, fmt.Sprintf("external/cwe/cwe-%d", cwe))
	}
	tags = append(tags, r.Family.String())
	tags = append(tags, r.Languages...)
	tags = append(tags, r.Frameworks...)
	props.WithTags(limitTags(tags))

	return sarif.NewRule(r.ID).
		WithName(r.Name).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(r.Summary)).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(full)).
		WithHelp(sarif.NewMultiformatMessageString().
			WithText(strings.Join(help, "\n\n")).
			WithMarkdown(r.Body)).
		WithHelpURI(r.URL()).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(r.Severity.SARIFLevel())).
		WithProperties(props)
}

// uncataloguedDescriptor describes a rule ID that is not in the catalogue from one of its findings.
func uncataloguedDescriptor(f *finding.Finding) *sarif.ReportingDescriptor {
	desc := f.Rule
	if f.Name != "" {
		desc = f.Name
	}
	rd := sarif.NewRule(f.Rule).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(desc)).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(desc))
	if f.Name != "" {
		rd.WithName(f.Name)
	}
	props := sarif.NewPropertyBag().WithTags([]string{"security"})
	if sev, err := rules.ParseSeverity(f.Severity); err == nil {
		rd.WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sev.SARIFLevel()))
		props.Add("security-severity", sev.SecurityScore()).
			Add("problem.severity", problemSeverity(sev.SARIFLevel()))
	}
	return rd.WithProperties(props)
}

// problemSeverity is CodeQL's problem.severity for a SARIF level.
func problemSeverity(level string) string {
	switch level {
	case sarif.LevelError:
		return "error"
	case sarif.LevelWarning:
		return "warning"
	}
	return "recommendation"
}

// limitTags drops empty and repeated tags and keeps the first maxSARIFTags.
func limitTags(tags []string) []string {
	out := make([]string, 0, len(tags))
	for _, t := range tags {
		if t == "" || slices.Contains(out, t) {
			continue
		}
		if len(out) == maxSARIFTags {
			break
		}
		out = append(out, t)
	}
	return out
}

// level is the SARIF level of a finding: from its own severity (configuration may have changed
// it), else from its rule's, else warning.
func (b *sarifBuilder) level(f *finding.Finding) string {
	if sev, err := rules.ParseSeverity(f.Severity); err == nil {
		return sev.SARIFLevel()
	}
	if r := b.rules[f.Rule]; r != nil {
		return r.Severity.SARIFLevel()
	}
	return sarif.LevelWarning
}

func (b *sarifBuilder) result(f *finding.Finding) *sarif.Result {
	// NewRuleResult starts at ruleIndex -1 ("absent"); every ID is in ruleIndex by now.
	res := sarif.NewRuleResult(f.Rule).
		WithRuleIndex(b.ruleIndex[f.Rule]).
		WithLevel(b.level(f)).
		WithMessage(sarif.NewTextMessage(f.Message))
	phys := sarif.NewPhysicalLocation().WithArtifactLocation(b.artifactLocation(f.File))
	if reg := b.region(f.File, f.Line, f.Column, f.EndLine, f.EndColumn); reg != nil {
		phys.WithRegion(reg)
	}
	res.AddLocation(sarif.NewLocationWithPhysicalLocation(phys))
	if f.Fingerprint != "" {
		// WithPartialFingerprints, not AddPartialFingerprint: NewResult leaves the map nil.
		res.WithPartialFingerprints(map[string]string{finding.FingerprintKey: f.Fingerprint})
	}
	for _, fx := range f.Fixes {
		if s := b.fix(fx); s != nil {
			res.AddFixe(s)
		}
	}
	if len(f.Flow) > 0 {
		res.AddCodeFlow(b.codeFlow(f))
	}
	if f.Suppressed != nil {
		s := sarif.NewSuppression().WithKind("inSource")
		if f.Suppressed.Justification != "" {
			s.WithJustification(f.Suppressed.Justification)
		}
		if f.Suppressed.Kind != "" {
			s.WithProperties(sarif.NewPropertyBag().Add("comment", f.Suppressed.Kind))
		}
		res.AddSuppression(s)
	}
	return res
}

// codeFlow turns a finding's flow (source first) into one thread flow ending at the finding.
func (b *sarifBuilder) codeFlow(f *finding.Finding) *sarif.CodeFlow {
	tf := sarif.NewThreadFlow()
	for _, st := range f.Flow {
		phys := sarif.NewPhysicalLocation().WithArtifactLocation(b.artifactLocation(st.File))
		if reg := b.region(st.File, st.Line, st.Column, st.EndLine, st.EndColumn); reg != nil {
			phys.WithRegion(reg)
		}
		loc := sarif.NewLocationWithPhysicalLocation(phys)
		if st.Message != "" {
			loc.WithMessage(sarif.NewTextMessage(st.Message))
		}
		tf.AddLocation(sarif.NewThreadFlowLocation().WithLocation(loc))
	}
	return sarif.NewCodeFlow().AddThreadFlow(tf)
}

// region is a line/column region with columns converted to UTF-16 units, or nil when the line
// is unknown. An unknown end line means the start line.
func (b *sarifBuilder) region(file string, line, col, endLine, endCol int) *sarif.Region {
	if line < 1 {
		return nil
	}
	reg := sarif.NewRegion().WithStartLine(line)
	if col >= 1 {
		reg.WithStartColumn(b.lines.UTF16Column(file, line, col))
	}
	if endLine < line {
		endLine = line
	}
	if endLine != line || endCol >= 1 {
		reg.WithEndLine(endLine)
	}
	if endCol >= 1 {
		reg.WithEndColumn(b.lines.UTF16Column(file, endLine, endCol))
	}
	return reg
}

// fix converts a suggested fix; edits are grouped by file in order of first appearance.
func (b *sarifBuilder) fix(fx finding.Fix) *sarif.Fix {
	if len(fx.Edits) == 0 {
		return nil
	}
	out := sarif.NewFix()
	if fx.Description != "" {
		out.WithDescription(sarif.NewTextMessage(fx.Description))
	}
	changes := map[string]*sarif.ArtifactChange{}
	for _, e := range fx.Edits {
		ch := changes[e.File]
		if ch == nil {
			ch = sarif.NewArtifactChange().WithArtifactLocation(b.artifactLocation(e.File))
			changes[e.File] = ch
			out.AddArtifactChange(ch)
		}
		var del *sarif.Region
		if e.Line >= 1 {
			del = b.region(e.File, e.Line, e.Column, e.EndLine, e.EndColumn)
		} else {
			del = sarif.NewRegion().WithByteOffset(e.Offset).WithByteLength(max(e.EndOffset-e.Offset, 0))
		}
		ch.AddReplacement(sarif.NewReplacement().
			WithDeletedRegion(del).
			WithInsertedContent(sarif.NewArtifactContent().WithText(e.NewText)))
	}
	return out
}

// invocation records the problems and, when results were left out, says so.
//
// executionSuccessful is false only when a problem of kind "internal" exists: load, type and
// parse errors and skipped files are conditions of the analysed code, reported as notifications,
// while an internal error means apivet itself failed and its results may be incomplete for
// reasons the user cannot fix.
func (b *sarifBuilder) invocation(omitted int) *sarif.Invocation {
	inv := sarif.NewInvocation()
	ok := true
	for _, p := range b.in.Problems {
		level := sarif.LevelError
		switch p.Kind {
		case "internal":
			ok = false
		case "skipped":
			level = sarif.LevelWarning
		}
		msg := p.Message
		n := sarif.NewNotification().WithLevel(level)
		if p.Kind != "" {
			n.WithProperties(sarif.NewPropertyBag().Add("kind", p.Kind))
		}
		if isSourceFile(p.Path) || (p.Line >= 1 && p.Path != "") {
			phys := sarif.NewPhysicalLocation().WithArtifactLocation(b.artifactLocation(p.Path))
			if reg := b.region(p.Path, p.Line, p.Column, 0, 0); reg != nil {
				phys.WithRegion(reg)
			}
			n.AddLocation(sarif.NewLocationWithPhysicalLocation(phys))
		} else if p.Path != "" {
			msg = p.Path + ": " + msg
		}
		inv.AddToolExecutionNotification(n.WithMessage(sarif.NewTextMessage(msg)))
	}
	if omitted > 0 {
		total := len(b.in.Findings)
		inv.AddToolExecutionNotification(sarif.NewNotification().
			WithLevel(sarif.LevelWarning).
			WithMessage(sarif.NewTextMessage(fmt.Sprintf(
				"apivet found %d results; GitHub code scanning accepts at most %d in a run, so this file "+
					"holds the first %d and leaves out %d. Run apivet with --format json (or --format text) "+
					"to see them all.", total, MaxSARIFResults, MaxSARIFResults, omitted))).
			WithProperties(sarif.NewPropertyBag().
				Add("kind", "truncated").
				Add("resultsOmitted", omitted)))
	}
	return inv.WithExecutionSuccessful(ok)
}

// isSourceFile tells a file path from a package path in a Problem.
func isSourceFile(p string) bool {
	switch path.Ext(p) {
	case ".go", ".py", ".pyi", ".pyw":
		return true
	}
	return false
}

// artifactLocation is a file's location: a URI relative to %SRCROOT% when the file lies inside
// the root, an absolute file:// URI (without uriBaseId) otherwise.
func (b *sarifBuilder) artifactLocation(file string) *sarif.ArtifactLocation {
	slash := filepath.ToSlash(file)
	switch {
	case isAbsPath(slash):
		return sarif.NewArtifactLocation().WithURI(fileURI(slash))
	case b.in.Root != "" && (slash == ".." || strings.HasPrefix(slash, "../")):
		abs := filepath.ToSlash(filepath.Join(b.in.Root, filepath.FromSlash(slash)))
		return sarif.NewArtifactLocation().WithURI(fileURI(abs))
	}
	rel := (&url.URL{Path: strings.TrimPrefix(slash, "./")}).String()
	return sarif.NewArtifactLocation().WithURI(rel).WithURIBaseID(srcRoot)
}

// isAbsPath reports whether a slash path is absolute on Unix or Windows ("C:/x", "//host/x").
func isAbsPath(p string) bool {
	return strings.HasPrefix(p, "/") || (len(p) >= 3 && p[1] == ':' && p[2] == '/' &&
		(p[0]|0x20 >= 'a' && p[0]|0x20 <= 'z'))
}

// fileURI is the file:// URI of an absolute slash path, percent-encoded as RFC 3986 requires.
func fileURI(abs string) string {
	if strings.HasPrefix(abs, "//") { // UNC: //host/share/x
		host, rest, _ := strings.Cut(abs[2:], "/")
		return (&url.URL{Scheme: "file", Host: host, Path: "/" + rest}).String()
	}
	if !strings.HasPrefix(abs, "/") {
		abs = "/" + abs // C:/x → /C:/x
	}
	return (&url.URL{Scheme: "file", Path: abs}).String()
}

// dirFileURI is the file:// URI of a directory, with the trailing slash that makes relative URIs
// resolve inside it.
func dirFileURI(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	u := fileURI(filepath.ToSlash(dir))
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// sarifAbsentNumbers are the members that go-sarif's constructors set to -1, the schema's
// "absent" default.
var sarifAbsentNumbers = map[string]bool{
	"index": true, "id": true, "rank": true, "byteOffset": true, "charOffset": true, "ruleIndex": true,
	"executionOrder": true,
}

// compactSARIF removes, from a decoded document, the members that only restate a default:
// numbers of -1 listed in sarifAbsentNumbers, empty arrays (except a run's results, whose
// presence says that a scan happened) and empty objects under "properties". It reports whether
// the value itself should be dropped from its parent.
func compactSARIF(key string, v any) (any, bool) {
	switch v := v.(type) {
	case map[string]any:
		for k, sub := range v {
			nv, drop := compactSARIF(k, sub)
			if drop {
				delete(v, k)
			} else {
				v[k] = nv
			}
		}
		return v, len(v) == 0 && key == "properties"
	case []any:
		for i, sub := range v {
			v[i], _ = compactSARIF("", sub)
		}
		return v, len(v) == 0 && key != "results" && key != ""
	case json.Number:
		return v, sarifAbsentNumbers[key] && v.String() == "-1"
	}
	return v, false
}

// markdownToText renders catalogue Markdown as plain text: paragraphs are unwrapped onto one line,
// fenced code is indented by four spaces, inline code loses its backquotes, links become
// "text (url)", emphasis and heading marks are dropped.
func markdownToText(md string) string {
	var out []string
	inFence, prose := false, false // prose: the last output line is a paragraph that may continue
	for _, l := range strings.Split(md, "\n") {
		trimmed := strings.TrimSpace(l)
		if strings.HasPrefix(trimmed, "```") {
			if !inFence && len(out) > 0 && out[len(out)-1] != "" {
				out = append(out, "")
			}
			inFence, prose = !inFence, false
			continue
		}
		if inFence {
			if trimmed == "" {
				out = append(out, "")
			} else {
				out = append(out, "    "+strings.TrimRight(l, " \t"))
			}
			continue
		}
		if trimmed == "" {
			if len(out) > 0 && out[len(out)-1] != "" {
				out = append(out, "")
			}
			prose = false
			continue
		}
		heading := strings.HasPrefix(trimmed, "#")
		if heading {
			trimmed = strings.TrimSpace(strings.TrimLeft(trimmed, "#"))
		}
		trimmed = mdLink.ReplaceAllString(trimmed, "$1 ($2)")
		trimmed = mdStrong.ReplaceAllString(trimmed, "$1$2")
		trimmed = strings.ReplaceAll(trimmed, "`", "")
		listItem := mdListItem.MatchString(trimmed)
		switch {
		case prose && !heading && !listItem:
			out[len(out)-1] += " " + trimmed
		default:
			if len(out) > 0 && out[len(out)-1] != "" && !listItem {
				out = append(out, "")
			}
			out = append(out, trimmed)
		}
		prose = !heading
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n")
}

var (
	mdLink     = regexp.MustCompile(`\[([^\]]+)\]\(([^)\s]+)\)`)
	mdStrong   = regexp.MustCompile(`\*\*([^*]+)\*\*|__([^_]+)__`)
	mdListItem = regexp.MustCompile(`^([-*+]|[0-9]+[.)])\s`)
)
