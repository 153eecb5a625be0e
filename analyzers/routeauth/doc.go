// Package routeauth defines analyzers that report HTTP routes left without authentication
// (AV301), and the route inventory they share.
//
// Inventory (not a rule) lists every route a package registers on net/http, gin, echo, chi and
// gorilla/mux routers, with its methods, full path (group, sub-router and mount prefixes applied)
// and the authentication guards that protect it. It follows router values through variables,
// struct fields, helper functions, closures (chi's Group and Route) and handler wrappers, so
// `apivet routes` and the AV3xx rules see the router tree rather than variable names.
//
// A middleware counts as a guard when its body (or a function it calls) reads credentials (an
// Authorization or API-key header, Basic auth, a cookie, a token) and rejects with 401 or 403; a
// fact carries that knowledge to packages that use middleware defined elsewhere. Known library
// middleware (chi, echo and gin Basic auth, echo key auth and JWT, echo-jwt, gin-jwt, jwtauth) are
// guards by table; middleware apivet cannot see into count by name (Auth, JWT, RequireLogin, ...),
// with lower confidence. A handler that checks credentials itself guards its route. Routes
// registered in _test.go files are left out: they do not ship.
//
// AV301 is named by its rule ID and documented by its catalogue entry (rules/catalog/AV301.md);
// run `apivet rules AV301` for the full text.
package routeauth
