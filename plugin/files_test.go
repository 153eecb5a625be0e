package plugin

import (
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestShippedConfigFiles: the example configurations and hook definitions shipped at the
// repository root parse, and the example plugin settings are accepted by the plugin.
func TestShippedConfigFiles(t *testing.T) {
	read := func(name string, v any) {
		t.Helper()
		data, err := os.ReadFile(filepath.Join("..", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := yaml.Unmarshal(data, v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	var gc struct {
		Version string
		Linters struct {
			Enable   []string
			Settings struct {
				Custom map[string]struct {
					Type     string
					Settings map[string]any
				}
			}
		}
	}
	read(".golangci.example.yml", &gc)
	apivet, ok := gc.Linters.Settings.Custom["apivet"]
	if gc.Version != "2" || !ok || apivet.Type != "module" {
		t.Fatalf(".golangci.example.yml: %+v", gc)
	}
	if _, err := New(apivet.Settings); err != nil {
		t.Errorf(".golangci.example.yml settings rejected: %v", err)
	}
	var custom struct {
		Version string
		Plugins []struct{ Module, Import string }
	}
	read(".custom-gcl.yml", &custom)
	if len(custom.Plugins) != 1 || custom.Plugins[0].Import != "github.com/apivet/apivet/plugin" || custom.Version != golangciVersion {
		t.Errorf(".custom-gcl.yml: %+v (version must match the one the integration test builds)", custom)
	}
	var hooks []struct{ ID, Entry, Language string }
	read(".pre-commit-hooks.yaml", &hooks)
	if len(hooks) == 0 || hooks[0].Language != "golang" || hooks[0].Entry != "apivet" {
		t.Errorf(".pre-commit-hooks.yaml: %+v", hooks)
	}
	var action struct {
		Runs struct {
			Using string
			Steps []struct{ Uses string }
		}
	}
	read("action.yml", &action)
	uploads := false
	for _, s := range action.Runs.Steps {
		if s.Uses == "github/codeql-action/upload-sarif@v3" {
			uploads = true
		}
	}
	if action.Runs.Using != "composite" || !uploads {
		t.Errorf("action.yml: %+v", action)
	}
}
