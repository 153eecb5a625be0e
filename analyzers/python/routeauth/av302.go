package routeauth

import (
	"bytes"
	"fmt"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// DecoratorAboveRoute reports an authentication decorator written above a Flask route decorator
// (AV302).
var DecoratorAboveRoute = python.NewAnalyzer("AV302", Kinds,
	// A Flask route decorator is `.route(`, or `.get(`/`.post(`... in a file importing flask.
	[]string{"route", "flask"},
	runDecoratorAboveRoute)

func runDecoratorAboveRoute(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	m := modelOf(f)
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, dd := range f.Nodes("decorated_definition") {
		fn := python.Child(dd, "definition")
		if fn == nil || python.KindOf(fn) != "function_definition" {
			continue
		}
		decos := decoratorsOf(dd)
		lowest := -1
		var lowestRC *routeCall
		isRoute := make([]bool, len(decos))
		for i, d := range decos {
			if rc := m.routeDecorator(decoratorExpr(d)); rc != nil && rc.c.kind.framework() == "flask" {
				isRoute[i] = true
				lowest, lowestRC = i, rc
			}
		}
		for j := 0; j < lowest; j++ {
			if isRoute[j] {
				continue
			}
			expr := decoratorExpr(decos[j])
			if c, _, _ := m.hookDecorator(expr); c != nil {
				continue
			}
			v := m.decorator(expr, "route")
			if v.guard == nil && !v.uncalled {
				continue
			}
			name := strings.Join(strings.Fields(f.Text(expr)), " ")
			routeText := strings.Join(strings.Fields(f.Text(lowestRC.call)), " ")
			msg := fmt.Sprintf("@%s is above the route decorator @%s: Flask registers the function it is given, the undecorated view, "+
				"so the check never runs and the route answers everyone; move @%s below the route decorator",
				name, routeText, name)
			d := python.NodeDiagnostic(decos[j], msg)
			next := fn
			if lowest+1 < len(decos) {
				next = decos[lowest+1]
			}
			pass.Report(python.WithFix(d, "Move the decorator below the route decorator", moveLine(f, decos[j], next)))
		}
	}
}

// moveLine returns the edits that move the line(s) holding decorator d to just before the line
// of next, or nil when d does not sit alone on its lines.
func moveLine(f *python.File, d, next *sitter.Node) []python.TextEdit {
	src := f.Src
	start, end := python.StartByte(d), python.EndByte(d)
	lineStart := uint(bytes.LastIndexByte(src[:start], '\n') + 1)
	if strings.TrimSpace(string(src[lineStart:start])) != "" {
		return nil
	}
	nl := bytes.IndexByte(src[end:], '\n')
	if nl < 0 {
		return nil
	}
	lineEnd := end + uint(nl) + 1
	if rest := strings.TrimSpace(string(src[end : lineEnd-1])); rest != "" && !strings.HasPrefix(rest, "#") {
		return nil
	}
	nextStart := python.StartByte(next)
	insert := uint(bytes.LastIndexByte(src[:nextStart], '\n') + 1)
	if strings.TrimSpace(string(src[insert:nextStart])) != "" || insert < lineEnd {
		return nil
	}
	row := func(off uint) uint { return uint(bytes.Count(src[:off], []byte{'\n'})) }
	at := func(off uint) sitter.Point { return sitter.Point{Row: row(off), Column: 0} }
	return []python.TextEdit{
		{Start: lineStart, End: lineEnd, StartPoint: at(lineStart), EndPos: at(lineEnd), NewText: ""},
		{Start: insert, End: insert, StartPoint: at(insert), EndPos: at(insert), NewText: string(src[lineStart:lineEnd])},
	}
}
