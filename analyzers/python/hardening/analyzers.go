package hardening

import "github.com/apivet/apivet/analyzers/python"

// Analyzers are the package's analyzers, in rule ID order.
var Analyzers = []*python.Analyzer{CORS, ErrorDetails, BodyLimit, Cookies}
