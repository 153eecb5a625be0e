package python

import (
	"path"
	"strings"
)

// readImports maps local names to the dotted paths they stand for, from every import statement of
// the file (imports inside functions and try blocks included: they bind names just the same).
func readImports(f *File) map[string]string {
	m := map[string]string{}
	for _, n := range f.byKind["import_statement"] {
		for i := uint(0); i < NamedChildCount(n); i++ {
			c := NamedChild(n, i)
			switch KindOf(c) {
			case "dotted_name":
				// `import a.b` binds a, which stands for the package a.
				full := f.Text(c)
				head := f.Text(NamedChild(c, 0))
				if _, ok := m[head]; !ok || full == head {
					m[head] = head
				}
			case "aliased_import":
				m[f.Text(Child(c, "alias"))] = f.Text(Child(c, "name"))
			}
		}
	}
	for _, n := range f.byKind["import_from_statement"] {
		mod := f.Text(Child(n, "module_name"))
		for _, name := range ChildrenByField(n, "name") {
			switch KindOf(name) {
			case "dotted_name":
				m[f.Text(name)] = mod + "." + f.Text(name)
			case "aliased_import":
				m[f.Text(Child(name, "alias"))] = mod + "." + f.Text(Child(name, "name"))
			}
		}
	}
	return m
}

// ImportsModule reports whether the file imports the module or one of its submodules, or names from
// it (prefix "flask" matches flask, flask.helpers, flask_login does not).
func (f *File) ImportsModule(module string) bool {
	for _, full := range f.Imports {
		if full == module || len(full) > len(module) && full[:len(module)] == module && full[len(module)] == '.' {
			return true
		}
	}
	return false
}

// RelativeImports maps the names bound by the file's relative imports (`from .routers import
// items`) to absolute dotted paths, resolved against module, the file's module; a package's
// __init__ is its package.
func RelativeImports(f *File, module string) map[string]string {
	isPackage := path.Base(f.Path) == "__init__.py"
	out := map[string]string{}
	if module == "" {
		return out
	}
	pkg := strings.Split(module, ".")
	if !isPackage {
		pkg = pkg[:len(pkg)-1]
	}
	for _, n := range f.Nodes("import_from_statement") {
		from := f.Text(Child(n, "module_name"))
		rest := strings.TrimLeft(from, ".")
		level := len(from) - len(rest)
		if level == 0 || level-1 > len(pkg) {
			continue
		}
		base := strings.Join(pkg[:len(pkg)-(level-1)], ".")
		if rest != "" {
			base = strings.Trim(base+"."+rest, ".")
		}
		for _, name := range ChildrenByField(n, "name") {
			local, orig := f.Text(name), f.Text(name)
			if KindOf(name) == "aliased_import" {
				local, orig = f.Text(Child(name, "alias")), f.Text(Child(name, "name"))
			}
			out[local] = strings.Trim(base+"."+orig, ".")
		}
	}
	return out
}

// ResolveImported splits an imported dotted name into the module it comes from and its name:
// views.refund after `from . import views` in app/urls.py is app.views and refund.
func ResolveImported(f *File, rel map[string]string, d string) (module, name string, ok bool) {
	head, rest, _ := strings.Cut(d, ".")
	full, ok := rel[head]
	if !ok {
		full = f.Imports[head]
	}
	if rest != "" {
		full += "." + rest
	}
	i := strings.LastIndexByte(full, '.')
	if i <= 0 {
		return "", "", false
	}
	return full[:i], full[i+1:], true
}
