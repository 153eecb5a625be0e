package python

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
