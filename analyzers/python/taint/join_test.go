package taint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python"
)

// A flow that fans out through modules whose every function calls every function of the next
// is followed into each function once per state, not once per path: 10 functions in each of
// four modules give 10^3 paths and 31 functions to reach.
func TestJoinFollowsEachFunctionOnce(t *testing.T) {
	srcs := map[string]string{}
	chain := []string{"pkg.b", "pkg.c", "pkg.d", "pkg.e"}
	for level, module := range chain {
		var b strings.Builder
		b.WriteString("import os\n")
		if level+1 < len(chain) {
			fmt.Fprintf(&b, "from pkg import %s\n", strings.TrimPrefix(chain[level+1], "pkg."))
		}
		for i := range 10 {
			fmt.Fprintf(&b, "\n\ndef f%d(x):\n", i)
			if level+1 < len(chain) {
				next := strings.TrimPrefix(chain[level+1], "pkg.")
				for k := range 10 {
					fmt.Fprintf(&b, "    %s.f%d(x)\n", next, k)
				}
			} else {
				b.WriteString("    os.system(\"echo \" + x)\n")
			}
		}
		srcs[module] = b.String()
	}
	p := python.NewParser()
	defer p.Close()
	var opened []*python.File
	defer func() {
		for _, f := range opened {
			f.Close()
		}
	}()
	open := func(module string) *python.File {
		src, ok := srcs[module]
		if !ok {
			return nil
		}
		f := p.Parse(strings.ReplaceAll(module, ".", "/")+".py", []byte(src), map[string]bool{"function_definition": true}, 0)
		f.Module = module
		opened = append(opened, f)
		return f
	}
	j := &joiner{open: open, models: map[string]*modelOnce{}, seen: map[string]bool{}}
	j.deliver(flow{source: "request.args (app.py line 1)"}, crossTarget{callee: "pkg.b.f0"}, 0, "", 0, map[visit]bool{})
	if len(j.out) != 10 {
		t.Errorf("%d findings, want one at each of the 10 sinks", len(j.out))
	}
	if j.delivered > 300 {
		t.Errorf("%d deliveries: functions were followed once per path", j.delivered)
	}
}
