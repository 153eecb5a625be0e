// Package config reads apivet's configuration — `.apivet.yml` at the repository root, or
// `[tool.apivet]` in pyproject.toml for Python projects — strictly: an unknown key is an error
// that names its line.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	toml "github.com/pelletier/go-toml/v2"
	"gopkg.in/yaml.v3"

	"github.com/apivet/apivet/rules"
)

// File is the configuration as written. The YAML and TOML keys are the same.
type File struct {
	// Enable lists rule IDs or family names; when set, only these run.
	Enable []string `yaml:"enable" toml:"enable"`
	// Disable lists rule IDs or family names that do not run.
	Disable []string `yaml:"disable" toml:"disable"`
	// Severity is the floor: findings of lower severity are not reported.
	Severity string `yaml:"severity" toml:"severity"`
	// Exclude lists paths (globs relative to the root; ** crosses folders) not analysed.
	Exclude []string `yaml:"exclude" toml:"exclude"`
	// PerPath turns rules off under some paths.
	PerPath []PathRule `yaml:"per-path" toml:"per-path"`
	// Auth names project guards the route rules cannot recognise by themselves.
	Auth Auth `yaml:"auth" toml:"auth"`
	// Secrets adds organisation-specific token formats.
	Secrets Secrets `yaml:"secrets" toml:"secrets"`
	// Suppressions sets how strict suppression comments must be.
	Suppressions Suppressions `yaml:"suppressions" toml:"suppressions"`
}

// PathRule disables rules for the files matching Paths.
type PathRule struct {
	Paths   []string `yaml:"paths" toml:"paths"`
	Disable []string `yaml:"disable" toml:"disable"`
}

// Auth lists extra guard names.
type Auth struct {
	Decorators []string `yaml:"decorators" toml:"decorators"` // Python decorators and FastAPI dependencies
	Middleware []string `yaml:"middleware" toml:"middleware"` // Go middleware functions
}

// Secrets lists extra secret patterns.
type Secrets struct {
	Patterns []SecretPattern `yaml:"patterns" toml:"patterns"`
}

// SecretPattern is one organisation-specific token format, reported under AV102.
type SecretPattern struct {
	Name        string `yaml:"name" toml:"name"`
	Regex       string `yaml:"regex" toml:"regex"`
	Description string `yaml:"description" toml:"description"`
}

// Suppressions makes incomplete suppression comments errors: they then silence nothing.
type Suppressions struct {
	RequireRule   bool `yaml:"require-rule" toml:"require-rule"`
	RequireReason bool `yaml:"require-reason" toml:"require-reason"`
}

// Config is a validated configuration, ready to apply.
type Config struct {
	Source   string // the file it came from, "" for the defaults
	File     File
	enabled  map[string]bool // nil: every rule
	disabled map[string]bool
	floor    rules.Severity
	exclude  []*regexp.Regexp
	perPath  []compiledPathRule
	Patterns []CompiledPattern
}

type compiledPathRule struct {
	paths []*regexp.Regexp
	rules map[string]bool
}

// CompiledPattern is a validated secret pattern.
type CompiledPattern struct {
	Name, Description string
	Regex             *regexp.Regexp
}

// Default is the configuration when there is no file: every rule, no exclusions.
func Default() *Config { c, _ := compile("", File{}); return c }

// New validates settings given in code (the golangci-lint plugin's) as if read from a file.
func New(f File) (*Config, error) { return compile("", f) }

// Names of the files looked for at the root, in order.
var Names = []string{".apivet.yml", ".apivet.yaml", "pyproject.toml"}

// Load reads the configuration of root: an explicit path when given, else the first of Names
// found in root (pyproject.toml only counts when it has a [tool.apivet] table).
func Load(root, explicit string) (*Config, error) {
	if explicit != "" {
		data, err := os.ReadFile(explicit)
		if err != nil {
			return nil, err
		}
		return Parse(explicit, data)
	}
	for _, name := range Names {
		p := filepath.Join(root, name)
		data, err := os.ReadFile(p)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if name == "pyproject.toml" && !hasToolTable(data) {
			continue
		}
		return Parse(p, data)
	}
	return Default(), nil
}

var toolTable = regexp.MustCompile(`(?m)^\s*\[\s*tool\s*\.\s*apivet\s*[\].]`)

func hasToolTable(data []byte) bool { return toolTable.Match(data) }

// Parse reads a configuration file's content; the format follows the name.
func Parse(name string, data []byte) (*Config, error) {
	var f File
	if strings.HasSuffix(name, ".toml") {
		if err := decodeTOML(data, &f); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	} else {
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) { // an empty file means the defaults
			return nil, fmt.Errorf("%s: %s", name, strings.TrimPrefix(err.Error(), "yaml: "))
		}
	}
	c, err := compile(name, f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return c, nil
}

// decodeTOML decodes [tool.apivet] strictly, reporting unknown keys with their line.
func decodeTOML(data []byte, f *File) error {
	var doc struct {
		Tool struct {
			Apivet File `toml:"apivet"`
		} `toml:"tool"`
	}
	// Other tools' tables are not ours to judge: decode leniently first to find our table, then
	// strictly against a document holding only it.
	var loose map[string]any
	if err := toml.Unmarshal(data, &loose); err != nil {
		return tomlErr(err)
	}
	dec := toml.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(&doc)
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		var msgs []string
		for _, e := range strict.Errors {
			key := strings.Join(e.Key(), ".")
			if !strings.HasPrefix(key, "tool.apivet.") {
				continue
			}
			row, _ := e.Position()
			msgs = append(msgs, fmt.Sprintf("line %d: unknown key %q", row, key))
		}
		if len(msgs) > 0 {
			return errors.New(strings.Join(msgs, "; "))
		}
		// Only other tools' keys were unknown: decode without strictness.
		err = toml.Unmarshal(data, &doc)
	}
	if err != nil {
		return tomlErr(err)
	}
	*f = doc.Tool.Apivet
	return nil
}

func tomlErr(err error) error {
	var de *toml.DecodeError
	if errors.As(err, &de) {
		row, _ := de.Position()
		return fmt.Errorf("line %d: %s", row, de.Error())
	}
	return err
}
