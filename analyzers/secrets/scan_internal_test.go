package secrets

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"
)

var testdata = func() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "go"))
	if err != nil {
		panic(err)
	}
	return dir
}()

// loadFixtures loads fixture packages of the GOPATH tree the way analysistest does.
func loadFixtures(t testing.TB, mode packages.LoadMode, patterns ...string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode:  mode,
		Dir:   filepath.Join(testdata, "src"),
		Tests: true,
		Env:   append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOWORK=off", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("fixtures do not type-check")
	}
	return pkgs
}

var okMark = regexp.MustCompile(`//.*\bok:\s*((?:AV[0-9]{3}[\s,]*)+)`)

// TestAllRulesOnAllFixtures runs the four analyzers together over every fixture of the family:
// a line marked `// ok: AVnnn` in any rule's fixtures carries no AVnnn finding, every finding
// comes from the rule its analyzer is named after, and no message holds a reported secret.
func TestAllRulesOnAllFixtures(t *testing.T) {
	pkgs := loadFixtures(t, packages.LoadAllSyntax, "av101/...", "av102/...", "av103/...", "av104/...")
	// ScanAnalyzer is a root too: the checker drops the results of dependencies once used.
	graph, err := checker.Analyze(append([]*analysis.Analyzer{ScanAnalyzer}, Analyzers...), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	secretsSeen := map[string]bool{}
	type diag struct {
		rule, msg string
		pos       token.Position
	}
	var diags []diag
	for act := range graph.All() {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		if res, ok := act.Result.(*Result); ok && act.Analyzer == ScanAnalyzer {
			for _, f := range res.Findings {
				// Placeholders are words ("secret", "password") that messages may use.
				if s := f.value[f.Match.Start:f.Match.End]; len(s) > 4 && f.Match.Rule != "AV103" {
					secretsSeen[s] = true
				}
			}
		}
		if !act.IsRoot || act.Analyzer == ScanAnalyzer {
			continue
		}
		for _, d := range act.Diagnostics {
			if d.Category != act.Analyzer.Name {
				t.Errorf("%s reported a %s finding: %s", act.Analyzer.Name, d.Category, d.Message)
			}
			diags = append(diags, diag{d.Category, d.Message, act.Package.Fset.Position(d.Pos)})
		}
	}
	if len(secretsSeen) < 50 {
		t.Errorf("only %d distinct secrets found in the fixtures", len(secretsSeen))
	}
	okLines := map[string]map[int]string{} // file -> line -> rules marked ok
	for _, d := range diags {
		lines, done := okLines[d.pos.Filename]
		if !done {
			lines = readOKMarks(t, d.pos.Filename)
			okLines[d.pos.Filename] = lines
		}
		if strings.Contains(lines[d.pos.Line], d.rule) {
			t.Errorf("%s: %s finding on a line marked ok: %s", d.pos, d.rule, d.msg)
		}
		for s := range secretsSeen {
			if strings.Contains(d.msg, s) {
				t.Errorf("%s: message shows the secret %q in full: %s", d.pos, s, d.msg)
			}
		}
	}
}

func readOKMarks(t *testing.T, name string) map[int]string {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[int]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if m := okMark.FindStringSubmatch(sc.Text()); m != nil {
			out[n] = m[1]
		}
	}
	return out
}

// passFor type-checks one synthetic file (standard library imports only) into a pass of
// ScanAnalyzer.
func passFor(t testing.TB, name, src string) *analysis.Pass {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
		Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	files := []*ast.File{f}
	return &analysis.Pass{
		Analyzer: ScanAnalyzer, Fset: fset, Files: files, Pkg: pkg, TypesInfo: info,
		ResultOf: map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(files)},
	}
}

func run(t testing.TB, pass *analysis.Pass) *Result {
	t.Helper()
	res, err := runScan(pass)
	if err != nil {
		t.Fatal(err)
	}
	return res.(*Result)
}

// TestHostileInput: a concatenation of 20,000 literals and deeply nested literals are walked
// without recursion and in linear time.
func TestHostileInput(t *testing.T) {
	var b strings.Builder
	b.WriteString("package p\n\nconst long = \"\"")
	for range 20000 {
		b.WriteString(` + "a "`)
	}
	b.WriteString(` + "ghp_" + "UIaxhoQfm1O5Qp4QqFsforl3gRKrApSbkpZc"`)
	b.WriteString("\n\nvar apiKey = ")
	const depth = 500
	b.WriteString(strings.Repeat("(", depth) + `"Wm4Rk8Tn2Xq6Lv9Bc3Hz"` + strings.Repeat(")", depth))
	b.WriteString("\n\nvar nested = " + strings.Repeat("[]", depth) + "string")
	b.WriteString(strings.Repeat("{", depth) + `"Wm4Rk8Tn2Xq6Lv9Bc3Hz"` + strings.Repeat("}", depth) + "\n")
	pass := passFor(t, "hostile.go", b.String())
	start := time.Now()
	res := run(t, pass)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("scan took %v", d)
	}
	var rules []string
	for _, f := range res.Findings {
		rules = append(rules, f.Match.Rule+" "+f.Match.Kind)
	}
	want := []string{"AV102 github-token", "AV101 credential-name"}
	if strings.Join(rules, ",") != strings.Join(want, ",") {
		t.Errorf("findings %v, want %v", rules, want)
	}
}

// TestGeneratedAndTestFiles: generated files are skipped; _test.go files use the engine's
// test-file rules.
func TestGeneratedAndTestFiles(t *testing.T) {
	const body = "\nconst apiKey = \"your_api_key\"\n\nvar password = \"Tr0ub4dor&3x\"\n"
	count := func(name, header string) int {
		return len(run(t, passFor(t, name, header+"package p\n"+body)).Findings)
	}
	if n := count("p.go", ""); n != 2 {
		t.Errorf("plain file: %d findings, want 2", n)
	}
	if n := count("p.go", "// Code generated by stringer. DO NOT EDIT.\n\n"); n != 0 {
		t.Errorf("generated file: %d findings, want 0", n)
	}
	if n := count("p_test.go", ""); n != 0 { // a placeholder and a plain password are fine in tests
		t.Errorf("test file: %d findings, want 0", n)
	}
}

// TestSpans: a match is reported on the literal that holds it, not on the whole concatenation,
// and a match wholly inside a named constant is left to the constant's declaration.
func TestSpans(t *testing.T) {
	src := `package p

const prefix = "https://api.internal/v1?token="

const url = prefix + "Ab3Cd5Ef7Gh9Jk2Lm4Np6" + "&user=x"

const dsn = "postgres://app:Sup3rS3cret!9@db.internal/app"

var withSuffix = dsn + "?sslmode=require"
`
	pass := passFor(t, "p.go", src)
	res := run(t, pass)
	var got []string
	for _, f := range res.Findings {
		p, e := pass.Fset.Position(f.Pos), pass.Fset.Position(f.End)
		got = append(got, fmt.Sprintf("%s %d:%d-%d", f.Match.Rule, p.Line, p.Column, e.Column))
	}
	// prefix + "…" + "&user=x": the token= value sits in the second literal only; dsn is
	// reported at its declaration and not again in withSuffix.
	want := []string{"AV104 5:22-45", "AV104 7:13-59"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("findings %v, want %v", got, want)
	}
}
