package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/apivet/apivet/internal/finding"
	"github.com/apivet/apivet/rules"
)

const (
	schemaPath   = "../../testdata/sarif/sarif-schema-2.1.0.json"
	schemaReadme = "../../testdata/sarif/README.md"
	schemaURL    = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	testRoot     = "/srv/project"
)

var (
	schemaOnce     sync.Once
	compiledSchema *jsonschema.Schema
	schemaErr      error
)

// sarifSchema compiles the shipped OASIS schema once (draft-04, format assertions on, as the
// upload action checks "uri" and "uri-reference").
func sarifSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	schemaOnce.Do(func() {
		f, err := os.Open(schemaPath)
		if err != nil {
			schemaErr = err
			return
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			schemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft4)
		c.AssertFormat()
		if schemaErr = c.AddResource(schemaURL, doc); schemaErr != nil {
			return
		}
		compiledSchema, schemaErr = c.Compile(schemaURL)
	})
	if schemaErr != nil {
		t.Fatalf("compiling the SARIF schema: %v", schemaErr)
	}
	return compiledSchema
}

func validateSARIF(t testing.TB, data []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	return sarifSchema(t).Validate(inst)
}

// Source files of the test input. Line 3 of app/main.py has non-ASCII text (2-, 3- and 4-byte
// characters) before the flagged call, and a secret that must never reach the output.
var testFiles = map[string]string{
	"app/main.py": "import os\n" +
		"app = Flask(__name__)\n" +
		`x = "é日本😀"; app.run(debug=True)  # key sk_live_SECRETSECRET` + "\n",
	"cmd/server/main.go": "package main\n\nimport _ \"net/http/pprof\"\n",
	"my dir/settings.py": "DEBUG = True\n",
	"broken.py":          "def f(:\n    pass\n",
	"/elsewhere/lib.py":  "logging.basicConfig(level=logging.DEBUG)\n",
}

func readTestFile(p string) ([]byte, error) {
	if s, ok := testFiles[p]; ok {
		return []byte(s), nil
	}
	return nil, errors.New("no such file")
}

func ruleSeverity(t testing.TB, id string) string {
	t.Helper()
	return rules.MustGet(id).Severity.String()
}

func testInput(t testing.TB) *Input {
	t.Helper()
	fs := []finding.Finding{
		{
			Rule: "AV201", Name: "debug-mode-enabled", Severity: ruleSeverity(t, "AV201"), Language: "python",
			File: "app/main.py", Line: 3, Column: 21, EndLine: 3, EndColumn: 40,
			Message:     "Flask debug mode is on: app.run(debug=True) enables the Werkzeug debugger",
			Fingerprint: "0123456789abcdef0123456789abcdef",
			Fixes: []finding.Fix{{
				Description: "Remove debug=True",
				Edits: []finding.Edit{{
					File: "app/main.py", Offset: 60, EndOffset: 70,
					Line: 3, Column: 29, EndLine: 3, EndColumn: 39, NewText: "",
				}},
			}},
		},
		{
			Rule: "AV202", Name: "pprof-endpoint-exposed", Severity: ruleSeverity(t, "AV202"), Language: "go",
			File: "cmd/server/main.go", Line: 3, Column: 8, EndLine: 3, EndColumn: 25,
			Message: "net/http/pprof registers /debug/pprof/ on the default mux", Fingerprint: "fp-go",
			Flow: []finding.Step{
				{File: "cmd/server/main.go", Line: 1, Column: 1, EndLine: 1, EndColumn: 8, Message: "source"},
				{File: "cmd/server/main.go", Line: 3, Column: 8, EndLine: 3, EndColumn: 25, Message: "sink"},
			},
		},
		{
			Rule: "AV201", Name: "debug-mode-enabled", Severity: ruleSeverity(t, "AV201"), Language: "python",
			File: "my dir/settings.py", Line: 1, Column: 1, EndLine: 1, EndColumn: 13,
			Message: "Django DEBUG = True in a settings module", Fingerprint: "fp-django",
			Suppressed: &finding.Suppression{Kind: "apivet", Justification: "local development settings"},
		},
		{
			Rule: "AV203", Name: "verbose-debug-logging", Severity: ruleSeverity(t, "AV203"), Language: "python",
			File: "/elsewhere/lib.py", Line: 1, Column: 1, EndLine: 1, EndColumn: 41,
			Message: "the log level is fixed to DEBUG", Fingerprint: "fp-outside",
		},
	}
	finding.Sort(fs)
	ps := []finding.Problem{
		{Path: "broken.py", Line: 1, Column: 7, Message: "invalid syntax", Kind: "parse"},
		{Path: "example.com/bad/pkg", Message: "could not import example.com/missing", Kind: "load"},
		{Path: "huge.py", Message: "file larger than 5 MB, skipped", Kind: "skipped"},
	}
	finding.SortProblems(ps)
	return &Input{
		Findings: fs,
		Problems: ps,
		Rules:    rules.All(),
		Root:     testRoot,
		Version:  "v1.2.3",
		ReadFile: readTestFile,
	}
}

func writeSARIF(t testing.TB, in *Input) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, in); err != nil {
		t.Fatalf("WriteSARIF: %v", err)
	}
	return buf.Bytes()
}

// decode parses the output as generic JSON, not through go-sarif's types.
func decode(t testing.TB, data []byte) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("output is not a JSON object: %v\n%s", err, data)
	}
	return doc
}

// get walks a decoded document: string keys index objects, int keys index arrays.
func get(t testing.TB, v any, path ...any) any {
	t.Helper()
	for i, k := range path {
		switch k := k.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("at %v: want an object, got %T", path[:i], v)
			}
			if v, ok = m[k]; !ok {
				t.Fatalf("at %v: no member %q", path[:i], k)
			}
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				t.Fatalf("at %v: want an array with index %d, got %T (%v)", path[:i], k, v, v)
			}
			v = a[k]
		}
	}
	return v
}

func has(v any, key string) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	_, ok = m[key]
	return ok
}

func onlyRun(t testing.TB, doc map[string]any) map[string]any {
	t.Helper()
	runs, ok := doc["runs"].([]any)
	if !ok || len(runs) != 1 {
		t.Fatalf("want exactly one run, got %v", doc["runs"])
	}
	return runs[0].(map[string]any)
}

func results(t testing.TB, run map[string]any) []any {
	t.Helper()
	rs, ok := run["results"].([]any)
	if !ok {
		t.Fatalf("run has no results array")
	}
	return rs
}

func notifications(t testing.TB, run map[string]any) []any {
	t.Helper()
	inv := get(t, run, "invocations", 0)
	ns, _ := inv.(map[string]any)["toolExecutionNotifications"].([]any)
	return ns
}

// resultFor finds the result whose location URI is uri.
func resultFor(t testing.TB, run map[string]any, uri string) map[string]any {
	t.Helper()
	for _, r := range results(t, run) {
		if get(t, r, "locations", 0, "physicalLocation", "artifactLocation", "uri") == uri {
			return r.(map[string]any)
		}
	}
	t.Fatalf("no result at %s", uri)
	return nil
}

func TestSchemaFileIsTheOfficialText(t *testing.T) {
	data, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	readme, err := os.ReadFile(schemaReadme)
	if err != nil {
		t.Fatal(err)
	}
	if want := hex.EncodeToString(sum[:]); !bytes.Contains(readme, []byte("sha256: "+want)) {
		t.Errorf("%s does not state the schema's sha256 %s", schemaReadme, want)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc["id"] != schemaURL || doc["$schema"] != "http://json-schema.org/draft-04/schema#" {
		t.Errorf("schema id/$schema = %v / %v; want the errata01 draft-04 schema", doc["id"], doc["$schema"])
	}
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	for name, in := range map[string]*Input{
		"full":     testInput(t),
		"empty":    {Rules: rules.All(), Version: "(devel)"},
		"no root":  {Rules: rules.All(), Findings: testInput(t).Findings},
		"no rules": {Findings: testInput(t).Findings, Root: testRoot},
	} {
		t.Run(name, func(t *testing.T) {
			out := writeSARIF(t, in)
			if err := validateSARIF(t, out); err != nil {
				t.Fatalf("output is not valid SARIF 2.1.0: %v\n%s", err, out)
			}
		})
	}
}

// TestSchemaRejectsBrokenSARIF proves that the validation above can fail: documents broken in
// the ways a writer could break them are rejected by the same validator.
func TestSchemaRejectsBrokenSARIF(t *testing.T) {
	valid := writeSARIF(t, testInput(t))
	if err := validateSARIF(t, valid); err != nil {
		t.Fatalf("baseline is not valid: %v", err)
	}
	breakers := map[string]func(doc map[string]any){
		"level fatal": func(doc map[string]any) {
			get(t, doc, "runs", 0, "results", 0).(map[string]any)["level"] = "fatal"
		},
		"result without message": func(doc map[string]any) {
			delete(get(t, doc, "runs", 0, "results", 0).(map[string]any), "message")
		},
		"startLine 0": func(doc map[string]any) {
			get(t, doc, "runs", 0, "results", 0, "locations", 0, "physicalLocation", "region").(map[string]any)["startLine"] = 0
		},
		"ruleIndex -2": func(doc map[string]any) {
			get(t, doc, "runs", 0, "results", 0).(map[string]any)["ruleIndex"] = -2
		},
		"uri not a URI reference": func(doc map[string]any) {
			get(t, doc, "runs", 0, "results", 0, "locations", 0, "physicalLocation", "artifactLocation").(map[string]any)["uri"] = "my dir/%zz"
		},
		"driver without name": func(doc map[string]any) {
			delete(get(t, doc, "runs", 0, "tool", "driver").(map[string]any), "name")
		},
		"version 2.0.0": func(doc map[string]any) { doc["version"] = "2.0.0" },
		"unknown top-level member": func(doc map[string]any) {
			doc["extra"] = true
		},
		"invocation without executionSuccessful": func(doc map[string]any) {
			delete(get(t, doc, "runs", 0, "invocations", 0).(map[string]any), "executionSuccessful")
		},
	}
	for name, breakIt := range breakers {
		t.Run(name, func(t *testing.T) {
			doc := decode(t, valid)
			breakIt(doc)
			broken, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			if err := validateSARIF(t, broken); err == nil {
				t.Errorf("the schema accepted a document with %s", name)
			}
		})
	}
}

func TestSARIFOneRunAndTool(t *testing.T) {
	doc := decode(t, writeSARIF(t, testInput(t)))
	if doc["version"] != "2.1.0" || doc["$schema"] != schemaURL {
		t.Errorf("version/$schema = %v / %v", doc["version"], doc["$schema"])
	}
	run := onlyRun(t, doc)
	driver := get(t, run, "tool", "driver")
	for k, want := range map[string]string{
		"name":            "apivet",
		"informationUri":  "https://github.com/apivet/apivet",
		"semanticVersion": "1.2.3",
		"version":         "v1.2.3",
	} {
		if got := get(t, driver, k); got != want {
			t.Errorf("driver.%s = %v, want %q", k, got, want)
		}
	}
	if got := run["columnKind"]; got != "utf16CodeUnits" {
		t.Errorf("columnKind = %v, want utf16CodeUnits", got)
	}
	if got := get(t, run, "originalUriBaseIds", "%SRCROOT%", "uri"); got != "file:///srv/project/" {
		t.Errorf("originalUriBaseIds[%%SRCROOT%%].uri = %v, want file:///srv/project/", got)
	}
	// Go and Python results share the run.
	var uris []string
	for _, r := range results(t, run) {
		uris = append(uris, get(t, r, "locations", 0, "physicalLocation", "artifactLocation", "uri").(string))
	}
	if !slices.Contains(uris, "app/main.py") || !slices.Contains(uris, "cmd/server/main.go") {
		t.Errorf("want Go and Python results in the one run, got %v", uris)
	}
}

func TestSARIFSemanticVersion(t *testing.T) {
	for version, want := range map[string]string{
		"v1.2.3":                             "1.2.3",
		"0.4.0-rc.1+build.5":                 "0.4.0-rc.1+build.5",
		"v0.0.0-20260101120000-abcdef123456": "0.0.0-20260101120000-abcdef123456",
		"(devel)":                            "",
		"1.2":                                "",
		"":                                   "",
	} {
		driver := get(t, onlyRun(t, decode(t, writeSARIF(t, &Input{Rules: rules.All(), Version: version}))), "tool", "driver")
		got, _ := driver.(map[string]any)["semanticVersion"].(string)
		if got != want {
			t.Errorf("Version %q: semanticVersion = %q, want %q", version, got, want)
		}
		if v, _ := driver.(map[string]any)["version"].(string); v != version {
			t.Errorf("Version %q: version = %q", version, v)
		}
	}
}

var cweTag = regexp.MustCompile(`^external/cwe/cwe-[1-9][0-9]*$`)

func TestSARIFDescribesEveryRule(t *testing.T) {
	all := rules.All()
	// No findings at all: the rules are still described.
	run := onlyRun(t, decode(t, writeSARIF(t, &Input{Rules: all})))
	got, ok := get(t, run, "tool", "driver", "rules").([]any)
	if !ok || len(got) != len(all) {
		t.Fatalf("driver.rules has %d entries, want %d", len(got), len(all))
	}
	for i, r := range all {
		d := got[i]
		t.Run(r.ID, func(t *testing.T) {
			str := func(path ...any) string {
				s, ok := get(t, d, path...).(string)
				if !ok || strings.TrimSpace(s) == "" {
					t.Errorf("%v: want a non-empty string, got %v", path, get(t, d, path...))
				}
				return s
			}
			if str("id") != r.ID || str("name") != r.Name {
				t.Errorf("id/name = %v/%v", get(t, d, "id"), get(t, d, "name"))
			}
			if str("shortDescription", "text") != r.Summary {
				t.Errorf("shortDescription = %q, want the summary %q", str("shortDescription", "text"), r.Summary)
			}
			full := str("fullDescription", "text")
			if strings.Contains(full, "```") || strings.Contains(full, "## ") {
				t.Errorf("fullDescription is not plain text: %q", full)
			}
			firstWords := strings.Join(strings.Fields(strings.ReplaceAll(r.Section("What it does"), "`", ""))[:3], " ")
			if !strings.HasPrefix(full, firstWords) {
				t.Errorf("fullDescription %q does not start with the What-it-does section (%q)", full, firstWords)
			}
			help := str("help", "text")
			for _, h := range []string{"What it does", "Why is this bad?", "Use instead"} {
				if !strings.Contains(help, h) {
					t.Errorf("help.text lacks %q", h)
				}
			}
			if strings.Contains(help, "```") {
				t.Errorf("help.text keeps code fences: %q", help)
			}
			if str("help", "markdown") != r.Body {
				t.Errorf("help.markdown is not the rule's body")
			}
			if str("helpUri") != r.URL() {
				t.Errorf("helpUri = %q, want %q", str("helpUri"), r.URL())
			}
			if got := get(t, d, "defaultConfiguration", "level"); got != r.Severity.SARIFLevel() {
				t.Errorf("defaultConfiguration.level = %v, want %s", got, r.Severity.SARIFLevel())
			}
			props := get(t, d, "properties")
			sev, isString := get(t, props, "security-severity").(string)
			if !isString || sev != r.Severity.SecurityScore() {
				t.Errorf("security-severity = %#v, want the string %q", get(t, props, "security-severity"), r.Severity.SecurityScore())
			}
			if got := get(t, props, "precision"); got != string(r.Precision) {
				t.Errorf("precision = %v, want %s", got, r.Precision)
			}
			if ps := get(t, props, "problem.severity"); !slices.Contains([]any{"error", "warning", "recommendation"}, ps) {
				t.Errorf("problem.severity = %v", ps)
			}
			checkTags(t, get(t, props, "tags"), r)
		})
	}
}

func checkTags(t *testing.T, v any, r *rules.Rule) {
	t.Helper()
	raw, ok := v.([]any)
	if !ok {
		t.Fatalf("tags = %T, want an array", v)
	}
	var tags []string
	for _, x := range raw {
		tags = append(tags, x.(string))
	}
	if len(tags) > 20 {
		t.Errorf("%d tags, GitHub accepts at most 20", len(tags))
	}
	seen := map[string]bool{}
	var cwes []string
	for _, tag := range tags {
		if seen[tag] {
			t.Errorf("tag %q repeated", tag)
		}
		seen[tag] = true
		if strings.Contains(strings.ToLower(tag), "cwe") {
			if !cweTag.MatchString(tag) {
				t.Errorf("CWE tag %q is not external/cwe/cwe-N", tag)
			}
			cwes = append(cwes, tag)
		}
	}
	if !seen["security"] || !seen[r.Family.String()] {
		t.Errorf("tags %v lack security or the family %s", tags, r.Family)
	}
	var want []string
	for _, n := range r.CWE {
		want = append(want, fmt.Sprintf("external/cwe/cwe-%d", n))
	}
	if !slices.Equal(cwes, want) {
		t.Errorf("CWE tags %v, want %v", cwes, want)
	}
	for _, l := range r.Languages {
		if !seen[l] {
			t.Errorf("tags %v lack the language %s", tags, l)
		}
	}
}

func TestSARIFTagLimit(t *testing.T) {
	r := *rules.MustGet("AV201")
	r.CWE = []int{489, 215, 489} // a repeat
	r.Frameworks = nil
	for i := range 30 {
		r.Frameworks = append(r.Frameworks, fmt.Sprintf("framework%02d", i))
	}
	r.Frameworks = append(r.Frameworks, "python") // repeats a language
	run := onlyRun(t, decode(t, writeSARIF(t, &Input{Rules: []*rules.Rule{&r}})))
	tags := get(t, run, "tool", "driver", "rules", 0, "properties", "tags").([]any)
	if len(tags) != 20 {
		t.Errorf("%d tags, want exactly 20 (the limit)", len(tags))
	}
	want := []any{"security", "external/cwe/cwe-489", "external/cwe/cwe-215", "debug", "go", "python", "framework00"}
	if !slices.Equal(tags[:len(want)], want) {
		t.Errorf("tags start %v, want %v (security and CWEs first, no repeats)", tags[:len(want)], want)
	}
}

func TestSARIFResults(t *testing.T) {
	in := testInput(t)
	run := onlyRun(t, decode(t, writeSARIF(t, in)))
	rs := results(t, run)
	if len(rs) != len(in.Findings) {
		t.Fatalf("%d results, want %d", len(rs), len(in.Findings))
	}
	ruleDescs := get(t, run, "tool", "driver", "rules").([]any)
	for i, r := range rs {
		f := in.Findings[i]
		if got := get(t, r, "ruleId"); got != f.Rule {
			t.Errorf("result %d: ruleId %v, want %s (order must follow the input)", i, got, f.Rule)
		}
		idx, ok := get(t, r, "ruleIndex").(float64)
		if !ok || idx < 0 || int(idx) >= len(ruleDescs) {
			t.Fatalf("result %d: ruleIndex %v out of range", i, get(t, r, "ruleIndex"))
		}
		if id := get(t, ruleDescs[int(idx)], "id"); id != f.Rule {
			t.Errorf("result %d (%s): ruleIndex %v points at %v", i, f.Rule, idx, id)
		}
		if got, want := get(t, r, "level"), rules.MustGet(f.Rule).Severity.SARIFLevel(); got != want {
			t.Errorf("result %d: level %v, want %s", i, got, want)
		}
		if got := get(t, r, "message", "text"); got != f.Message {
			t.Errorf("result %d: message %v, want %q", i, got, f.Message)
		}
		if locs := get(t, r, "locations").([]any); len(locs) != 1 {
			t.Errorf("result %d: %d locations, want 1", i, len(locs))
		}
		fp := get(t, r, "partialFingerprints")
		if get(t, fp, finding.FingerprintKey) != f.Fingerprint {
			t.Errorf("result %d: partialFingerprints %v lack %s=%s", i, fp, finding.FingerprintKey, f.Fingerprint)
		}
		if has(fp, "primaryLocationLineHash") {
			t.Errorf("result %d: primaryLocationLineHash must be left to the upload action", i)
		}
	}

	// The second catalogue rule must not get index 0 (go-sarif's struct-literal trap).
	goRes := resultFor(t, run, "cmd/server/main.go")
	if got, want := goRes["ruleIndex"], float64(slices.IndexFunc(in.Rules, func(r *rules.Rule) bool { return r.ID == "AV202" })); got != want || want == 0 {
		t.Errorf("AV202 result: ruleIndex %v, want %v", got, want)
	}
}

func TestSARIFLocations(t *testing.T) {
	run := onlyRun(t, decode(t, writeSARIF(t, testInput(t))))

	// Inside the root: relative URI against %SRCROOT%, columns in UTF-16 units.
	py := resultFor(t, run, "app/main.py")
	art := get(t, py, "locations", 0, "physicalLocation", "artifactLocation")
	if get(t, art, "uriBaseId") != "%SRCROOT%" {
		t.Errorf("uriBaseId = %v, want %%SRCROOT%%", get(t, art, "uriBaseId"))
	}
	region := get(t, py, "locations", 0, "physicalLocation", "region")
	// `x = "é日本😀"; ` is 20 bytes but 13 UTF-16 units: byte columns 21..40 become 14..33.
	for k, want := range map[string]float64{"startLine": 3, "startColumn": 14, "endLine": 3, "endColumn": 33} {
		if got := get(t, region, k); got != want {
			t.Errorf("region.%s = %v, want %v", k, got, want)
		}
	}
	for _, k := range []string{"snippet", "byteOffset", "charOffset"} {
		if has(region, k) {
			t.Errorf("region has %s: %v", k, region)
		}
	}
	if has(get(t, py, "locations", 0, "physicalLocation"), "contextRegion") {
		t.Error("physicalLocation has a contextRegion")
	}

	// A path with a space is percent-encoded.
	if r := resultFor(t, run, "my%20dir/settings.py"); get(t, r, "locations", 0, "physicalLocation", "artifactLocation", "uriBaseId") != "%SRCROOT%" {
		t.Error("my dir/settings.py: want uriBaseId %SRCROOT%")
	}

	// Outside the root: an absolute file URI, no uriBaseId.
	out := resultFor(t, run, "file:///elsewhere/lib.py")
	if has(get(t, out, "locations", 0, "physicalLocation", "artifactLocation"), "uriBaseId") {
		t.Error("a file outside the root must not have a uriBaseId")
	}
}

func TestSARIFColumnsStayBytesWithoutSource(t *testing.T) {
	in := testInput(t)
	in.ReadFile = nil
	run := onlyRun(t, decode(t, writeSARIF(t, in)))
	region := get(t, resultFor(t, run, "app/main.py"), "locations", 0, "physicalLocation", "region")
	if get(t, region, "startColumn") != 21.0 || get(t, region, "endColumn") != 40.0 {
		t.Errorf("without ReadFile the columns should stay as given, got %v", region)
	}
}

func TestSARIFSuppressionsAndFixes(t *testing.T) {
	run := onlyRun(t, decode(t, writeSARIF(t, testInput(t))))

	sup := resultFor(t, run, "my%20dir/settings.py")
	if got := get(t, sup, "suppressions", 0, "kind"); got != "inSource" {
		t.Errorf("suppression kind %v, want inSource", got)
	}
	if got := get(t, sup, "suppressions", 0, "justification"); got != "local development settings" {
		t.Errorf("justification %v", got)
	}
	if has(resultFor(t, run, "app/main.py"), "suppressions") {
		t.Error("an unsuppressed result has suppressions")
	}

	py := resultFor(t, run, "app/main.py")
	fix := get(t, py, "fixes", 0)
	if get(t, fix, "description", "text") != "Remove debug=True" {
		t.Errorf("fix description %v", get(t, fix, "description"))
	}
	change := get(t, fix, "artifactChanges", 0)
	if get(t, change, "artifactLocation", "uri") != "app/main.py" || get(t, change, "artifactLocation", "uriBaseId") != "%SRCROOT%" {
		t.Errorf("artifactChange location %v", get(t, change, "artifactLocation"))
	}
	del := get(t, change, "replacements", 0, "deletedRegion")
	// "debug=True" is at byte columns 29..39, UTF-16 columns 22..32.
	for k, want := range map[string]float64{"startLine": 3, "startColumn": 22, "endLine": 3, "endColumn": 32} {
		if got := get(t, del, k); got != want {
			t.Errorf("deletedRegion.%s = %v, want %v", k, got, want)
		}
	}
	if got := get(t, change, "replacements", 0, "insertedContent", "text"); got != "" {
		t.Errorf("insertedContent.text = %v, want empty", got)
	}
	if has(resultFor(t, run, "cmd/server/main.go"), "fixes") {
		t.Error("a result without fixes has a fixes member")
	}
}

func TestSARIFNeverPrintsSourceText(t *testing.T) {
	out := writeSARIF(t, testInput(t))
	if bytes.Contains(out, []byte("SECRETSECRET")) {
		t.Error("the output contains source text beyond the findings' messages")
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, sub := range v {
				if k == "snippet" || k == "contextRegion" {
					t.Errorf("the output has a %s member", k)
				}
				walk(sub)
			}
		case []any:
			for _, sub := range v {
				walk(sub)
			}
		}
	}
	walk(decode(t, out))
}

func TestSARIFNoAbsentDefaults(t *testing.T) {
	// go-sarif's constructors fill index/id/rank/offsets with -1; none may reach the output, and
	// no ruleIndex may silently be 0 for a rule that is not the first.
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, sub := range v {
				walk(path+"."+k, sub)
			}
		case []any:
			for i, sub := range v {
				walk(fmt.Sprintf("%s[%d]", path, i), sub)
			}
		case float64:
			if v < 0 {
				t.Errorf("%s = %v", path, v)
			}
		}
	}
	walk("", decode(t, writeSARIF(t, testInput(t))))
}

func TestSARIFProblems(t *testing.T) {
	in := testInput(t)
	run := onlyRun(t, decode(t, writeSARIF(t, in)))
	if got := get(t, run, "invocations", 0, "executionSuccessful"); got != true {
		t.Errorf("executionSuccessful = %v, want true without internal problems", got)
	}
	ns := notifications(t, run)
	if len(ns) != len(in.Problems) {
		t.Fatalf("%d notifications, want %d", len(ns), len(in.Problems))
	}
	byText := map[string]any{}
	for _, n := range ns {
		byText[get(t, n, "message", "text").(string)] = n
	}
	parse := byText["invalid syntax"]
	if parse == nil {
		t.Fatalf("no notification for the parse problem: %v", ns)
	}
	if get(t, parse, "level") != "error" {
		t.Errorf("parse problem level %v, want error", get(t, parse, "level"))
	}
	if get(t, parse, "locations", 0, "physicalLocation", "artifactLocation", "uri") != "broken.py" ||
		get(t, parse, "locations", 0, "physicalLocation", "region", "startLine") != 1.0 ||
		get(t, parse, "locations", 0, "physicalLocation", "region", "startColumn") != 7.0 {
		t.Errorf("parse problem location %v", get(t, parse, "locations"))
	}
	load := byText["example.com/bad/pkg: could not import example.com/missing"]
	if load == nil || get(t, load, "level") != "error" || has(load, "locations") {
		t.Errorf("load problem (a package, no file location): %v", load)
	}
	skipped := byText["file larger than 5 MB, skipped"]
	if skipped == nil || get(t, skipped, "level") != "warning" ||
		get(t, skipped, "locations", 0, "physicalLocation", "artifactLocation", "uri") != "huge.py" {
		t.Errorf("skipped file: %v", skipped)
	}

	in.Problems = append(in.Problems, finding.Problem{Path: "app/main.py", Message: "panic in AV201", Kind: "internal"})
	out := writeSARIF(t, in)
	run = onlyRun(t, decode(t, out))
	if got := get(t, run, "invocations", 0, "executionSuccessful"); got != false {
		t.Errorf("executionSuccessful = %v, want false with an internal problem", got)
	}
	if err := validateSARIF(t, out); err != nil {
		t.Errorf("not valid SARIF: %v", err)
	}
}

func TestSARIFTruncation(t *testing.T) {
	const n = MaxSARIFResults + 1
	fs := make([]finding.Finding, n)
	for i := range fs {
		fs[i] = finding.Finding{
			Rule: "AV202", Severity: "medium", Language: "go",
			File: fmt.Sprintf("pkg%03d/file.go", i/1000), Line: i%1000 + 1, Column: 1, EndLine: i%1000 + 1, EndColumn: 5,
			Message: fmt.Sprintf("finding %d", i), Fingerprint: fmt.Sprintf("fp%d", i),
		}
	}
	finding.Sort(fs)
	out := writeSARIF(t, &Input{Findings: fs, Rules: rules.All(), Root: testRoot})
	run := onlyRun(t, decode(t, out))
	rs := results(t, run)
	if len(rs) != MaxSARIFResults {
		t.Fatalf("%d results, want %d", len(rs), MaxSARIFResults)
	}
	if got := get(t, rs[len(rs)-1], "message", "text"); got != fs[MaxSARIFResults-1].Message {
		t.Errorf("last result %v, want the %dth finding (keep the first ones)", got, MaxSARIFResults)
	}
	ns := notifications(t, run)
	if len(ns) != 1 {
		t.Fatalf("want one notification about the truncation, got %v", ns)
	}
	msg := get(t, ns[0], "message", "text").(string)
	if get(t, ns[0], "level") != "warning" || !strings.Contains(msg, "leaves out 1.") || !strings.Contains(msg, "--format json") {
		t.Errorf("truncation notice: level %v, %q", get(t, ns[0], "level"), msg)
	}
	if err := validateSARIF(t, out); err != nil {
		t.Errorf("not valid SARIF: %v", err)
	}

	// At the limit exactly: nothing left out, no notice.
	run = onlyRun(t, decode(t, writeSARIF(t, &Input{Findings: fs[:MaxSARIFResults], Rules: rules.All()})))
	if len(results(t, run)) != MaxSARIFResults || len(notifications(t, run)) != 0 {
		t.Errorf("at the limit: %d results, %d notifications", len(results(t, run)), len(notifications(t, run)))
	}
}

func TestSARIFDeterministic(t *testing.T) {
	first := writeSARIF(t, testInput(t))
	for range 5 {
		if again := writeSARIF(t, testInput(t)); !bytes.Equal(first, again) {
			t.Fatal("two writes of the same input differ")
		}
	}
}

func TestSARIFEmptyRunKeepsResults(t *testing.T) {
	out := writeSARIF(t, &Input{Rules: rules.All(), Root: testRoot})
	run := onlyRun(t, decode(t, out))
	if rs, ok := run["results"].([]any); !ok || len(rs) != 0 {
		t.Errorf("an empty scan must still have results: [], got %v", run["results"])
	}
	if get(t, run, "invocations", 0, "executionSuccessful") != true {
		t.Error("executionSuccessful should be true")
	}
}

func TestSARIFUncataloguedRule(t *testing.T) {
	in := testInput(t)
	in.Findings = append(in.Findings, finding.Finding{
		Rule: "AV999", Name: "future-rule", Severity: "critical", File: "z.py", Line: 1, Column: 1,
		Message: "a rule from a newer catalogue", Fingerprint: "fp-z",
	})
	out := writeSARIF(t, in)
	run := onlyRun(t, decode(t, out))
	descs := get(t, run, "tool", "driver", "rules").([]any)
	if len(descs) != len(in.Rules)+1 || get(t, descs[len(descs)-1], "id") != "AV999" {
		t.Fatalf("want the catalogue then AV999 in driver.rules, got %d rules", len(descs))
	}
	r := resultFor(t, run, "z.py")
	if got := get(t, r, "ruleIndex"); got != float64(len(in.Rules)) {
		t.Errorf("AV999 ruleIndex = %v, want %d", got, len(in.Rules))
	}
	if get(t, r, "level") != "error" {
		t.Errorf("AV999 level %v, want error (critical)", get(t, r, "level"))
	}
	if err := validateSARIF(t, out); err != nil {
		t.Errorf("not valid SARIF: %v", err)
	}
}

func TestMarkdownToText(t *testing.T) {
	md := "Reports `app.run(debug=True)` and\n**bold** words; see [Flask](https://flask.example/x).\n\n" +
		"- item one\n  continued\n- item two\n\n```python\napp.run()\n\nx = 1\n```\n```go\ngin.SetMode(m)\n```"
	want := "Reports app.run(debug=True) and bold words; see Flask (https://flask.example/x).\n\n" +
		"- item one continued\n- item two\n\n    app.run()\n\n    x = 1\n\n    gin.SetMode(m)"
	if got := markdownToText(md); got != want {
		t.Errorf("markdownToText:\n%s\nwant:\n%s", got, want)
	}
}

func TestSARIFCodeFlows(t *testing.T) {
	run := onlyRun(t, decode(t, writeSARIF(t, testInput(t))))
	res := resultFor(t, run, "cmd/server/main.go")
	locs := get(t, res, "codeFlows", 0, "threadFlows", 0, "locations")
	steps, ok := locs.([]any)
	if !ok || len(steps) != 2 {
		t.Fatalf("thread flow locations: %v", locs)
	}
	if got := get(t, steps[0], "location", "message", "text"); got != "source" {
		t.Errorf("first step %v, want the source", got)
	}
	if got := get(t, steps[1], "location", "physicalLocation", "region", "startLine"); got != float64(3) {
		t.Errorf("last step line %v, want the sink's 3", got)
	}
	if has(resultFor(t, run, "app/main.py"), "codeFlows") {
		t.Error("a result without a flow has codeFlows")
	}
}
