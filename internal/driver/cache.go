package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/apivet/apivet/analyzers/python"
)

// Cache keeps the result of analysing a Python file under a key made of the file's content, the
// path it is shown under, what other files of the project declare for it, the enabled analyzers
// and the analyzing binary, so a second run over an
// unchanged tree parses nothing. Entries are small JSON files; a damaged or unreadable entry is
// treated as a miss. A nil *Cache caches nothing.
type Cache struct {
	dir  string
	salt string // the analyzers and the binary
}

// OpenCache returns a cache in dir for results of the given analyzers made by the binary named
// by build (any string that changes when the analyzers' code does, such as the executable's size
// and modification time).
func OpenCache(dir, build string, analyzers []*python.Analyzer) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	trim(dir)
	var names []string
	for _, a := range analyzers {
		names = append(names, a.Name+"["+strings.Join(a.Kinds, ",")+"]["+strings.Join(a.Keywords, ",")+"]")
	}
	sort.Strings(names)
	return &Cache{dir: dir, salt: build + "\x00" + strings.Join(names, ";")}, nil
}

// ExecutableID identifies the running binary by path, size and modification time: cheap, and
// different after every rebuild.
func ExecutableID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return exe
	}
	return exe + "\x00" + fi.ModTime().UTC().Format(time.RFC3339Nano) + "\x00" + strconv.FormatInt(fi.Size(), 10)
}

// analyze returns the cached result for a file's content src, or computes it with run and stores
// it. readErr is why the file could not be read, if it could not (src is then nil). project is
// what other files declare for it (ProjectFacts.Key), part of the key. Files that cannot be read
// are never cached, so the problem is reported again next time.
func (c *Cache) analyze(shown, project string, src []byte, readErr error, run func(src []byte, readErr error) pyResult) pyResult {
	if c == nil || readErr != nil {
		return run(src, readErr)
	}
	entry := c.entry([]byte(shown), []byte(project), src)
	if data, err := os.ReadFile(entry); err == nil {
		var res pyResult
		if json.Unmarshal(data, &res) == nil {
			touch(entry)
			return res
		}
	}
	res := run(src, nil)
	for _, p := range res.Problems {
		if p.Kind == "internal" || p.Kind == "skipped" {
			return res // do not keep a result that a fixed binary or a faster machine would change
		}
	}
	if data, err := json.Marshal(res); err == nil {
		store(entry, data)
	}
	return res
}

// factsEntry is a cached project pre-pass result of one file.
type factsEntry struct {
	Facts python.ProjectFacts `json:"facts"`
}

// facts returns the project facts of a file's content from the cache, or computes them with run
// (which says whether its result may be kept) and stores them, so that a second run over an
// unchanged tree does not parse the pre-pass's files either.
func (c *Cache) facts(shown string, src []byte, run func() (python.ProjectFacts, bool)) python.ProjectFacts {
	if c == nil {
		f, _ := run()
		return f
	}
	entry := c.entry([]byte("project facts"), []byte(shown), src)
	if data, err := os.ReadFile(entry); err == nil {
		var e factsEntry
		if json.Unmarshal(data, &e) == nil {
			touch(entry)
			return e.Facts
		}
	}
	f, keep := run()
	if keep {
		if data, err := json.Marshal(factsEntry{Facts: f}); err == nil {
			store(entry, data)
		}
	}
	return f
}

// joinEntry is a cached join report: its diagnostics and the modules it opened, each with the
// file it found for it and that file's content hash ("" for a module the project does not hold).
type joinEntry struct {
	Opened []openedFile            `json:"opened,omitempty"`
	Diags  []python.JoinDiagnostic `json:"diags,omitempty"`
}

type openedFile struct {
	Module string `json:"module"`
	File   string `json:"file,omitempty"`
	Hash   string `json:"hash,omitempty"`
}

// join returns the cached report of a join over exports (and what other files declare, project),
// if every module it opened still resolves to the same file with the same content (current says
// which file and content hash a module resolves to now); otherwise it runs the join and stores
// its report with the modules run says it opened. Reports that ran into trouble are not kept.
func (c *Cache) join(name, project string, exports []python.Export, current func(module string) (file, hash string),
	run func() (diags []python.JoinDiagnostic, opened []openedFile, keep bool)) []python.JoinDiagnostic {
	if c == nil {
		d, _, _ := run()
		return d
	}
	parts := [][]byte{[]byte("join"), []byte(name), []byte(project)}
	for _, e := range exports {
		sum := sha256.Sum256(e.Data)
		parts = append(parts, []byte(e.Path), []byte(e.Module), sum[:])
	}
	entry := c.entry(parts...)
	if data, err := os.ReadFile(entry); err == nil {
		var e joinEntry
		if json.Unmarshal(data, &e) == nil && stillOpens(e.Opened, current) {
			touch(entry)
			return e.Diags
		}
	}
	diags, opened, keep := run()
	if keep {
		if data, err := json.Marshal(joinEntry{Opened: opened, Diags: diags}); err == nil {
			store(entry, data)
		}
	}
	return diags
}

func stillOpens(opened []openedFile, current func(string) (string, string)) bool {
	for _, o := range opened {
		if file, hash := current(o.Module); file != o.File || hash != o.Hash {
			return false
		}
	}
	return true
}

// contentHash is the hash the join's cache entries record for a file's content.
func contentHash(src []byte) string {
	sum := sha256.Sum256(src)
	return hex.EncodeToString(sum[:])
}

// entry is the file holding the result keyed by the cache's salt and parts.
func (c *Cache) entry(parts ...[]byte) string {
	h := sha256.New()
	h.Write([]byte(c.salt))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write(p)
	}
	key := hex.EncodeToString(h.Sum(nil))
	return filepath.Join(c.dir, key[:2], key[2:]+".json")
}

// touch keeps an entry in use from being trimmed.
func touch(entry string) {
	if fi, err := os.Stat(entry); err == nil && time.Since(fi.ModTime()) > time.Hour {
		now := time.Now()
		os.Chtimes(entry, now, now)
	}
}

// store writes an entry by writing a temporary file and renaming it: a concurrent run sees the
// old entry or the new one, never half.
func store(entry string, data []byte) {
	if os.MkdirAll(filepath.Dir(entry), 0o755) != nil {
		return
	}
	if tmp, err := os.CreateTemp(filepath.Dir(entry), "tmp-*"); err == nil {
		_, werr := tmp.Write(data)
		if cerr := tmp.Close(); werr == nil && cerr == nil {
			os.Rename(tmp.Name(), entry)
		} else {
			os.Remove(tmp.Name())
		}
	}
}

// Entries unused for maxAge are removed, at most once per trimEvery.
const (
	maxAge    = 7 * 24 * time.Hour
	trimEvery = 24 * time.Hour
)

// trim removes stale entries so the cache does not grow without bound.
func trim(dir string) {
	stamp := filepath.Join(dir, "last-trim")
	if fi, err := os.Stat(stamp); err == nil && time.Since(fi.ModTime()) < trimEvery {
		return
	}
	os.WriteFile(stamp, nil, 0o644)
	cutoff := time.Now().Add(-maxAge)
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == stamp {
			return nil
		}
		if fi, err := d.Info(); err == nil && fi.ModTime().Before(cutoff) {
			os.Remove(p)
		}
		return nil
	})
}
