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
