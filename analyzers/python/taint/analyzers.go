package taint

import (
	"runtime"
	"sync"

	"github.com/apivet/apivet/analyzers/python"
)

// Kinds are the node kinds the analyzers index: the functions whose bodies are analysed.
var Kinds = []string{"function_definition"}

// keywords gate parsing soundly: every source needs the word "request" (Flask's request, a Django
// request parameter, Starlette's Request, imported from a module path containing "requests"), a
// FastAPI import (route-handler parameters) or a Flask import (the variables of route rules).
var keywords = []string{"request", "fastapi", "flask"}

func newAnalyzer(rule int) *python.Analyzer {
	a := python.NewAnalyzer(ruleIDs[rule], Kinds, keywords, func(pass *python.Pass) {
		m := modelOf(pass.File)
		for _, fd := range m.findings[rule] {
			d := python.NodeDiagnostic(fd.sink, fd.msg)
			d.Related = fd.related
			pass.Report(d)
		}
	})
	a.Join = Join
	return a
}

// The analyzers, one per sink family.
var (
	SQLInjection          = newAnalyzer(sqlRule)
	CommandInjection      = newAnalyzer(cmdRule)
	TemplateInjection     = newAnalyzer(tmplRule)
	PathTraversal         = newAnalyzer(pathRule)
	OpenRedirect          = newAnalyzer(redirectRule)
	UnsafeDeserialization = newAnalyzer(deserRule)
	SSRF                  = newAnalyzer(ssrfRule)
	CodeInjection         = newAnalyzer(evalRule)
)

// Analyzers are the package's analyzers, in rule ID order.
var Analyzers = []*python.Analyzer{
	SQLInjection, CommandInjection, TemplateInjection, PathTraversal, OpenRedirect,
	UnsafeDeserialization, SSRF, CodeInjection,
}

// models caches the analysis of the files being analysed so that the eight analyzers of one file
// share it. A key holds its File alive, so its address cannot be reused while the entry exists;
// the cache keeps the most recent files only (the driver runs a file's rules one after the other).
var models struct {
	sync.Mutex
	order  []*python.File
	byFile map[*python.File]*entry
}

type entry struct {
	once sync.Once
	m    *fileModel
}

func modelOf(f *python.File) *fileModel {
	models.Lock()
	if models.byFile == nil {
		models.byFile = map[*python.File]*entry{}
	}
	e, ok := models.byFile[f]
	if !ok {
		e = &entry{}
		models.byFile[f] = e
		models.order = append(models.order, f)
		for limit := 2*runtime.GOMAXPROCS(0) + 2; len(models.order) > limit; {
			delete(models.byFile, models.order[0])
			models.order = models.order[1:]
		}
	}
	models.Unlock()
	e.once.Do(func() { e.m = analyseFile(f) })
	return e.m
}
