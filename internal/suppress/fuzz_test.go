package suppress

import (
	"strings"
	"testing"
)

// FuzzParse: any comment text parses without panicking, and what it yields is well formed.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"//apivet:ignore AV201 reason", "# apivet: ignore[AV201,AV202] why", "# nosec", "// #nosec G101 -- x",
		"#apivet:ignore[", "//apivet:ignore ,,, --", "# nosec AV101 B105",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, comment string) {
		d, ok := Parse(comment)
		if !ok {
			return
		}
		if d.Kind != "apivet" && d.Kind != "nosec" {
			t.Fatalf("kind %q", d.Kind)
		}
		for _, r := range d.Rules {
			if r == "" || strings.ContainsAny(r, " \t,[]") {
				t.Fatalf("malformed rule %q from %q", r, comment)
			}
		}
	})
}
