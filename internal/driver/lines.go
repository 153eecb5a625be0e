package driver

import (
	"bytes"
	"os"
	"path/filepath"
)

// lineCache reads each file once and hands out its lines.
type lineCache struct {
	root  string
	files map[string][][]byte
}

func newLineCache(root string) *lineCache {
	return &lineCache{root: root, files: map[string][][]byte{}}
}

// ReadFile reads a file by the path findings show (relative to the root, or absolute).
func (c *lineCache) ReadFile(path string) ([]byte, error) {
	if !filepath.IsAbs(path) {
		path = filepath.Join(c.root, filepath.FromSlash(path))
	}
	return os.ReadFile(path)
}

func (c *lineCache) line(path string, n int) string {
	ls, ok := c.files[path]
	if !ok {
		src, err := c.ReadFile(path)
		if err == nil {
			ls = bytes.Split(src, []byte("\n"))
		}
		c.files[path] = ls
	}
	if n < 1 || n > len(ls) {
		return ""
	}
	return string(ls[n-1])
}
