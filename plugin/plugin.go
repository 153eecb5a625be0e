// Package plugin registers apivet's Go analyzers as a golangci-lint v2 module plugin named
// "apivet". It stays free of cgo: it imports the Go analyzers only, never the Python front end.
//
// Settings (under linters.settings.custom.apivet.settings in .golangci.yml), decoded strictly:
//
//	enable: [AV201, secrets]   # rule IDs or families; when set, only these run
//	disable: [AV203]           # rule IDs or families that do not run
//	severity: medium           # the floor: rules of lower severity do not run
package plugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/apivet/apivet/analyzers/all"
	"github.com/apivet/apivet/internal/config"
	"github.com/apivet/apivet/internal/suppress"
)

func init() {
	register.Plugin("apivet", New)
}

// Settings are the plugin's settings.
type Settings struct {
	Enable   []string `json:"enable"`
	Disable  []string `json:"disable"`
	Severity string   `json:"severity"`
}

// Plugin is the registered linter.
type Plugin struct {
	conf *config.Config
}

// New decodes the settings (unknown keys are errors) and validates them against the catalogue.
func New(raw any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		return nil, fmt.Errorf("apivet: %w", err)
	}
	conf, err := config.New(config.File{Enable: s.Enable, Disable: s.Disable, Severity: s.Severity})
	if err != nil {
		return nil, fmt.Errorf("apivet: settings: %w", err)
	}
	return &Plugin{conf: conf}, nil
}

// BuildAnalyzers returns the enabled rules' analyzers, honouring apivet's own suppression
// comments beside golangci-lint's //nolint.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	var out []*analysis.Analyzer
	for _, a := range all.Analyzers() {
		if p.conf.RuleEnabled(a.Name) {
			out = append(out, suppress.Wrap(a))
		}
	}
	return out, nil
}

// GetLoadMode asks for type information: the analyzers resolve calls through types.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
