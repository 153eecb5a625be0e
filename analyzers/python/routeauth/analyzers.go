package routeauth

import "github.com/apivet/apivet/analyzers/python"

// Analyzers are the package's analyzers, in rule ID order.
var Analyzers = []*python.Analyzer{RouteWithoutAuth, DecoratorAboveRoute, DecoratorNotCalled, DRFAllowAnyOnWrites}

func init() {
	// The rules read the guards other files declare.
	for _, a := range Analyzers {
		a.Project = Project
	}
}
