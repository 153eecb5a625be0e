package python

import (
	"strings"

	"github.com/apivet/apivet/internal/secrets"
)

// Settings carry the project's configuration to the analyzers (the Python counterpart of
// go/analysis flags): names of the project's own guards, and its own secret formats.
type Settings struct {
	// Guards are decorator and dependency names that authenticate or authorize.
	Guards []string
	// SecretFormats are organisation-specific token formats.
	SecretFormats []secrets.Custom
	// Project holds what the driver's pre-pass read from other files of the project (routers
	// included elsewhere, settings modules); nil when it did not run.
	Project *ProjectFacts
}

// IsGuard reports whether name, or the last segment of a dotted name, is a configured guard.
func (s *Settings) IsGuard(name string) bool {
	if s == nil {
		return false
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	for _, g := range s.Guards {
		if g == name || strings.HasSuffix(g, "."+name) {
			return true
		}
	}
	return false
}

// ProjectFacts returns the project pre-pass's facts, or nil.
func (s *Settings) ProjectFacts() *ProjectFacts {
	if s == nil {
		return nil
	}
	return s.Project
}
