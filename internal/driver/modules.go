package driver

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/apivet/apivet/analyzers/python"
)

// maxPackageDepth bounds the walk up a file's package folders.
const maxPackageDepth = 64

// pythonModules returns the dotted module path of each file, for the cross-file facts that
// name modules (urls.py routing views.x, include_router(items.router), from_object("config")).
// A file shown by its path below the working directory is named by that path (app/views.py is
// app.views). A file outside it (an absolute argument) is named as Python would import it: its
// folders up to the last one holding an __init__.py (…/site-packages/hyperkitty/views/x.py is
// hyperkitty.views.x).
func pythonModules(files []string, rel func(string) string) []string {
	out := make([]string, len(files))
	isPackage := map[string]bool{}
	hasInit := func(dir string) bool {
		v, ok := isPackage[dir]
		if !ok {
			fi, err := os.Stat(filepath.Join(dir, "__init__.py"))
			v = err == nil && fi.Mode().IsRegular()
			isPackage[dir] = v
		}
		return v
	}
	for i, f := range files {
		if out[i] = python.ModuleOf(rel(f)); out[i] != "" {
			continue
		}
		abs, err := filepath.Abs(f)
		if err != nil || !strings.HasSuffix(abs, ".py") {
			continue
		}
		var parts []string
		if name := strings.TrimSuffix(filepath.Base(abs), ".py"); name != "__init__" {
			parts = append(parts, name)
		}
		dir := filepath.Dir(abs)
		for range maxPackageDepth {
			if !hasInit(dir) {
				break
			}
			parts = append([]string{filepath.Base(dir)}, parts...)
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
		out[i] = strings.Join(parts, ".")
	}
	return out
}
