package config

import "testing"

// FuzzParse: any bytes, as YAML or TOML, give a configuration or an error — never a panic — and a
// configuration that parses is usable.
func FuzzParse(f *testing.F) {
	f.Add(".apivet.yml", []byte(sampleYAML))
	f.Add(".apivet.yml", []byte("disable: [AV203]\nper-path:\n  - paths: [\"**/x\"]\n    disable: [debug]\n"))
	f.Add("pyproject.toml", []byte("[tool.apivet]\ndisable = [\"AV201\"]\nexclude = [\"a/**\"]\n"))
	f.Add("pyproject.toml", []byte("[[tool.apivet.per-path]]\npaths = [\"t\"]\ndisable = [\"AV101\"]\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		if name != "pyproject.toml" {
			name = ".apivet.yml"
		}
		c, err := Parse(name, data)
		if err != nil {
			return
		}
		c.RuleEnabled("AV201")
		c.Excluded("a/b/c.py")
	})
}
