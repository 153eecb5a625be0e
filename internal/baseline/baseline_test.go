package baseline

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/apivet/apivet/internal/finding"
)

func TestLoadJSONAndSARIF(t *testing.T) {
	dir := t.TempDir()
	js := filepath.Join(dir, "old.json")
	os.WriteFile(js, []byte(`{"version":"0.1.0","findings":[{"rule":"AV201","fingerprint":"aaa"}],"problems":[]}`), 0o644)
	sarif := filepath.Join(dir, "old.sarif")
	os.WriteFile(sarif, []byte(`{"version":"2.1.0","runs":[{"results":[{"ruleId":"AV201","partialFingerprints":{"`+finding.FingerprintKey+`":"bbb"}}]}]}`), 0o644)
	fs := []finding.Finding{{Fingerprint: "aaa"}, {Fingerprint: "bbb"}, {Fingerprint: "ccc"}}
	for path, want := range map[string][]string{js: {"bbb", "ccc"}, sarif: {"aaa", "ccc"}} {
		b, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range b.New(fs) {
			got = append(got, f.Fingerprint)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: new = %v, want %v", filepath.Base(path), got, want)
		}
	}
	os.WriteFile(js, []byte(`{"something":"else"}`), 0o644)
	if _, err := Load(js); err == nil {
		t.Error("a foreign JSON document was accepted as a baseline")
	}
}

func TestChangedSince(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	run := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	run("init", "-q")
	os.WriteFile(filepath.Join(dir, "a.py"), []byte("one\ntwo\nthree\n"), 0o644)
	run("add", "a.py")
	run("commit", "-qm", "base")
	os.WriteFile(filepath.Join(dir, "a.py"), []byte("zero\none\ntwo\nTHREE\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "new.py"), []byte("x\n"), 0o644)
	ch, err := ChangedSince(dir, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	fs := []finding.Finding{
		{File: "a.py", Line: 1}, {File: "a.py", Line: 2}, {File: "a.py", Line: 4}, {File: "new.py", Line: 1}, {File: "other.py", Line: 1},
	}
	var got []string
	for _, f := range ch.New(fs) {
		got = append(got, f.File+":"+string(rune('0'+f.Line)))
	}
	if want := []string{"a.py:1", "a.py:4", "new.py:1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("changed = %v, want %v", got, want)
	}
	if _, err := ChangedSince(dir, "no-such-rev"); err == nil {
		t.Error("an unknown revision must be an error")
	}
}
