package secrets

import (
	"strings"
	"testing"
)

// FuzzScan checks the invariants on arbitrary input: no panics, valid and
// non-overlapping ranges, redaction that hides the secret, and Prefilter
// soundness for nameless scans.
func FuzzScan(f *testing.F) {
	for _, v := range corpus() {
		f.Add(v, "", false)
	}
	f.Add("hunter2", "password", false)
	f.Add("your_secret_key_here", "SECRET_KEY", true)
	f.Fuzz(func(t *testing.T, v, name string, test bool) {
		for _, ctx := range []Context{{TestFile: test}, {Name: name, TestFile: test}, {Sink: "hmac-key"}} {
			ms := Scan(v, ctx)
			for i, m := range ms {
				if m.Start < 0 || m.End > len(v) || m.Start >= m.End {
					t.Fatalf("bad range %d..%d", m.Start, m.End)
				}
				sec := v[m.Start:m.End]
				if len([]rune(sec)) > 8 && strings.Contains(m.Redacted, sec) {
					t.Fatalf("redaction leaks %q", sec)
				}
				for _, o := range ms[:i] {
					if m.Start < o.End && o.Start < m.End {
						t.Fatalf("overlap")
					}
				}
				_ = Message(m, ctx)
			}
			if ctx.Name == "" && ctx.Sink == "" && len(ms) > 0 && !Prefilter(v) {
				t.Fatalf("Prefilter unsound for %q", v)
			}
		}
		_ = IsCredentialName(name)
		_ = IsPlaceholder(v)
	})
}
