package driver

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apivet/apivet/internal/finding"
)

// skipDirs are folders never entered while looking for Python files below a root: version control,
// vendored and installed third-party code, caches, and Go's testdata convention.
var skipDirs = map[string]bool{
	".git": true, ".hg": true, ".svn": true, ".bzr": true,
	"vendor": true, "node_modules": true, "site-packages": true, "dist-packages": true,
	"__pycache__": true, ".tox": true, ".nox": true, ".mypy_cache": true, ".pytest_cache": true,
	".ruff_cache": true, ".venv": true, "venv": true, ".eggs": true, "testdata": true,
}

// isVirtualenv reports whether dir is a Python virtual environment (it holds pyvenv.cfg), whatever
// it is called.
func isVirtualenv(dir string) bool {
	_, err := os.Lstat(filepath.Join(dir, "pyvenv.cfg"))
	return err == nil
}

// findPython returns the Python files under the roots (files or directories), each once, sorted.
// Directories are walked without following symbolic links to directories, so link loops cannot
// trap the walk; links to files are followed when read.
func findPython(roots []string) ([]string, []finding.Problem) {
	seen := map[string]bool{}
	var files []string
	var problems []finding.Problem
	add := func(p string) {
		p = filepath.Clean(p)
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, root := range roots {
		info, err := os.Stat(root)
		if err != nil {
			problems = append(problems, finding.Problem{Path: root, Kind: "load", Message: "cannot read: " + cleanErr(err)})
			continue
		}
		if !info.IsDir() {
			if strings.HasSuffix(root, ".py") {
				add(root)
			}
			continue
		}
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				problems = append(problems, finding.Problem{Path: p, Kind: "skipped", Message: "cannot read: " + cleanErr(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if p != root && (skipDirs[d.Name()] || isVirtualenv(p)) {
					return fs.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(d.Name(), ".py") && (d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) {
				add(p)
			}
			return nil
		})
	}
	sort.Strings(files)
	return files, problems
}

// cleanErr drops the path that *PathError repeats, since problems carry the path already.
func cleanErr(err error) string {
	var pe *fs.PathError
	if e, ok := err.(*fs.PathError); ok {
		pe = e
		return pe.Err.Error()
	}
	return err.Error()
}
