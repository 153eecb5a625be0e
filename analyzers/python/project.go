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
	// DRFDefaultImplied: DRFDefault is DRF's own AllowAny, read from a settings module that
	// installs rest_framework and sets no default; a module that sets one wins over it.
	DRFDefaultImplied bool `json:"drfDefaultImplied,omitempty"`
	// LoginMiddleware is Django's LoginRequiredMiddleware, when a settings module lists it.
	LoginMiddleware *routes.Guard `json:"loginMiddleware,omitempty"`
	// Views are Django and DRF views a urlconf of another module routes.
	Views []ViewRoute `json:"views,omitempty"`
	// FlaskConfigs are the configuration objects of modules that name flask-cors settings, for
	// app.config.from_object in another module.
	FlaskConfigs []FlaskConfig `json:"flaskConfigs,omitempty"`
}

// FlaskConfig is one object app.config.from_object may load: a module-level class of a module
// (its bases of that module read as Flask reads them), or the module itself (Object "", its
// top-level names).
type FlaskConfig struct {
	Module string `json:"module"`
	Object string `json:"object,omitempty"`
	Path   string `json:"path"` // the file, as shown
	// Settings are the flask-cors settings it holds, in the order they apply: a later one wins.
	Settings []ConfigSetting `json:"settings,omitempty"`
}

// ConfigSetting is one configuration setting as written: CORS_ORIGINS = ["https://a.example"].
type ConfigSetting struct {
	Key   string `json:"key"`
	Value string `json:"value"` // the source text of the assigned value
	Line  int    `json:"line"`  // 1-based
}

// ViewRoute is one Django or DRF view that a urlconf routes and another module defines: a
// path() to views.refund or views.OrderList.as_view(), or a DRF router's register of
// views.OrderViewSet.
type ViewRoute struct {
	Module string `json:"module"` // dotted path of the module defining the view
	View   string `json:"view"`   // the class or function name in that module
	// URLConf is the file routing it, as shown; its own listing defers to the view's module.
	URLConf string `json:"urlconf"`
	// Viewset: a router registration, whose routes follow the viewset's actions; Paths are then
	// the registration prefixes, one per way the router's urls are included.
	Viewset bool     `json:"viewset,omitempty"`
	Paths   []string `json:"paths"`
	// Methods restrict the view as the urlconf writes it: require_POST(views.x),
	// OrderViewSet.as_view({"post": "create"}); empty when the view decides.
	Methods []string `json:"methods,omitempty"`
	// Guards wrap the view in the urlconf: login_required(views.x).
	Guards      []routes.Guard `json:"guards,omitempty"`
	Broken      bool           `json:"broken,omitempty"`
	LoginExempt bool           `json:"loginExempt,omitempty"`
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
	p.Views = append(p.Views, o.Views...)
	p.FlaskConfigs = append(p.FlaskConfigs, o.FlaskConfigs...)
	if p.DRFDefault == nil || p.DRFDefaultImplied && o.DRFDefault != nil && !o.DRFDefaultImplied {
		p.DRFDefault, p.DRFDefaultImplied = o.DRFDefault, o.DRFDefaultImplied
	}
	if p.LoginMiddleware == nil {
		p.LoginMiddleware = o.LoginMiddleware
	}
}

// Empty reports whether there is nothing to tell.
func (p *ProjectFacts) Empty() bool {
	return p == nil || len(p.Routers) == 0 && len(p.Views) == 0 && len(p.FlaskConfigs) == 0 && p.DRFDefault == nil && p.LoginMiddleware == nil
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

// FlaskConfig returns the configuration object a dotted path names (config.ProductionConfig, or
// the module config), and whether exactly one module of the project holds it.
func (p *ProjectFacts) FlaskConfig(dotted string) (FlaskConfig, bool) {
	if p == nil || dotted == "" {
		return FlaskConfig{}, false
	}
	var found []FlaskConfig
	mod, obj, hasObj := "", "", false
	if i := strings.LastIndexByte(dotted, '.'); i > 0 {
		mod, obj, hasObj = dotted[:i], dotted[i+1:], true
	}
	for _, c := range p.FlaskConfigs {
		if c.Object == "" && SameModule(dotted, c.Module) || hasObj && c.Object == obj && SameModule(mod, c.Module) {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		return FlaskConfig{}, false // unknown, or several modules answer to the name
	}
	return found[0], true
}

// ViewsOf returns the views of module that urlconfs of other modules route.
func (p *ProjectFacts) ViewsOf(module string) []ViewRoute {
	if p == nil || module == "" {
		return nil
	}
	var out []ViewRoute
	for _, v := range p.Views {
		if SameModule(module, v.Module) {
			out = append(out, v)
		}
	}
	return out
}

// RoutedInModule reports whether the view module.name, routed by the urlconf file shown as
// urlconf, has its routes listed by its own module.
func (p *ProjectFacts) RoutedInModule(urlconf, module, name string) bool {
	if p == nil {
		return false
	}
	for _, v := range p.Views {
		if v.URLConf == urlconf && v.View == name && v.Module == module {
			return true
		}
	}
	return false
}

// KeepViews keeps the views that defined reports the project defines: a view of a module the
// project does not hold (django.contrib.auth.views.LoginView) stays its urlconf's to list.
func (p *ProjectFacts) KeepViews(defined func(module, name string) bool) {
	if p == nil {
		return
	}
	out := p.Views[:0]
	for _, v := range p.Views {
		if defined(v.Module, v.View) {
			out = append(out, v)
		}
	}
	p.Views = out
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
