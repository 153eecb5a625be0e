package routeauth

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/routes"
)

// routeLine is a route as the inventory table writes it: "line framework METHODS path handler
// [kind:guard; ...]", an open guard (AllowAny) prefixed "open:", and " public" when the route is
// public by design.
func routeLine(r routes.Route) string {
	var gs []string
	for _, g := range r.Guards {
		s := g.Kind + ":" + g.Name
		if g.AllowsAnyone {
			s = "open:" + s
		}
		gs = append(gs, s)
	}
	pub := ""
	if r.Public != "" {
		pub = " public"
	}
	return fmt.Sprintf("%d %s %s %s %s [%s]%s", r.Line, r.Framework, strings.Join(r.Methods, ","), r.Path, r.Handler, strings.Join(gs, "; "), pub)
}

// inventory is every route present in the fixtures, written by hand from reading them.
var inventory = map[string][]string{
	"av301_django/single.py": {
		"88 django GET notes/ NoteList [mixin:LoginRequiredMixin]",
		"89 django GET,POST notes/new/ NoteCreate [mixin:LoginRequiredMixin]",
		"90 django GET,POST notes/<int:pk>/delete/ NoteDelete [mixin:UserPassesTestMixin]",
		"91 django POST notes/<int:pk>/archive/ NoteArchive [decorator:method_decorator(login_required, name=\"dispatch\")]",
		"92 django POST notes/<int:pk>/share/ NoteShare []",
		"93 django GET admin/stats/ Stats []",
		"94 django * profile/ profile [decorator:login_required]",
		"95 django GET,POST notes/import/ note_import []",
		"96 django * about/ about []",
		"97 django * notes/export/ note_export []",
		"98 django * notes/purge/ note_purge []",
		"99 django * signup/ signup [] public",
	},
	"av301_django/urls.py": {
		"27 django *  views.home [] public",
		"29 django * accounts/login/ auth_views.LoginView [] public",
		"30 django * orders/ OrderListView []",
		"31 django * orders/mine/ views.order_list []",
		"32 django * orders/<int:pk>/edit/ OrderUpdateView [decorator:login_required]",
		"33 django * orders/<int:pk>/delete/ views.delete_order [decorator:permission_required(\"shop.delete_order\")]",
		"34 django * orders/<int:pk>/refund/ RefundView []",
		"35 django * orders/export/ views.export_orders []",
		"36 django * reports/(?P<year>[0-9]{4})/ views.yearly_report [decorator:login_required]",
		"37 django POST internal/cache/clear/ clear_cache []",
		"38 django * readyz/ readiness [] public",
	},
	"av301_django/views.py": {},
	// include("shop.urls") and include(shop.urls) name another module: shop/urls.py yields its
	// routes, with the paths written there.
	"av301_django_include/urls.py": {
		"44 django * billing/invoices/ invoice_list [decorator:login_required]",
		"44 django * v2/billing/invoices/ invoice_list [decorator:login_required]",
		"45 django * billing/invoices/new/ invoice_create [decorator:permission_required(\"billing.add_invoice\")]",
		"45 django * v2/billing/invoices/new/ invoice_create [decorator:permission_required(\"billing.add_invoice\")]",
		"46 django * billing/invoices/<int:pk>/void/ invoice_void []",
		"46 django * v2/billing/invoices/<int:pk>/void/ invoice_void []",
		"57 django * teams/ team [decorator:login_required]",
		"58 django * teams/invite/ team_invite []",
		"60 django * orders/export/ shop_views.export []",
		"61 django * healthz/ healthz [] public",
	},
	"av301_django_include/shop/urls.py": {
		"28 django * cart/ cart [decorator:login_required]",
		"29 django * cart/checkout/ checkout [decorator:login_required]",
		"30 django * cart/clear/ cart_clear []",
		"31 django * products/ views.product_list []",
	},
	"av301_django_middleware/single.py": {
		"60 django * profile/ profile [middleware:LoginRequiredMiddleware; decorator:login_required]",
		"61 django * notes/purge/ note_purge [middleware:LoginRequiredMiddleware]",
		"62 django * notes/export/ note_export [middleware:LoginRequiredMiddleware]",
		"63 django POST notes/<int:pk>/share/ NoteShare [middleware:LoginRequiredMiddleware]",
		"64 django * contact/ contact [] public",
		"65 django POST feedback/ Feedback [] public",
	},
	"av301_django_public/app.py": {
		"85 django * lists/<int:pk>/settings/ list_settings [decorator:login_required]",
		"86 django * subscriptions/ my_subscriptions [decorator:login_required]",
		"87 django POST lists/<int:pk>/anonymous_subscribe/ ListAnonymousSubscribe [] public",
		"88 django * lists/<int:pk>/confirm/ confirm_token [] public",
		"89 django * users/<int:user_id>/ public_profile [] public",
		"90 django * unsubscribe/<str:token>/ unsubscribe [] public",
		"91 django * lists/<int:pk>/remove/ confirm_removal []",
		"92 django POST lists/<int:pk>/mass_removal/ MassRemoval [decorator:method_decorator(list_owner_required)]",
		"93 django * threads/<int:pk>/ thread []",
		"94 django * lists/<int:pk>/make-public/ make_public []",
		"95 django * lists/<int:pk>/unsubscribe-member/ unsubscribe_member []",
	},
	// The middleware is listed in the settings module, another file: the views marked
	// login_not_required tell it runs, and the others' guards are unknown from here.
	"av301_django_middleware/urls.py": {
		"32 django * dashboard/ dashboard [decorator:login_required]",
		"33 django * reports/<int:pk>/delete/ report_delete []",
		"34 django * status-page/ status_page [] public",
		"35 django * newsletter/ newsletter_subscribe [] public",
		"36 django * orders/<int:pk>/cancel/ views.cancel_order []",
	},
	"av301_django_middleware/api.py": {
		"44 drf DELETE api/account/ AccountView [permission:IsAuthenticated]",
		"45 drf POST api/transfers/ TransferView [open:setting:DEFAULT_PERMISSION_CLASSES]",
		"46 drf POST api/statements/ StatementView [middleware:LoginRequiredMiddleware; open:setting:DEFAULT_PERMISSION_CLASSES]",
	},
	"av301_drf/api.py": {
		"79 drf GET api/catalog/ CatalogViewSet [open:setting:DEFAULT_PERMISSION_CLASSES]",
		"79 drf GET api/catalog/{pk}/ CatalogViewSet [open:setting:DEFAULT_PERMISSION_CLASSES]",
		"80 drf GET,POST api/carts/ CartViewSet [permission:IsAuthenticated]",
		"80 drf POST api/carts/preview/ CartViewSet.preview [open:permission:AllowAny]",
		"80 drf GET,PUT,PATCH,DELETE api/carts/{pk}/ CartViewSet [permission:IsAuthenticated]",
		"80 drf POST api/carts/{pk}/checkout/ CartViewSet.checkout [permission:IsAuthenticated]",
		"81 drf GET,POST api/coupons/ CouponViewSet [open:setting:DEFAULT_PERMISSION_CLASSES]",
		"82 drf GET,POST api/reviews/ ReviewViewSet [permission:permissions.IsAuthenticatedOrReadOnly]",
		"82 drf GET,PUT,PATCH,DELETE api/reviews/{pk}/ ReviewViewSet [permission:permissions.IsAuthenticatedOrReadOnly]",
		"86 drf POST api/refunds/<int:pk>/ RefundView [open:setting:DEFAULT_PERMISSION_CLASSES]",
		"87 drf GET,DELETE api/account/ AccountView [permission:IsAuthenticated]",
		"88 drf POST api/redeem/ redeem [permission:IsAuthenticated]",
		"89 drf DELETE api/carts/purge/ purge_carts [open:setting:DEFAULT_PERMISSION_CLASSES]",
		"90 drf POST api/register/ register [open:setting:DEFAULT_PERMISSION_CLASSES] public",
	},
	"av301_drf/urls.py": {
		"9 drf * api/products/ views.ProductViewSet []",
		"10 drf * api/orders/ views.OrderViewSet []",
		"14 django * api/reindex/ views.reindex []",
		"15 django * api/import/ views.bulk_import []",
	},
	"av301_drf/views.py": {},
	"av301_fastapi.py": {
		"61 fastapi POST /token login_for_access_token [] public",
		"66 fastapi GET /healthz healthz [] public",
		"71 fastapi GET /users/me read_users_me [dependency:Depends(get_current_active_user)]",
		"76 fastapi PUT /users/me update_me [dependency:Depends(get_current_active_user)]",
		"81 fastapi DELETE /users/{user_id} delete_user []",
		"86 fastapi POST /users/{user_id}/avatar upload_avatar []",
		"91 fastapi POST /reports/export export_report [dependency:Depends(JWTBearer())]",
		"96 fastapi POST /imports start_import [call:credential check in start_import]",
		"103 fastapi GET /items/ list_items []",
		"108 fastapi POST /items/ create_item [dependency:Depends(get_current_user)]",
		"113 fastapi PATCH /items/{item_id} update_item [dependency:Security(get_current_user, scopes=[\"items:write\"])]",
		"118 fastapi DELETE /items/{item_id} delete_item []",
		"123 fastapi POST /admin/reindex reindex [dependency:Depends(verify_admin_token)]",
		"128 fastapi GET /admin/stats stats [dependency:Depends(verify_admin_token)]",
		"133 fastapi POST /v1/orders create_order [dependency:Depends(get_current_active_user)]",
		"138 fastapi DELETE /v1/orders/{order_id} cancel_order [dependency:Depends(get_current_active_user)]",
		"143 fastapi POST /webhooks/github github_webhook [] public",
	},
	"av301_fastapi_app.py": {
		"13 fastapi POST,PUT /api/sync sync [dependency:Depends(verify_api_key)]",
		"18 fastapi DELETE /jobs/{job_id} cancel_job [dependency:Depends(verify_api_key)]",
		"27 fastapi DELETE /admin/cache purge_cache [dependency:Depends(verify_api_key)]",
		"34 fastapi POST /internal/reindex reindex [dependency:Depends(bearer)]",
		"39 fastapi DELETE /internal/cache clear []",
		"44 fastapi GET /internal/health health [] public",
	},
	"av301_fastapi_routes.py": {
		"14 fastapi GET /projects/ read_projects [dependency:CurrentUser]",
		"19 fastapi POST /projects/ create_project [dependency:CurrentUser]",
		"24 fastapi DELETE /projects/{project_id} delete_project [dependency:Depends(get_current_active_superuser)]",
		"29 fastapi PUT /projects/{project_id}/archive archive_project []",
		"37 fastapi POST /projects/signup register_owner [] public",
	},
	"av301_fastapi_items.py": {
		"12 fastapi GET / list_items [dependency:Depends(get_current_user)] public",
		"17 fastapi PUT /{item_id} update_item [dependency:Depends(get_current_user)]",
		"22 fastapi DELETE /{item_id} delete_item []",
		"28 fastapi GET /{slug} item_card []",
		"33 fastapi GET /mobile/profile mobile_profile [dependency:Depends(get_mobile_user)]",
		"38 fastapi POST /sync sync [dependency:Depends(get_authenticated_client)]",
		"43 fastapi POST  create_item []",
		"48 fastapi POST /{item_id}/purge purge_item [dependency:Depends(get_admin_user)]",
	},
	"av301_flask.py": {
		"66 flask GET / index [] public",
		"71 flask GET /products list_products []",
		"76 flask GET /products/<int:pid> get_product []",
		"81 flask POST /products create_product [decorator:login_required]",
		"87 flask PUT /products/<int:pid> update_product [decorator:token_required]",
		"93 flask DELETE /products/<int:pid> delete_product []",
		"99 flask POST /orders create_order [decorator:requires_api_key]",
		"105 flask POST /orders/<int:oid>/cancel cancel_order []",
		"111 flask GET /users/<int:uid> get_user []",
		"116 flask POST /cart/checkout checkout [call:credential check in checkout]",
		"123 flask POST /webhooks/stripe stripe_webhook [] public",
		"130 flask GET /admin/users admin_users [hook:require_admin]",
		"135 flask DELETE /admin/users/<int:uid> admin_delete_user [hook:require_admin]",
		"141 flask POST /api/carts create_cart [hook:check_jwt]",
		"146 flask POST /api/exports/customers export_customers []",
		"151 flask POST /billing/invoices create_invoice [hook:require_login]",
		"184 flask GET,DELETE /accounts/<int:uid> UserAPI [decorator:login_required]",
		"185 flask GET,DELETE /tags TagAPI []",
		"185 flask POST /tags TagAPI [decorator:login_required]",
		"186 flask GET,DELETE /orders/<int:oid> order_detail [decorator:login_required]",
		"187 flask POST /reports/export reports.export []",
	},
	"av301_flask_restful.py": {
		"36 flask-restful GET /notes NoteList.get [decorator:jwt_required()]",
		"39 flask-restful POST /notes NoteList.post [decorator:jwt_required()]",
		"46 flask-restful GET /notes/<int:nid>/comments Comments.get []",
		"49 flask-restful POST /notes/<int:nid>/comments Comments.post [decorator:auth.login_required]",
		"54 flask-restful GET /tags Tags.get []",
		"54 flask-restful GET /tags/<string:name> Tags.get []",
		"58 flask-restful POST /tags Tags.post [decorator:jwt_required()]",
		"58 flask-restful POST /tags/<string:name> Tags.post [decorator:jwt_required()]",
		"61 flask-restful DELETE /tags Tags.delete []",
		"61 flask-restful DELETE /tags/<string:name> Tags.delete []",
		"70 flask-restful POST /notes/<int:nid>/share Share.post []",
		"79 flask-restful PUT /profile Profile.put [decorator:auth.login_required]",
		"86 flask-restful POST /notes/<int:nid>/archive Archive.post []",
		"91 flask-restful POST /auth/login UserLogin.post [] public",
		"96 flask-restful DELETE /audit/log AuditLog.delete [decorator:auth.login_required]",
		"101 flask-restful DELETE /admin/users/<int:uid> AdminUser.delete [hook:require_admin]",
	},
	"av301_flask_restx.py": {
		"24 flask-restx GET /api/v1/carts CartList.get [decorator:login_required]",
		"27 flask-restx POST /api/v1/carts CartList.post [decorator:login_required]",
		"34 flask-restx GET /api/v1/carts/<int:cid> Cart.get []",
		"38 flask-restx PUT /api/v1/carts/<int:cid> Cart.put [decorator:jwt_required()]",
		"44 flask-restx GET /api/v1/catalog/<int:pid> Product.get []",
		"48 flask-restx DELETE /api/v1/catalog/<int:pid> Product.delete []",
		"54 flask-restx POST /api/v1/catalog/import ProductImport.post [decorator:login_required]",
		"60 flask-restx GET /api/v1/backoffice/users/<int:uid> AdminUser.get [decorator:jwt_required()]",
		"63 flask-restx DELETE /api/v1/backoffice/users/<int:uid> AdminUser.delete [decorator:jwt_required()]",
		"69 flask-restx POST /api/v1/coupons Coupons.post []",
		"75 flask-restx GET /api/v1/healthz Health.get [] public",
		"81 flask-restx POST /api/v1/catalog/featured Featured.post []",
	},
	"av301_flask_httpauth.py": {
		"23 flask GET /api/notes list_notes [decorator:auth.login_required]",
		"29 flask POST /api/notes add_note [decorator:auth.login_required]",
		"35 flask DELETE /api/notes/<int:nid> delete_note [decorator:auth.login_required(role=\"admin\")]",
		"42 flask PUT /api/notes/<int:nid> edit_note []",
		"48 flask POST /api/notes/<int:nid>/share share_note []",
		"53 flask POST /api/tokens issue_token [decorator:basic.login_required]",
		"59 flask POST /api/auth/refresh refresh [] public",
		"64 flask GET /api/ping ping [] public",
	},
	"av301_flask_noauth.py": {
		"8 flask GET /api/users list_users []",
		"13 flask POST /api/users create_user []",
		"18 flask DELETE /api/users/<int:uid> delete_user []",
		"23 flask POST /api/admin/reset reset []",
	},
	"av301_flask_blueprint_items.py": {
		"12 flask GET / list_users [decorator:jwt_required()] public",
		"18 flask GET /<int:user_id> get_user [decorator:jwt_required()]",
		"24 flask PUT /<int:user_id> update_user [decorator:jwt_required()]",
		"30 flask DELETE /<int:user_id> delete_user []",
		"36 flask GET /<slug> user_card []",
		"41 flask POST / create_user []",
		"49 flask GET,POST / home [] public",
		"56 flask GET,POST /dashboard dashboard [decorator:login_required]",
	},
	"av301_webhooks/orders.py": {
		"9 flask GET / list_orders [decorator:login_required] public",
		"15 flask POST /refund refund []",
	},
	"av301_webhooks/webhooks.py": {
		"15 flask POST /github github [call:credential check in github] public",
		"23 flask POST /stripe stripe [] public",
	},
	"av301_flask_token_verify.py": {
		"15 flask GET /session/sessions list_sessions [decorator:jwt_required()]",
		"21 flask POST /session/verify verify [call:credential check in verify]",
		"27 flask POST /session/introspect introspect [call:credential check in introspect]",
		"33 flask POST /session/peek peek []",
	},
	"av301_flask_main_blueprint.py": {
		"11 flask GET,POST / index [] public",
		"20 flask GET,POST /edit-profile edit_profile [decorator:login_required]",
		"26 flask POST /follow/<username> follow [decorator:login_required]",
		"33 flask POST /unfollow/<username> unfollow []",
	},
	"av301_flask_public.py": {
		"13 flask POST /api/orders create_order [decorator:jwt_required()]",
		"19 flask DELETE /api/orders/<int:oid> delete_order [decorator:jwt_required()]",
		"25 flask POST /api/auth/login login [] public",
		"30 flask POST /api/auth/logout logout [] public",
		"35 flask POST /api/auth/register register [] public",
		"40 flask POST /api/auth/token/refresh refresh_access [] public",
		"45 flask POST /api/auth/forgot-password forgot_password [] public",
		"51 flask POST /api/sessions user_login [] public",
		"56 flask GET /healthz healthz [] public",
		"61 flask GET,HEAD /readyz readyz [] public",
		"66 flask GET /static/admin/<path:filename> admin_assets [] public",
		"71 flask GET /api/docs/admin admin_docs [] public",
		"76 flask GET /openapi.json openapi [] public",
		"81 flask POST /api/webhooks/github github_webhook [] public",
	},
	"av301_flask_rbac.py": {
		"10 flask GET /api/posts list_posts [open:decorator:rbac.allow([\"anonymous\"], methods=[\"GET\"])]",
		"16 flask POST /api/posts create_post [decorator:rbac.allow([\"editor\", \"admin\"], methods=[\"POST\"])]",
		"22 flask DELETE /api/posts/<int:pid> delete_post [decorator:rbac.deny([\"editor\"], methods=[\"DELETE\"])]",
		"28 flask POST /api/comments add_comment [open:decorator:rbac.allow([\"anonymous\"], methods=[\"POST\"])]",
		"34 flask POST /api/feedback feedback [open:decorator:rbac.exempt]",
		"40 flask POST /api/posts/<int:pid>/publish publish []",
	},
	"av302_flask.py": {
		"35 flask GET /admin admin []",
		"41 flask POST /api/orders create_order []",
		"47 flask DELETE /api/orders/<int:oid> delete_order []",
		"53 flask GET /reports/monthly monthly []",
		"59 flask POST /api/users/<int:uid>/ban ban_user []",
		"64 flask GET /api/a two_routes [decorator:login_required]",
		"66 flask GET /api/b two_routes []",
		"71 flask GET /api/profile profile [decorator:login_required]",
		"78 flask GET /api/search search [decorator:jwt_required()]",
		"86 flask GET /api/products products []",
		"91 flask GET /reports/yearly yearly [decorator:auth.login_required]",
	},
	"av303_fastapi.py": {
		"38 fastapi GET /me me []",
		"43 fastapi GET /orders orders [dependency:Depends(get_current_user)]",
		"48 fastapi POST /orders create_order []",
		"53 fastapi DELETE /orders/{oid} delete_order [dependency:Depends(require_role(\"admin\"))]",
		"58 fastapi GET /reports reports [dependency:Depends(HTTPBearer())]",
		"63 fastapi GET /audit audit [dependency:Security(require_scope(\"audit:read\"))]",
		"68 fastapi GET /stats stats []",
		"76 fastapi GET /dashboard dashboard [dependency:Depends(fastapi_users.current_user(active=True))]",
	},
	"av303_flask.py": {
		"11 flask GET /api/me me []",
		"17 flask GET /api/orders orders [decorator:jwt_required()]",
		"23 flask GET /api/catalog catalog []",
		"29 flask GET /api/admin/users admin_users []",
		"35 flask GET /api/admin/audit audit [decorator:roles_required(\"admin\")]",
		"41 flask GET /api/reports reports []",
		"47 flask POST /api/refunds refund []",
		"53 flask GET /api/settings settings []",
		"59 flask GET /api/profile profile [decorator:auth_required(\"token\", \"session\")]",
		"83 flask GET /api/invoices InvoiceAPI []",
		"84 flask GET /api/receipts ReceiptAPI [decorator:jwt_required()]",
		"85 flask POST /api/export export []",
	},
	"av303_flask_local.py": {
		"23 flask GET /api/team team [decorator:roles_required]",
		"29 flask GET /api/keys keys [decorator:jwt_required]",
	},
	"av304_drf.py": {},
	"seed_article.py": {
		"18 flask POST /login login [] public",
		"26 flask GET /protected protected []",
		"47 flask GET /admin admin [decorator:has_role(\"admin\")]",
	},
}

// notExtracted are routes present in the fixtures that the inventory leaves out on purpose.
var notExtracted = map[string][]string{
	"av301_django/urls.py":         {"28 django * admin/ admin.site.urls (the Django admin: behind its own staff login, not an API route)"},
	"av301_django_include/urls.py": {"50 django * admin/ admin.site.urls (the Django admin)"},
}

func parse(t testing.TB, path string, src []byte) *python.File {
	t.Helper()
	kinds := map[string]bool{}
	for _, k := range Kinds {
		kinds[k] = true
	}
	p := python.NewParser()
	defer p.Close()
	f := p.Parse(path, src, kinds, 0)
	if f == nil {
		t.Fatal("parse failed")
	}
	return f
}

// TestExtractInventory compares the routes Extract finds in each fixture with the routes present,
// and logs the count per framework.
func TestExtractInventory(t *testing.T) {
	found, present := map[string]int{}, map[string]int{}
	seen := map[string]bool{}
	err := filepath.WalkDir(fixtures, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		rel, _ := filepath.Rel(fixtures, path)
		rel = filepath.ToSlash(rel)
		want, ok := inventory[rel]
		if !ok {
			t.Errorf("%s: fixture missing from the inventory table", rel)
			return nil
		}
		seen[rel] = true
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f := parse(t, rel, src)
		defer f.Close()
		var got []string
		for _, r := range Extract(f) {
			got = append(got, routeLine(r))
			if r.File != rel || r.Line < 1 || r.Column < 1 || r.App == "" {
				t.Errorf("%s: bad position or app: %+v", rel, r)
			}
		}
		for _, w := range notExtracted[rel] {
			present[frameworkOf(w)]++
		}
		wantSet := map[string]bool{}
		for _, w := range want {
			wantSet[w] = true
			present[frameworkOf(w)]++
		}
		for _, g := range got {
			if wantSet[g] {
				found[frameworkOf(g)]++
				delete(wantSet, g)
			} else {
				t.Errorf("%s: unexpected route %s", rel, g)
			}
		}
		for w := range wantSet {
			t.Errorf("%s: route not found: %s", rel, w)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for rel := range inventory {
		if !seen[rel] {
			t.Errorf("%s: in the inventory table but not a fixture", rel)
		}
	}
	var fws []string
	for fw := range present {
		fws = append(fws, fw)
	}
	sort.Strings(fws)
	for _, fw := range fws {
		t.Logf("%-8s routes found %d of %d present (the others left out by design)", fw, found[fw], present[fw])
	}
}

func frameworkOf(line string) string { return strings.Fields(line)[1] }

// TestExtractIdioms covers idioms the fixtures do not show, one small file each.
func TestExtractIdioms(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"flask route called on a view, nested blueprints, app-wide hook",
			`from flask import Blueprint, Flask, abort, request
app = Flask(__name__)
api = Blueprint("api", __name__, url_prefix="/api")
v1 = Blueprint("v1", __name__, url_prefix="/v1")
audit = Blueprint("audit", __name__)

@audit.before_app_request
def need_key():
    if request.headers.get("X-Key") != KEY:
        abort(401)

def ping():
    return "pong"

@v1.post("/jobs")
def jobs():
    pass

app.route("/ping")(ping)
api.register_blueprint(v1)
app.register_blueprint(api)
app.register_blueprint(audit)
`,
			[]string{
				"15 flask POST /api/v1/jobs jobs [hook:need_key]",
				"19 flask GET /ping ping [hook:need_key] public",
			}},
		{"blueprint hook guarded by a decorator, url_prefix given at registration",
			`from flask import Blueprint, Flask
from flask_login import login_required
app = Flask(__name__)
bp = Blueprint("b", __name__)

@bp.before_request
@login_required
def guard():
    pass

@bp.delete("/x")
def x():
    pass

app.register_blueprint(bp, url_prefix="/b")
`,
			[]string{"11 flask DELETE /b/x x [hook:guard]"}},
		{"django include of a list, urlpatterns +=, REST_FRAMEWORK in the module",
			`from django.urls import include, path
from rest_framework.decorators import api_view
from rest_framework.routers import SimpleRouter
REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"]}

@api_view(["POST"])
def pay(request):
    pass

router = SimpleRouter()
urlpatterns = [path("api/", include([path("pay/", pay)]))]
urlpatterns += router.urls
`,
			[]string{"11 drf POST api/pay/ pay [setting:DEFAULT_PERMISSION_CLASSES]"}},
		{"django include of a module list (also as (patterns, app_name)), of a module, unpacked, self-including",
			`from django.contrib.auth.decorators import login_required
from django.urls import include, path, re_path
import shop.urls

@login_required
def report(request):
    pass

def charge(request):
    pass

extra_patterns = [
    path("reports/", report),
    path("charge/", charge),
]
loop = [path("x/", include(loop))]

def helper():
    local_patterns = [path("never/", charge)]

urlpatterns = [
    re_path(r"^credit/", include(extra_patterns)),
    path("ns/", include((extra_patterns, "credit"), namespace="credit")),
    path("shop/", include("shop.urls")),
    path("old-shop/", include(shop.urls)),
    path("loop/", include(loop)),
    path("local/", include(local_patterns)),
    *extra_patterns,
]
`,
			[]string{
				"13 django * credit/reports/ report [decorator:login_required]",
				"13 django * ns/reports/ report [decorator:login_required]",
				"13 django * reports/ report [decorator:login_required]",
				"14 django * charge/ charge []",
				"14 django * credit/charge/ charge []",
				"14 django * ns/charge/ charge []",
			}},
		{"django LoginRequiredMiddleware appended in the module, login_not_required in its forms",
			`from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View
from rest_framework.decorators import api_view
from rest_framework.viewsets import ModelViewSet
from rest_framework.routers import DefaultRouter
MIDDLEWARE = ["django.contrib.auth.middleware.AuthenticationMiddleware"]
MIDDLEWARE.append("django.contrib.auth.middleware.LoginRequiredMiddleware")

def orders(request):
    pass

@method_decorator(login_not_required, name="get")
class Export(View):
    def post(self, request):
        pass

class Import(View):
    @method_decorator(login_not_required)
    def dispatch(self, request):
        pass
    def post(self, request):
        pass

@api_view(["POST"])
@login_not_required
def pay(request):
    pass

@method_decorator(login_not_required, name="dispatch")
class Carts(ModelViewSet):
    pass

router = DefaultRouter()
router.register("carts", Carts)
urlpatterns = [
    path("orders/", orders),
    path("export/", Export.as_view()),
    path("import/", Import.as_view()),
    path("pay/", pay),
    path("signin/", auth_views.LoginView.as_view()),
    path("bye/", login_not_required(auth_views.LogoutView.as_view())),
]
`,
			[]string{
				"37 drf GET,POST carts/ Carts []",
				"37 drf GET,PUT,PATCH,DELETE carts/{pk}/ Carts []",
				"39 django * orders/ orders [middleware:LoginRequiredMiddleware]",
				"40 django POST export/ Export [middleware:LoginRequiredMiddleware]",
				"41 django POST import/ Import [] public",
				"42 drf POST pay/ pay []",
				"43 django * signin/ auth_views.LoginView [] public",
				"44 django * bye/ auth_views.LogoutView [] public",
			}},
		{"django settings.configure without LoginRequiredMiddleware: login_not_required guesses nothing",
			`from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.urls import path
settings.configure(ROOT_URLCONF=__name__)

def purge(request):
    pass

@login_not_required
def about(request):
    pass

urlpatterns = [path("purge/", purge), path("about/", about)]
`,
			[]string{
				"13 django * purge/ purge []",
				"13 django * about/ about [] public",
			}},
		{"fastapi nested routers and app dependencies",
			`from fastapi import APIRouter, Depends, FastAPI
from .auth import verify_token
app = FastAPI(dependencies=[Depends(verify_token)])
outer = APIRouter(prefix="/outer")
inner = APIRouter(prefix="/inner")

@inner.put("/{id}")
def put(id: int):
    pass

outer.include_router(inner, prefix="/x")
app.include_router(outer, prefix="/api")
`,
			[]string{"7 fastapi PUT /api/outer/x/inner/{id} put [dependency:Depends(verify_token)]"}},
		{"flask-restful: Api bound by init_app, prefix, method_decorators dict, imported resource, MethodView registration",
			`from flask import Flask
from flask_login import login_required
from flask_restful import Api, Resource
from .resources import Orders

app = Flask(__name__)
api = Api(prefix="/api")


class Item(Resource):
    method_decorators = {"POST": [login_required], "delete": [login_required]}

    def get(self, id):
        pass

    def head(self, id):
        pass

    def post(self, id):
        pass

    def delete(self, id):
        pass

    def options(self, id):
        pass

    def load(self, id):
        pass


api.add_resource(Item, "/items/<int:id>")
api.add_resource(Orders, "/orders", endpoint="orders")
api.init_app(app)
app.add_url_rule("/legacy/<int:id>", view_func=Item.as_view("legacy"))
`,
			[]string{
				"13 flask-restful GET /api/items/<int:id> Item.get []",
				"16 flask-restful HEAD /api/items/<int:id> Item.head []",
				"19 flask-restful POST /api/items/<int:id> Item.post []",
				"22 flask-restful DELETE /api/items/<int:id> Item.delete [decorator:login_required]",
				"25 flask-restful OPTIONS /api/items/<int:id> Item.options []",
				"33 flask-restful * /api/orders Orders []",
				"35 flask DELETE /legacy/<int:id> Item [decorator:login_required]",
				"35 flask GET,POST /legacy/<int:id> Item []",
			}},
		{"flask_restplus: Api on a blueprint, namespace paths from the name and from add_namespace, default namespace",
			`from flask import Blueprint
from flask_restplus import Api, Namespace, Resource
from .auth import token_required

bp = Blueprint("api", __name__, url_prefix="/api")
api = Api(bp, prefix="/v2", decorators=[token_required])
users = api.namespace("users/")
orders = Namespace("orders", "Orders", "/o/")


@users.route("/<int:id>", "/by-name/<name>")
class User(Resource):
    def delete(self, id=None, name=None):
        pass


@orders.route("/")
class OrderList(Resource):
    def post(self):
        pass


@api.route("/stats")
class Stats(Resource):
    def get(self):
        pass


api.add_namespace(orders, "/purchases")
`,
			[]string{
				"13 flask-restx DELETE /api/v2/users/<int:id> User.delete [decorator:token_required]",
				"13 flask-restx DELETE /api/v2/users/by-name/<name> User.delete [decorator:token_required]",
				"19 flask-restx POST /api/v2/purchases/ OrderList.post [decorator:token_required]",
				"25 flask-restx GET /api/v2/stats Stats.get [decorator:token_required]",
			}},
		{"flask-restx: a namespace of an Api imported from another module",
			`from flask_restx import Resource
from app import api

ns = api.namespace("reports", path="/reports/")


@ns.route("/<int:rid>")
class Report(Resource):
    def delete(self, rid):
        pass
`,
			[]string{"9 flask-restx DELETE /reports/<int:rid> Report.delete []"}},
		{"flask-restful and restx: only their resources, registered, are routes",
			`from flask_restful import Resource as RestfulResource
from flask_restx import Resource as RestxResource
from tastypie.resources import Resource
from .ext import api, ns, router


class Books(Resource):
    def post(self):
        pass


@ns.route("/shelves")
class Shelves(Resource):
    def post(self):
        pass


@ns.route("/authors")
class Authors(RestfulResource):
    def post(self):
        pass


class Drafts(RestfulResource):
    def post(self):
        pass


class Notes(RestfulResource):
    def _load(self):
        pass

    def post(self):
        pass


@ns.route("/tags")
class Tags(RestxResource):
    def put(self):
        pass


api.add_resource(Books, "/books")
router.add_resource("/raw")
api.add_resource(Notes, "/notes")
`,
			[]string{
				"33 flask-restful POST /notes Notes.post []",
				"39 flask-restx PUT /tags Tags.put []",
			}},
		{"test files have no inventory", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := "app.py"
			if tt.src == "" {
				path, tt.src = "tests/test_app.py", "from flask import Flask\napp = Flask(__name__)\n@app.post('/x')\ndef x(): pass\n"
			}
			f := parse(t, path, []byte(tt.src))
			defer f.Close()
			var got []string
			for _, r := range Extract(f) {
				got = append(got, routeLine(r))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
