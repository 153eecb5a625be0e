package python

import (
	"encoding/json"
	"path"
	"strings"

	"github.com/apivet/apivet/internal/routes"
)

// ProjectPass reads, from the few files that hold one of Keywords, what they declare for the
// other files; Kinds are the node kinds Facts reads through File.Nodes. module is the file's
// dotted module path (ModuleOf).
type ProjectPass struct {
	Keywords []string
	Kinds    []string
	Facts    func(f *File, module string) ProjectFacts
}

// ProjectFacts are what some files of a project declare for the routes of others, gathered by
// the driver's pre-pass before files are analysed one at a time: a FastAPI router included with
// dependencies in main.py, a DRF default permission or Django middleware in settings.py.
type ProjectFacts struct {
	// Routers are FastAPI routers included by another module.
	Routers []RouterInclusion `json:"routers,omitempty"`
	// DRFDefault is REST_FRAMEWORK's DEFAULT_PERMISSION_CLASSES, as a settings module sets it.
	DRFDefault *routes.Guard `json:"drfDefault,omitempty"`
	// LoginMiddleware is Django's LoginRequiredMiddleware, when a settings module lists it.
	LoginMiddleware *routes.Guard `json:"loginMiddleware,omitempty"`
}

// RouterInclusion is one `include_router` of a router defined in another module.
type RouterInclusion struct {
	Module string `json:"module"` // dotted path of the module defining the router: app.routers.items
	Router string `json:"router"` // the router's variable in that module
	Prefix string `json:"prefix,omitempty"`
	// Guards are the guards of the inclusion's dependencies and of the application it joins.
	Guards []routes.Guard `json:"guards,omitempty"`
}

// Merge adds the facts of another file. Files are merged in path order: the first settings
// module to set a default wins, so the result does not depend on scheduling.
func (p *ProjectFacts) Merge(o ProjectFacts) {
	p.Routers = append(p.Routers, o.Routers...)
	if p.DRFDefault == nil {
		p.DRFDefault = o.DRFDefault
	}
	if p.LoginMiddleware == nil {
		p.LoginMiddleware = o.LoginMiddleware
	}
}

// Empty reports whether there is nothing to tell.
func (p *ProjectFacts) Empty() bool {
	return p == nil || len(p.Routers) == 0 && p.DRFDefault == nil && p.LoginMiddleware == nil
}

// Key is a stable serialisation of the facts, for cache keys: a file's result depends on them.
func (p *ProjectFacts) Key() string {
	if p.Empty() {
		return ""
	}
	b, err := json.Marshal(p)
	if err != nil {
		return "unserialisable"
	}
	return string(b)
}

// Inclusions returns the inclusions of the router named router of module.
func (p *ProjectFacts) Inclusions(module, router string) []RouterInclusion {
	if p == nil || module == "" {
		return nil
	}
	var out []RouterInclusion
	for _, r := range p.Routers {
		if r.Router == router && SameModule(module, r.Module) {
			out = append(out, r)
		}
	}
	return out
}

// SameModule reports whether two dotted module paths name the same module, one possibly
// qualified further than the other: the analysed root need not be the import root (a src/ or
// backend/ folder above the package, or a run inside the package).
func SameModule(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return a == b || strings.HasSuffix(a, "."+b) || strings.HasSuffix(b, "."+a)
}

// ModuleOf returns the dotted module path of a file shown by its slash-separated path relative
// to the analysed root: app/main.py -> app.main, app/__init__.py -> app. Paths outside the root
// (absolute) have none.
func ModuleOf(shown string) string {
	if shown == "" || path.IsAbs(shown) || strings.HasPrefix(shown, "../") || strings.Contains(shown, ":") {
		return ""
	}
	p := strings.TrimSuffix(shown, ".py")
	if p == shown {
		return ""
	}
	p = strings.TrimSuffix(strings.TrimSuffix(p, "/__init__"), "__init__")
	return strings.Trim(strings.ReplaceAll(p, "/", "."), ".")
}
