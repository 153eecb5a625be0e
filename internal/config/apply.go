package config

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/apivet/apivet/internal/finding"
	"github.com/apivet/apivet/rules"
)

// compile validates f against the catalogue and prepares it for matching.
func compile(source string, f File) (*Config, error) {
	c := &Config{Source: source, File: f}
	var err error
	if len(f.Enable) > 0 {
		if c.enabled, err = ruleSet("enable", f.Enable); err != nil {
			return nil, err
		}
	}
	if c.disabled, err = ruleSet("disable", f.Disable); err != nil {
		return nil, err
	}
	if f.Severity != "" {
		if c.floor, err = rules.ParseSeverity(f.Severity); err != nil {
			return nil, fmt.Errorf("severity: %w", err)
		}
	}
	if c.exclude, err = globs("exclude", f.Exclude); err != nil {
		return nil, err
	}
	for i, pr := range f.PerPath {
		where := fmt.Sprintf("per-path[%d]", i)
		if len(pr.Paths) == 0 || len(pr.Disable) == 0 {
			return nil, fmt.Errorf("%s: needs both paths and disable", where)
		}
		var cp compiledPathRule
		if cp.paths, err = globs(where+".paths", pr.Paths); err != nil {
			return nil, err
		}
		if cp.rules, err = ruleSet(where+".disable", pr.Disable); err != nil {
			return nil, err
		}
		c.perPath = append(c.perPath, cp)
	}
	for i, p := range f.Secrets.Patterns {
		where := fmt.Sprintf("secrets.patterns[%d]", i)
		if p.Name == "" || p.Regex == "" {
			return nil, fmt.Errorf("%s: needs a name and a regex", where)
		}
		re, err := regexp.Compile(p.Regex)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		if re.MatchString("") {
			return nil, fmt.Errorf("%s: the regex matches the empty string", where)
		}
		desc := p.Description
		if desc == "" {
			desc = p.Name
		}
		c.Patterns = append(c.Patterns, CompiledPattern{Name: p.Name, Description: desc, Regex: re})
	}
	return c, nil
}

// ruleSet expands rule IDs and family names into a set of rule IDs.
func ruleSet(key string, items []string) (map[string]bool, error) {
	set := map[string]bool{}
	for _, it := range items {
		if r := rules.Get(it); r != nil {
			set[r.ID] = true
			continue
		}
		fam, err := rules.ParseFamily(strings.ToLower(it))
		if err != nil {
			return nil, fmt.Errorf("%s: %q is neither a rule ID nor a family (secrets, debug, auth, injection, transport, crypto, hardening)", key, it)
		}
		for _, r := range rules.All() {
			if r.Family == fam {
				set[r.ID] = true
			}
		}
	}
	return set, nil
}

// globs compiles path globs: ** matches across folders, * and ? within one; a pattern without
// a glob character also matches everything below it.
func globs(key string, pats []string) ([]*regexp.Regexp, error) {
	var out []*regexp.Regexp
	for _, p := range pats {
		p = strings.TrimPrefix(strings.TrimSpace(p), "./")
		if p == "" {
			return nil, fmt.Errorf("%s: empty path", key)
		}
		var b strings.Builder
		b.WriteString("^")
		for i := 0; i < len(p); i++ {
			switch ch := p[i]; ch {
			case '*':
				if i+1 < len(p) && p[i+1] == '*' {
					i++
					if i+1 < len(p) && p[i+1] == '/' {
						i++
						b.WriteString("(?:.*/)?")
					} else {
						b.WriteString(".*")
					}
				} else {
					b.WriteString("[^/]*")
				}
			case '?':
				b.WriteString("[^/]")
			default:
				b.WriteString(regexp.QuoteMeta(string(ch)))
			}
		}
		b.WriteString("(?:/.*)?$")
		re, err := regexp.Compile(strings.Replace(b.String(), "/(?:/.*)?$", "(?:/.*)?$", 1))
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %w", key, p, err)
		}
		out = append(out, re)
	}
	return out, nil
}

// RuleEnabled reports whether a rule runs at all.
func (c *Config) RuleEnabled(id string) bool {
	if c.enabled != nil && !c.enabled[id] {
		return false
	}
	if c.disabled[id] {
		return false
	}
	if r := rules.Get(id); r != nil && r.Severity < c.floor {
		return false
	}
	return true
}

// Excluded reports whether a slash-separated path relative to the root is excluded.
func (c *Config) Excluded(path string) bool {
	for _, re := range c.exclude {
		if re.MatchString(path) {
			return true
		}
	}
	return false
}

// Keep reports whether a finding survives the configuration: its rule runs, its file is not
// excluded, and no per-path rule turns it off there.
func (c *Config) Keep(f finding.Finding) bool {
	if !c.RuleEnabled(f.Rule) || c.Excluded(f.File) {
		return false
	}
	for _, pr := range c.perPath {
		if !pr.rules[f.Rule] {
			continue
		}
		for _, re := range pr.paths {
			if re.MatchString(f.File) {
				return false
			}
		}
	}
	return true
}

// Filter keeps the findings that survive the configuration.
func (c *Config) Filter(fs []finding.Finding) []finding.Finding {
	out := fs[:0]
	for _, f := range fs {
		if c.Keep(f) {
			out = append(out, f)
		}
	}
	return out
}
