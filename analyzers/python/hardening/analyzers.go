package hardening

import "github.com/apivet/apivet/analyzers/python"

// Analyzers are the package's analyzers, in rule ID order.
var Analyzers = []*python.Analyzer{CORS, ErrorDetails, BodyLimit, Cookies}

func init() {
	// AV701 reads the configuration classes of other modules that from_object loads.
	CORS.Project = Project
}
