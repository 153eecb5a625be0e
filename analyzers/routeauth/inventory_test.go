package routeauth_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/apivet/apivet/analyzers/routeauth"
	"github.com/apivet/apivet/internal/routes"
)

// collect is how a client (AV301, `apivet routes`) reads the inventory: an analyzer that requires
// it. Running it rather than Inventory keeps analysistest from expecting the facts in fixtures.
var collect = &analysis.Analyzer{
	Name:       "collectroutes",
	Doc:        "collect the route inventory",
	Requires:   []*analysis.Analyzer{routeauth.Inventory},
	ResultType: reflect.TypeOf((*routes.Inventory)(nil)),
	Run: func(pass *analysis.Pass) (any, error) {
		return pass.ResultOf[routeauth.Inventory], nil
	},
}

// load loads fixture packages from the GOPATH-style testdata, as analysistest does.
func load(t testing.TB, dir string, patterns ...string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   filepath.Join(dir, "src"),
		Env:   append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off", "GOFLAGS=-mod=mod"),
		Tests: true,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
	return pkgs
}

// inventories runs the inventory on fixture packages and returns the routes of each package (not
// of its test variant), one line per route.
func inventories(t testing.TB, dir string, patterns ...string) map[string][]string {
	t.Helper()
	graph, err := checker.Analyze([]*analysis.Analyzer{collect}, load(t, dir, patterns...), nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
			continue
		}
		if strings.Contains(act.Package.ID, ".test]") || strings.HasSuffix(act.Package.PkgPath, ".test") {
			continue
		}
		for _, r := range act.Result.(*routes.Inventory).Routes {
			out[act.Package.PkgPath] = append(out[act.Package.PkgPath], routeLine(r))
		}
	}
	return out
}

// routeLine renders a route for comparison: methods, path, handler, guard names with their scope,
// and the reason it is public.
func routeLine(r routes.Route) string {
	var gs []string
	for _, g := range r.Guards {
		gs = append(gs, g.Name+"@"+g.Scope)
	}
	s := fmt.Sprintf("%s %s %s [%s]", strings.Join(r.Methods, ","), r.Path, r.Handler, strings.Join(gs, " "))
	if r.Public != "" {
		s += " public:" + r.Public
	}
	return s
}

// fixtureRoutes are the routes the fixtures register (routes in _test.go files excluded), as
// routeLine renders them: methods, full path, handler, auth guards with their scope, and why a
// route is public by design.
var fixtureRoutes = map[string][]string{
	"av301/chi/billing": {
		`* /debug middleware.Profiler() []`,
		`* /metrics metrics() [] public:metrics`,
		`DELETE /admin/customers/{id} deleteCustomer [adminOnly@router]`,
		`GET /healthz health [] public:health check`,
		`GET /invoices listInvoices [jwtauth.Verifier(...)@router jwtauth.Authenticator(...)@router]`,
		`GET /invoices/{id} getInvoice [jwtauth.Verifier(...)@router jwtauth.Authenticator(...)@router]`,
		`GET /plans plans []`,
		`GET /reports/ reportIndex [middleware.BasicAuth(...)@router]`,
		`GET /reports/revenue revenue [middleware.BasicAuth(...)@router]`,
		`POST /api-tokens obtainToken [] public:token issuance`,
		`POST /exports export [requireAPIKey@route]`,
		`POST /invoices createInvoice [jwtauth.Verifier(...)@router jwtauth.Authenticator(...)@router]`,
		`POST /invoices/{id}/refund refund []`,
		`POST /login login [] public:login`,
		`POST /newsletter anonymousSubscribe [] public:anonymous access`,
		`POST /orders/{id}/confirm confirmOrder []`,
		`POST /subscriptions/{token}/confirm confirmSubscription [] public:e-mailed link`,
		`PUT /customers/{id} updateCustomer []`,
	},
	"av301/chi/facts/api": {
		`DELETE /payments/{id} cancel []`,
		`GET /payments/{id} payment [auth.CheckCaller@router]`,
		`GET /posts listPosts []`,
		`POST /login login [] public:login`,
		`POST /payments pay [auth.CheckCaller@router]`,
		`POST /posts createPost []`,
		`POST /refunds refund [v.Gate(...)@route]`,
	},
	"av301/chi/noauth": {
		`DELETE /todos/{id} remove []`,
		`GET /todos/ list []`,
		`POST /todos/ create []`,
		`PUT /users/{id} updateUser []`,
	},
	"av301/echo/noauth": {
		`DELETE /api/notes/:id deleteNote []`,
		`GET /admin/config showConfig []`,
		`POST /api/notes createNote []`,
	},
	"av301/echo/shop": {
		`DELETE /admin/products/:id deleteProduct [middleware.BasicAuth(...)@router]`,
		`GET /api/cart cart [echojwt.JWT(...)@router]`,
		`GET /api/products products []`,
		`GET /docs docs [] public:API docs`,
		`GET /ops/queue queue [checkCaller@router]`,
		`GET /static e.Static(...) [] public:static files`,
		`POST /api/cart/items addItem [echojwt.JWT(...)@router]`,
		`POST /api/checkout checkout [echojwt.JWT(...)@router]`,
		`POST /api/orders createOrder [middleware.KeyAuth(...)@route]`,
		`POST /ops/cache/purge purgeCache []`,
		`POST /signup signup [] public:registration`,
		`PUT /api/users/:id updateUser []`,
	},
	"av301/echo/docstore": {
		`DELETE /api/v1/docs/:id delDoc []`,
		`GET /api/v1/docs/:id getDoc [] public:API docs`,
		`GET /assets/logo.png logo [] public:static assets`,
		`GET /docs apiDocs [] public:API docs`,
		`POST /api/v1/docs createDoc [echojwt.JWT(...)@router]`,
		`POST /assets uploadAsset []`,
		`POST /hooks/ci ciHook []`,
		`POST /hooks/deploy wh.Deploy [] public:webhook`,
		`POST /hooks/github githubHook [githubHook@route]`,
		`PUT /api/v1/docs/:id updateDoc [echojwt.JWT(...)@router]`,
	},
	"av301/gin/jwtapp": {
		`GET /partners/orders partnerOrders [partnerAuth@route]`,
		`POST /partners/orders/:id/cancel partnerCancel []`,
		`GET /accounts listAccounts [s.auth.MiddlewareFunc()@router]`,
		`GET /catalog catalog []`,
		`GET /users/:id/profile profile []`,
		`PATCH /accounts/:id updateAccount [s.auth.MiddlewareFunc()@router]`,
		`POST /accounts openAccount [s.auth.MiddlewareFunc()@router]`,
		`POST /accounts/:id/close closeAccount []`,
		`POST /auth/login s.auth.LoginHandler [] public:login`,
		`POST /auth/refresh s.auth.RefreshHandler [] public:token refresh`,
	},
	"av301/gin/legacy": {
		`POST /legacy/orders legacyOrder []`,
		`GET /legacy/status legacyStatus []`,
		`POST /orders createOrder [authRequired()@router]`,
		`GET /reports/daily daily [authRequired()@router]`,
	},
	"av301/nethttp/ryer": {
		`GET /about s.handleAbout() []`,
		`POST /admin/users s.handleAdminCreate() [s.adminOnly@route]`,
		`DELETE /admin/users/{id} s.handleAdminDelete() [s.adminOnly@route]`,
		`POST /admin/users/{id}/promote s.handlePromote() []`,
		`* / s.handleIndex() [] public:root`,
	},
	"av301/gin/noauth": {
		`DELETE /api/users/:id deleteUser []`,
		`GET /api/users listUsers []`,
		`POST /api/users createUser []`,
		`PUT /admin/settings updateSettings []`,
	},
	"av301/gin/orders": {
		`POST /public/contact contact [] public:public group`,
		`DELETE /api/orders/:id deleteOrder []`,
		`DELETE /manage/sessions purgeSessions [gin.BasicAuth(...)@router]`,
		`GET /admin/stats stats [requireAdmin()@router]`,
		`GET /api/orders listOrders [AuthRequired()@router]`,
		`GET /api/orders/:id getOrder [AuthRequired()@router]`,
		`GET /assets r.Static(...) [] public:static files`,
		`GET /healthz health [] public:health check`,
		`GET /products listProducts []`,
		`POST /admin/reindex reindex []`,
		`POST /admin/users/:id/ban banUser [requireAdmin()@router]`,
		`POST /api/orders createOrder [AuthRequired()@router]`,
		`POST /api/payments createPayment [AuthRequired()@route]`,
		`POST /api/v2/orders createOrder [AuthRequired()@router]`,
		`POST /internal/cache/flush flushCache []`,
		`POST /login login [login@route] public:login`,
		`POST /webhooks/stripe stripeWebhook [] public:webhook`,
		`PUT /api/orders/:id updateOrder [AuthRequired()@router]`,
	},
	"av301/gorilla/crm": {
		`* /static/ http.FileServer(...) [] public:static files`,
		`DELETE /api/admin/users/{id} deleteUser [staffOnly@router authMiddleware@router]`,
		`DELETE /api/contacts/{id} deleteContact []`,
		`GET /api/contacts listContacts [authMiddleware@router]`,
		`GET /api/search search []`,
		`GET /health health [] public:health check`,
		`POST /api/contacts createContact [authMiddleware@router]`,
		`POST /login login [] public:login`,
		`PUT /api/accounts/{id} updateAccount []`,
		`PUT /api/contacts/{id} updateContact [authMiddleware@router]`,
	},
	"av301/gorilla/noauth": {
		`DELETE /v1/users/{id} removeUser []`,
		`POST /v1/users createUser []`,
	},
	"av301/gorilla/structsrv": {
		`DELETE /tickets/{id} s.closeTicket [s.authn.Middleware@router]`,
		`GET /tickets s.listTickets []`,
		`POST /tickets s.createTicket [s.authn.Middleware@router]`,
		`POST /tickets/export &exporter{...} [&exporter{...}@route]`,
		`POST /tickets/{id}/reopen s.reopenTicket []`,
	},
	"av301/nethttp/defaultmux": {
		`* /api/accounts accounts [auth@route]`,
		`* /api/accounts/export exportAccounts []`,
		`* /api/rates rates []`,
		`* /api/transfers transfers [auth@route]`,
		`* /login login [] public:login`,
	},
	"av301/nethttp/noauth": {
		`DELETE /jobs/{id} cancel []`,
		`GET /admin/queues queues []`,
		`POST /jobs enqueue []`,
	},
	"av301/nethttp/store": {
		`* /graphql graphqlHandler() []`,
		`* /api/users/{id} user []`,
		`DELETE /api/orders/{id} deleteOrder []`,
		`GET /admin/audit audit [requireAdmin@router]`,
		`GET /api/orders listOrders [requireAuth@route]`,
		`GET /healthz healthz [] public:health check`,
		`GET /static/ http.FileServer(...) [] public:static files`,
		`POST /admin/users/{id}/disable disableUser [requireAdmin@router]`,
		`POST /api/keys createKey [createKey@route]`,
		`POST /api/orders createOrder [requireAuth@route]`,
		`POST /login login [] public:login`,
		`PUT /api/profile updateProfile [requireAuth@route]`,
	},
	"av301/nethttp/wrapped": {
		`DELETE /api/invoices/{id} deleteInvoice [authenticate@app]`,
		`GET /api/invoices listInvoices [authenticate@app]`,
		`POST /api/invoices createInvoice [authenticate@app]`,
		`POST /contact contact []`,
		`POST /newsletter subscribe []`,
	},
}

// TestInventory compares the routes the inventory finds in each fixture with the routes the
// fixture registers, and reports both counts per framework.
func TestInventory(t *testing.T) {
	got := inventories(t, testdata, "av301/...")
	type count struct{ present, found int }
	perFramework := map[string]*count{}
	for pkg, want := range fixtureRoutes {
		fw := strings.Split(pkg, "/")[1]
		if perFramework[fw] == nil {
			perFramework[fw] = &count{}
		}
		c := perFramework[fw]
		c.present += len(want)
		have := slices.Clone(got[pkg])
		slices.Sort(have)
		w := slices.Clone(want)
		slices.Sort(w)
		for _, line := range w {
			if i := slices.Index(have, line); i >= 0 {
				c.found++
				have = slices.Delete(have, i, i+1)
			} else {
				t.Errorf("%s: route not found: %s", pkg, line)
			}
		}
		for _, line := range have {
			t.Errorf("%s: unexpected route: %s", pkg, line)
		}
	}
	for pkg := range got {
		if _, ok := fixtureRoutes[pkg]; !ok {
			t.Errorf("%s: routes found in a package without expectations: %q", pkg, got[pkg])
		}
	}
	fws := make([]string, 0, len(perFramework))
	for fw := range perFramework {
		fws = append(fws, fw)
	}
	slices.Sort(fws)
	for _, fw := range fws {
		c := perFramework[fw]
		t.Logf("%-8s routes present %3d, found %3d", fw, c.present, c.found)
	}
}
