package driver

import (
	"maps"
	"regexp"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/apivet/apivet/analyzers/python"
)

// projectPasses returns the distinct project pre-passes the enabled analyzers ask for.
func projectPasses(analyzers []*python.Analyzer) []*python.ProjectPass {
	return distinct(analyzers, func(a *python.Analyzer) *python.ProjectPass { return a.Project })
}

// Limits on what the pre-pass keeps for the main pass: the source of every file it read, up to
// keptSourceLimit bytes, and the trees it parsed, up to keptTreeLimit bytes of their source.
// Beyond them, the main pass reads or parses the file again.
const (
	keptSourceLimit = 256 << 20
	keptTreeLimit   = 64 << 20
)

// preRead is what the project pre-pass read of a file, for the main pass: its content or why it
// could not be read (when read is set), and its tree when the pre-pass parsed it.
type preRead struct {
	src  []byte
	err  error
	read bool
	tree *python.File
}

// release frees what the main pass will not use.
func (p preRead) release() {
	if p.tree != nil {
		p.tree.Close()
	}
}

// projectFacts runs the pre-passes before files are analysed one at a time: it reads every file,
// parses only those naming one of the pre-passes' keywords and merges what they declare in path
// order. It reports no problems: the main pass reports what it could not read. What it read and
// parsed (with the node kinds of every analyzer, kinds) is kept for the main pass, by index, within
// the limits above; parsed counts the files it parsed.
func projectFacts(passes []*python.ProjectPass, files, modules []string, workers int, rel func(string) string, kinds map[string]bool, cache *Cache) (facts *python.ProjectFacts, pre []preRead, parsed int) {
	all := maps.Clone(kinds)
	if all == nil {
		all = map[string]bool{}
	}
	var keywords []string
	for _, p := range passes {
		for _, k := range p.Kinds {
			all[k] = true
		}
		keywords = append(keywords, p.Keywords...)
	}
	var keptSrc, keptTrees atomic.Int64
	type one struct {
		shown  string
		facts  python.ProjectFacts
		parsed bool
	}
	results := make([]one, len(files))
	pre = make([]preRead, len(files))
	eachFile(len(files), workers, func(w *worker, i int) {
		r := &results[i]
		r.shown = rel(files[i])
		src, err := readPython(files[i])
		if keptSrc.Add(int64(len(src))) <= keptSourceLimit {
			pre[i] = preRead{src: src, err: err, read: true}
		}
		if err != nil || !python.ContainsAny(src, keywords) {
			return
		}
		var tree *python.File
		r.facts, tree, r.parsed = fileFacts(w.parser, passes, src, r.shown, modules[i], all, cache)
		if tree != nil && (!pre[i].read || keptTrees.Add(int64(len(src))) > keptTreeLimit) {
			tree.Close()
			tree = nil
		}
		pre[i].tree = tree
	})
	sort.SliceStable(results, func(i, j int) bool { return results[i].shown < results[j].shown })
	facts = &python.ProjectFacts{}
	for _, r := range results {
		if r.parsed {
			parsed++
		}
		facts.Merge(r.facts)
	}
	if len(facts.Views) > 0 {
		facts.KeepViews(definer(files, modules, pre))
	}
	if facts.Empty() {
		return nil, pre, parsed
	}
	return facts, pre, parsed
}

// definer returns a test of whether the project defines a view: a file of the module holds a
// top-level `def name` or `class name`, a byte check on the few modules urlconfs name, so that a
// view a urlconf routes is listed once, by the module that defines it, and a view the project
// does not hold (re-exported, or a library's) stays its urlconf's.
func definer(files, modules []string, pre []preRead) func(module, name string) bool {
	srcs := map[string][]byte{}
	return func(module, name string) bool {
		def := regexp.MustCompile(`(?m)^(?:async[ \t]+)?(?:def|class)[ \t]+` + regexp.QuoteMeta(name) + `\b`)
		for i, mod := range modules {
			if !python.SameModule(mod, module) {
				continue
			}
			src, ok := srcs[files[i]]
			if !ok {
				if src = pre[i].src; !pre[i].read {
					src, _ = readPython(files[i])
				}
				srcs[files[i]] = src
			}
			if def.Match(src) {
				return true
			}
		}
		return false
	}
}

// fileFacts reads one file's project facts from its content under the main pass's limits; a file
// that breaks them, or a pre-pass that panics on it, yields none. The tree is returned for the
// main pass, unless it is nested too deep to analyse.
func fileFacts(parser *python.Parser, passes []*python.ProjectPass, src []byte, shown, module string, kinds map[string]bool, cache *Cache) (facts python.ProjectFacts, tree *python.File, parsed bool) {
	facts = cache.facts(shown+"\x00"+module, src, func() (python.ProjectFacts, bool) {
		var keep bool
		facts, tree, parsed, keep = parseFacts(parser, passes, src, shown, module, kinds)
		return facts, keep
	})
	return facts, tree, parsed
}

// parseFacts parses a file for the pre-pass; keep says whether its facts may be cached (not
// after a timeout or a panic, which a fixed binary or a faster machine would change).
func parseFacts(parser *python.Parser, passes []*python.ProjectPass, src []byte, shown, module string, kinds map[string]bool) (facts python.ProjectFacts, tree *python.File, parsed, keep bool) {
	f := parser.Parse(shown, src, kinds, ParseTimeout)
	if f == nil {
		return facts, nil, false, false
	}
	if f.MaxDepth > MaxPythonDepth {
		f.Close()
		return facts, nil, true, true
	}
	f.Module = module
	defer func() {
		if recover() != nil {
			facts = python.ProjectFacts{} // the main pass reports the analyzers' panic on this file
			keep = false
			f.Close()
			tree = nil
		}
	}()
	for _, p := range passes {
		if python.ContainsAny(src, p.Keywords) {
			facts.Merge(p.Facts(f, f.Module))
		}
	}
	return facts, f, true, true
}

// projectWords says what the pre-passes look for, for progress messages.
func projectWords(passes []*python.ProjectPass) string {
	var ws []string
	for _, p := range passes {
		ws = append(ws, p.Keywords...)
	}
	return strings.Join(ws, ", ")
}
