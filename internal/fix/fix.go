// Package fix applies the suggested fixes of findings to the files they name.
package fix

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/apivet/apivet/internal/finding"
)

// Result says what Apply did.
type Result struct {
	Applied int      // fixes applied
	Skipped []string // why some fixes were not applied
	Files   []string // files changed
}

// Apply applies the first suggested fix of each finding (suppressed findings excluded) to the
// files under root. A fix whose edits overlap an edit already accepted for the same file is
// skipped whole, so each file is changed consistently; files are written only when every edit
// of theirs lies inside the file.
func Apply(root string, fs []finding.Finding) (Result, error) {
	type pending struct {
		edits []finding.Edit
		fixes int
	}
	byFile := map[string]*pending{}
	var res Result
	for _, f := range fs {
		if f.Suppressed != nil || len(f.Fixes) == 0 {
			continue
		}
		fx := f.Fixes[0]
		ok := true
		for _, e := range fx.Edits {
			p := byFile[e.File]
			if p == nil {
				continue
			}
			for _, o := range p.edits {
				if e.Offset < o.EndOffset && o.Offset < e.EndOffset || e.Offset == o.Offset && e.EndOffset == o.EndOffset {
					ok = false
				}
			}
		}
		if !ok {
			res.Skipped = append(res.Skipped, fmt.Sprintf("%s:%d: %s: overlaps another fix; run again", f.File, f.Line, f.Rule))
			continue
		}
		for _, e := range fx.Edits {
			if byFile[e.File] == nil {
				byFile[e.File] = &pending{}
			}
			byFile[e.File].edits = append(byFile[e.File].edits, e)
		}
		if len(fx.Edits) > 0 {
			byFile[fx.Edits[0].File].fixes++
		}
	}
	var files []string
	for f := range byFile {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, file := range files {
		p := byFile[file]
		path := file
		if !filepath.IsAbs(path) {
			path = filepath.Join(root, filepath.FromSlash(file))
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return res, err
		}
		out, err := applyEdits(src, p.edits)
		if err != nil {
			res.Skipped = append(res.Skipped, fmt.Sprintf("%s: %v", file, err))
			continue
		}
		info, err := os.Stat(path)
		if err != nil {
			return res, err
		}
		if err := os.WriteFile(path, out, info.Mode().Perm()); err != nil {
			return res, err
		}
		res.Applied += p.fixes
		res.Files = append(res.Files, file)
	}
	return res, nil
}

// applyEdits applies non-overlapping edits to src.
func applyEdits(src []byte, edits []finding.Edit) ([]byte, error) {
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Offset < edits[j].Offset })
	var out []byte
	last := 0
	for _, e := range edits {
		if e.Offset < last || e.EndOffset < e.Offset || e.EndOffset > len(src) {
			return nil, fmt.Errorf("edit %d..%d does not fit the file (changed since the analysis?)", e.Offset, e.EndOffset)
		}
		out = append(out, src[last:e.Offset]...)
		out = append(out, e.NewText...)
		last = e.EndOffset
	}
	return append(out, src[last:]...), nil
}
