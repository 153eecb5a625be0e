package suppress

import (
	"go/parser"
	"go/token"
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	cases := []struct {
		comment string
		ok      bool
		rules   []string
		reason  string
		kind    string
	}{
		{"//apivet:ignore AV201 local demo", true, []string{"AV201"}, "local demo", "apivet"},
		{"// apivet:ignore AV201,AV202 -- behind the VPN", true, []string{"AV201", "AV202"}, "behind the VPN", "apivet"},
		{"//apivet:ignore av101 lower case", true, []string{"AV101"}, "lower case", "apivet"},
		{"//apivet:ignore", true, nil, "", "apivet"},
		{"//apivet:ignored AV201", false, nil, "", ""},
		{"//apivet:ignore AV2O1 typo", false, nil, "", ""},
		{"//apivet:ignore AV201 Avoid the noise", true, []string{"AV201"}, "Avoid the noise", "apivet"},
		{"# apivet: ignore[AV201] local demo", true, []string{"AV201"}, "local demo", "apivet"},
		{"#apivet:ignore[AV201, AV203]", true, []string{"AV201", "AV203"}, "", "apivet"},
		{"# apivet: ignore reason only", true, nil, "reason only", "apivet"},
		{"# apivet: ignore[AV2O1] typo", false, nil, "", ""}, // a typo silences nothing
		{"# apivet: ignore[AV201 AV202]", true, []string{"AV201", "AV202"}, "", "apivet"},
		{"# nosec", true, nil, "", "nosec"},
		{"#nosec", true, nil, "", "nosec"},
		{"// #nosec", true, nil, "", "nosec"},
		{"//nosec", true, nil, "", "nosec"},
		{"// #nosec -- reviewed", true, nil, "reviewed", "nosec"},
		{"# nosec B105", false, nil, "", ""},        // names only a bandit rule: not ours
		{"// #nosec G101 G402", false, nil, "", ""}, // names only gosec rules
		{"# nosec AV101", true, []string{"AV101"}, "", "nosec"},
		{"# the nosecurity team", false, nil, "", ""},
		{"// apivet is great", false, nil, "", ""},
		{"# want: AV201", false, nil, "", ""},
	}
	for _, c := range cases {
		d, ok := Parse(c.comment)
		if ok != c.ok {
			t.Errorf("%q: ok=%v, want %v", c.comment, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if !reflect.DeepEqual(d.Rules, c.rules) || d.Reason != c.reason || d.Kind != c.kind {
			t.Errorf("%q: got rules %v reason %q kind %q, want %v %q %q", c.comment, d.Rules, d.Reason, d.Kind, c.rules, c.reason, c.kind)
		}
	}
}

func TestIndexLines(t *testing.T) {
	src := []byte("x = 1  # apivet: ignore[AV201] trailing\n# apivet: ignore[AV203] above\ny = 2\nz = 3\n")
	x := FromComments(src, []Comment{
		{Offset: 7, Line: 1, Text: "# apivet: ignore[AV201] trailing"},
		{Offset: 40, Line: 2, Text: "# apivet: ignore[AV203] above"},
	})
	checks := []struct {
		rule string
		line int
		want bool
	}{
		{"AV201", 1, true}, {"AV201", 2, false}, // a trailing comment covers its own line only
		{"AV203", 2, true}, {"AV203", 3, true}, {"AV203", 4, false}, // a lone one covers the next line too
		{"AV201", 3, false},
	}
	for _, c := range checks {
		if _, got := x.Lookup(c.rule, c.line); got != c.want {
			t.Errorf("%s at line %d: silenced=%v, want %v", c.rule, c.line, got, c.want)
		}
	}
}

func TestForGo(t *testing.T) {
	src := "package p\n\nvar a = 1 //apivet:ignore AV101 test key\n\n//nosec\nvar b = 2\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	x := ForGo(fset, f, []byte(src))
	if _, ok := x.Lookup("AV101", 3); !ok {
		t.Error("trailing //apivet:ignore not applied")
	}
	if _, ok := x.Lookup("AV102", 3); ok {
		t.Error("//apivet:ignore AV101 silenced AV102")
	}
	if _, ok := x.Lookup("AV999", 6); !ok {
		t.Error("lone //nosec does not cover the next line")
	}
	if _, ok := x.Lookup("AV101", 4); ok {
		t.Error("trailing comment covered the next line")
	}
}
