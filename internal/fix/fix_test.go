package fix

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/apivet/apivet/internal/finding"
)

func TestApply(t *testing.T) {
	dir := t.TempDir()
	src := "app.run(debug=True)\napp.debug = True\n"
	os.WriteFile(filepath.Join(dir, "a.py"), []byte(src), 0o600)
	edit := func(off, end int, text string) []finding.Fix {
		return []finding.Fix{{Description: "fix", Edits: []finding.Edit{{File: "a.py", Offset: off, EndOffset: end, NewText: text}}}}
	}
	fs := []finding.Finding{
		{File: "a.py", Line: 1, Rule: "AV201", Fixes: edit(8, 18, "")},                                     // remove debug=True
		{File: "a.py", Line: 2, Rule: "AV201", Fixes: edit(32, 36, "False")},                               // True -> False
		{File: "a.py", Line: 2, Rule: "AV999", Fixes: edit(30, 36, "x")},                                   // overlaps: skipped
		{File: "a.py", Line: 1, Rule: "AV201", Fixes: edit(0, 3, "X"), Suppressed: &finding.Suppression{}}, // suppressed: not applied
	}
	res, err := Apply(dir, fs)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "a.py"))
	if want := "app.run()\napp.debug = False\n"; string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if res.Applied != 2 || len(res.Skipped) != 1 {
		t.Errorf("result %+v", res)
	}
	if info, _ := os.Stat(filepath.Join(dir, "a.py")); info.Mode().Perm() != 0o600 {
		t.Error("file mode not kept")
	}
	// An edit past the end (the file changed since) is refused, and the file left alone.
	res, _ = Apply(dir, []finding.Finding{{File: "a.py", Fixes: edit(100, 120, "")}})
	if res.Applied != 0 || len(res.Skipped) != 1 {
		t.Errorf("stale edit applied: %+v", res)
	}
}
