package cli

import (
	"encoding/json"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/config"
	"github.com/apivet/apivet/internal/secrets"
)

// Go analyzers take the configuration through their flags, as under go vet:
// -routeinventory.guards and -secretscan.formats.
const (
	guardsFlag  = "guards"
	formatsFlag = "formats"
)

// configureGo sets the flags of the analyzers (and of those they require) that read the
// configuration.
func configureGo(analyzers []*analysis.Analyzer, conf *config.Config) error {
	formats := []map[string]string{}
	for _, p := range conf.Patterns {
		formats = append(formats, map[string]string{"name": p.Name, "regex": p.Regex.String(), "description": p.Description})
	}
	formatsJSON, err := json.Marshal(formats)
	if err != nil {
		return err
	}
	values := map[string]string{
		guardsFlag:  strings.Join(conf.File.Auth.Middleware, ","),
		formatsFlag: string(formatsJSON),
	}
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer) error
	visit = func(a *analysis.Analyzer) error {
		if seen[a] {
			return nil
		}
		seen[a] = true
		for name, v := range values {
			if a.Flags.Lookup(name) != nil {
				if err := a.Flags.Set(name, v); err != nil {
					return fmt.Errorf("%s.%s: %v", a.Name, name, err)
				}
			}
		}
		for _, r := range a.Requires {
			if err := visit(r); err != nil {
				return err
			}
		}
		return nil
	}
	for _, a := range analyzers {
		if err := visit(a); err != nil {
			return err
		}
	}
	return nil
}

// pythonSettings carries the configuration to the Python analyzers.
func pythonSettings(conf *config.Config) *python.Settings {
	s := &python.Settings{Guards: conf.File.Auth.Decorators}
	for _, p := range conf.Patterns {
		s.SecretFormats = append(s.SecretFormats, secrets.Custom{Name: p.Name, Description: p.Description, Regex: p.Regex})
	}
	return s
}
