package python

import "testing"

func TestStringValue(t *testing.T) {
	p := NewParser()
	defer p.Close()
	for src, want := range map[string]string{
		`x = "a\x67b\n"`:  "agb\n",
		`x = r"a\x67b"`:   `a\x67b`,
		`x = 'it''s'`:     "its",
		`x = ("ab" "cd")`: "abcd",
		`x = b"\x41"`:     "A",
		`x = "\N{DASH}"`:  `\N{DASH}`, // not decoded: shown as written
		`x = """multi
line"""`: "multi\nline",
	} {
		f := p.Parse("t.py", []byte(src), map[string]bool{"assignment": true}, 0)
		a := f.Nodes("assignment")[0]
		got, ok := f.StringValue(Child(a, "right"))
		if !ok || got != want {
			t.Errorf("%s: got %q %v, want %q", src, got, ok, want)
		}
		f.Close()
	}
	f := p.Parse("t.py", []byte(`x = f"a{b}"`), map[string]bool{"assignment": true}, 0)
	defer f.Close()
	if _, ok := f.StringValue(Child(f.Nodes("assignment")[0], "right")); ok {
		t.Error("an f-string with interpolation has no constant value")
	}
}

// TestFieldID checks the bucketed field lookup against the grammar's names.
func TestFieldID(t *testing.T) {
	Language()
	if len(fieldIDs) < 20 {
		t.Fatalf("only %d field names", len(fieldIDs))
	}
	for name, want := range fieldIDs {
		if got, ok := fieldID(name); !ok || got != want {
			t.Errorf("fieldID(%q) = %d, %v; want %d", name, got, ok, want)
		}
	}
	for _, name := range []string{"", "nam", "names", "Name", "bodyx", "x"} {
		if id, ok := fieldID(name); ok {
			t.Errorf("fieldID(%q) = %d, want no field", name, id)
		}
	}
}

func TestIsTest(t *testing.T) {
	for path, want := range map[string]bool{
		"app/test_views.py": true, "app/views_test.py": true, "conftest.py": true,
		"polls/tests.py": true, "tests/factories.py": true, "src/test/util.py": true,
		"app/views.py": false, "app/testing.py": false, "app/attestation.py": false,
		"contest/views.py": false, "latest_tests.py": false,
	} {
		if got := (&File{Path: path}).IsTest(); got != want {
			t.Errorf("IsTest(%q) = %v, want %v", path, got, want)
		}
	}
}

// The dotted name read from a chain's text is the one joined from its parts, for every node of
// every fixture and of snippets written to tempt the shortcut.
func TestDottedNameFromTextMatchesParts(t *testing.T) {
	srcs := map[string][]byte{
		"spaced.py":   []byte("a . b\na.\\\n  b\n(a).b\n(a.b).c\na.b # c\nx = a  .  b  .  c\n"),
		"numbers.py":  []byte("1..real\n1.0.real\n(1).real\nx = 1 .real\n0x1.real\n"),
		"calls.py":    []byte("a().b\na[0].b\n'x'.join\nf'{a}'.b\na.b().c.d\n"),
		"unicode.py":  []byte("é.ü\nnaïve.attr\n_a._b\n__x__.__y__\n"),
		"errors.py":   []byte("a.\na..b\n.a\na.b.\nx = a.(b)\nimport a.b\nfrom . import c\n"),
		"keywords.py": []byte("a.match\nmatch.case\nprint.x\nself.type\n"),
	}
	addFixtures(t, srcs)
	p := NewParser()
	defer p.Close()
	checked := 0
	for name, src := range srcs {
		f := p.Parse(name, src, map[string]bool{"identifier": true, "attribute": true, "parenthesized_expression": true}, 0)
		for _, kind := range []string{"identifier", "attribute", "parenthesized_expression"} {
			for _, n := range f.Nodes(kind) {
				if got, want := f.dottedName(n), f.joinDotted(n); got != want {
					t.Errorf("%s: %q: dotted name %q from the text, %q from the parts", name, f.Text(n), got, want)
				}
				checked++
			}
		}
		f.Close()
	}
	if checked < 10000 {
		t.Errorf("only %d nodes checked", checked)
	}
}
