package python

import "testing"

func TestModuleOf(t *testing.T) {
	for shown, want := range map[string]string{
		"app/main.py":          "app.main",
		"app/__init__.py":      "app",
		"__init__.py":          "",
		"main.py":              "main",
		"app/routers/items.py": "app.routers.items",
		"/abs/app/main.py":     "",
		"../other/main.py":     "",
		"app/README.md":        "",
	} {
		if got := ModuleOf(shown); got != want {
			t.Errorf("ModuleOf(%q) = %q, want %q", shown, got, want)
		}
	}
}

func TestSameModule(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"app.routers.items", "app.routers.items", true},
		{"backend.app.routers.items", "app.routers.items", true},
		{"routers.items", "app.routers.items", true},
		{"app.routers.items", "app.routers.users", false},
		{"app.myitems", "items", false},
		{"", "items", false},
	} {
		if got := SameModule(tc.a, tc.b); got != tc.want {
			t.Errorf("SameModule(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}
