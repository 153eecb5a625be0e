package hardening

import (
	"fmt"
	"strings"

	"github.com/apivet/apivet/analyzers/python"
)

// Project is AV701's pre-pass: app.config.from_object("config.ProductionConfig") loads the
// flask-cors settings of another module, which only a file naming CORS_ can set.
var Project = &python.ProjectPass{
	Keywords: []string{"CORS_"},
	Kinds:    []string{"class_definition"},
	Facts:    projectFacts,
}

// projectFacts returns the flask-cors settings of the module's classes defined at module level
// (bases of the module read as objectSettings reads them) and of the module itself, for
// from_object in another module. The file must have been parsed with Kinds indexed.
func projectFacts(f *python.File, module string) python.ProjectFacts {
	var out python.ProjectFacts
	if f == nil || f.IsTest() || module == "" {
		return out
	}
	add := func(object string, vals []configValue) {
		c := python.FlaskConfig{Module: module, Object: object, Path: f.Path}
		for _, v := range vals {
			if _, ok := flaskCORSSettings[v.key]; ok && v.value != nil {
				c.Settings = append(c.Settings, python.ConfigSetting{Key: v.key, Value: f.Text(v.value), Line: int(python.StartPosition(v.at).Row) + 1})
			}
		}
		out.FlaskConfigs = append(out.FlaskConfigs, c)
	}
	add("", blockSettings(f, f.Root))
	classes := fileClasses(f)
	for _, c := range f.Nodes("class_definition") {
		name := f.Text(python.Child(c, "name"))
		if p := python.Parent(c); classes[name].Id() == c.Id() && p != nil && python.KindOf(p) == "module" {
			add(name, classSettings(f, classes, c))
		}
	}
	return out
}

// foreignSettings returns the settings of the configuration object of another module that a
// dotted path names, as the project pre-pass read them; ok is false when the pre-pass does not
// know it. The values are parsed back, one assignment a line, into a file of the pass's own.
func (c *corsPass) foreignSettings(dotted string) (out []configValue, ok bool) {
	cfg, ok := c.File.Settings.ProjectFacts().FlaskConfig(dotted)
	if !ok {
		return nil, false
	}
	if len(cfg.Settings) == 0 {
		return nil, true
	}
	var src strings.Builder
	for _, s := range cfg.Settings {
		fmt.Fprintf(&src, "%s = %s\n", s.Key, s.Value)
	}
	parser := python.NewParser()
	defer parser.Close()
	g := parser.Parse(cfg.Path, []byte(src.String()), nil, 0)
	if g == nil {
		return nil, false
	}
	c.foreign = append(c.foreign, g)
	out = blockSettings(g, g.Root)
	if g.HasSyntaxErrors() || len(out) != len(cfg.Settings) {
		return nil, false
	}
	for i := range out {
		out[i].file, out[i].at = g, nil
		out[i].where = fmt.Sprintf(" on line %d of %s", cfg.Settings[i].Line, cfg.Path)
	}
	return out, true
}
