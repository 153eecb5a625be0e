package secrets

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"regexp"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/apivet/apivet/analyzers/internal/analysisutil"
	engine "github.com/apivet/apivet/internal/secrets"
	"github.com/apivet/apivet/rules"
)

// The rule analyzers. Each reports only its own rule's matches from ScanAnalyzer's result.
var (
	// CredentialAnalyzer reports credentials given to credential-named bindings or security
	// APIs (AV101).
	CredentialAnalyzer = newRule(engine.RuleCredential)
	// TokenFormatAnalyzer reports provider-format tokens and private keys (AV102).
	TokenFormatAnalyzer = newRule(engine.RuleTokenFormat)
	// PlaceholderAnalyzer reports tutorial placeholders used as secrets (AV103).
	PlaceholderAnalyzer = newRule(engine.RulePlaceholder)
	// URLCredentialsAnalyzer reports passwords in connection URLs and DSNs (AV104).
	URLCredentialsAnalyzer = newRule(engine.RuleURLCreds)
)

// Analyzers lists the analyzers of this package in rule ID order.
var Analyzers = []*analysis.Analyzer{CredentialAnalyzer, TokenFormatAnalyzer, PlaceholderAnalyzer, URLCredentialsAnalyzer}

// ScanAnalyzer finds the package's string constants, works out their context and scans them. It
// reports nothing itself; its result, a *Result, feeds the four rule analyzers, so the package is
// walked once whichever of them run.
var ScanAnalyzer = &analysis.Analyzer{
	Name: "secretscan",
	Doc: "secretscan finds string literals, works out the name each is bound to and the security " +
		"API it reaches, and scans them for hardcoded secrets; it reports nothing itself and feeds " +
		"the rules AV101-AV104",
	URL:        rules.DocsURL + "#av101",
	Run:        runScan,
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
}

func init() {
	ScanAnalyzer.Flags.Var(&customFormats, "formats",
		`organisation-specific token formats reported under AV102, as JSON: [{"name": "acme", "regex": "acme_[a-z0-9]{32}", "description": "ACME token"}]`)
}

// customFormats holds the -secretscan.formats flag.
var customFormats formatsFlag

// formatsFlag is a flag.Value holding custom token formats as JSON.
type formatsFlag struct {
	text    string
	formats []engine.Custom
}

func (f *formatsFlag) String() string { return f.text }

func (f *formatsFlag) Set(s string) error {
	var raw []struct{ Name, Regex, Description string }
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		return fmt.Errorf("want a JSON list of {name, regex, description}: %v", err)
	}
	var out []engine.Custom
	for _, r := range raw {
		re, err := regexp.Compile(r.Regex)
		if err != nil {
			return fmt.Errorf("format %q: %v", r.Name, err)
		}
		desc := r.Description
		if desc == "" {
			desc = r.Name
		}
		out = append(out, engine.Custom{Name: r.Name, Description: desc, Regex: re})
	}
	f.text, f.formats = s, out
	return nil
}

// Result is ScanAnalyzer's result: every match in the package, in file and position order.
type Result struct {
	Findings []Finding
}

// Finding is one engine match at the literal that holds it.
type Finding struct {
	Pos, End token.Pos      // the literal (or the part of a concatenation that holds the match)
	Match    engine.Match   // the engine's verdict; Match.Rule is the rule ID
	Context  engine.Context // what the analyzer told the engine
	value    string         // the literal's value, for tests; never printed
}

// Message renders the finding's message; it never contains the secret in full.
func (f Finding) Message() string { return engine.Message(f.Match, f.Context) }

func newRule(id string) *analysis.Analyzer {
	return analysisutil.New(id, func(pass *analysis.Pass) (any, error) {
		res, _ := pass.ResultOf[ScanAnalyzer].(*Result)
		if res == nil {
			return nil, nil
		}
		for _, f := range res.Findings {
			if f.Match.Rule == id {
				pass.Report(analysis.Diagnostic{
					Pos: f.Pos, End: f.End, Category: id, Message: f.Message(),
				})
			}
		}
		return nil, nil
	}, ScanAnalyzer)
}

func runScan(pass *analysis.Pass) (res any, err error) {
	// Drivers recover panics in the analyzers they were given, not in the ones those require:
	// turn a panic into this package's error instead of a crash of the whole run.
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("internal error: panic: %v\n%s", r, debug.Stack())
		}
	}()
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	s := newScanner(pass)
	var files []inspector.Cursor
	for fc := range in.Root().Children() {
		f, ok := fc.Node().(*ast.File)
		if !ok || ast.IsGenerated(f) {
			continue
		}
		files = append(files, fc)
		s.literals(fc, analysisutil.IsTestFile(pass, f))
	}
	if len(s.bound) > 0 {
		for _, fc := range files {
			s.uses(fc)
		}
	}
	return &Result{Findings: s.scan()}, nil
}
