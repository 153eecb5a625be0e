package routeauth

import (
	"fmt"
	"strings"
	"testing"
)

func TestProjectFactsRouterInclusions(t *testing.T) {
	const src = `from fastapi import Depends, FastAPI, APIRouter
from . import users
from ..routers import items
from app.admin.views import router as admin_router
from .auth import verify_token
from .local import get_db

app = FastAPI(dependencies=[Depends(verify_token)])
api = APIRouter(prefix="/api")
local = APIRouter()

api.include_router(items.router, prefix="/items", dependencies=[Depends(verify_token)])
app.include_router(api)
app.include_router(users.router)
app.include_router(admin_router, dependencies=[Depends(get_db)])
app.include_router(local)
`
	f := parse(t, "app/v1/__init__.py", []byte(src))
	defer f.Close()
	got := ProjectFacts(f, "app.v1")
	var lines []string
	for _, r := range got.Routers {
		var gs []string
		for _, g := range r.Guards {
			gs = append(gs, fmt.Sprintf("%s@%s:%d", g.Name, g.File, g.Line))
		}
		lines = append(lines, fmt.Sprintf("%s %s %q [%s]", r.Module, r.Router, r.Prefix, strings.Join(gs, "; ")))
	}
	want := []string{
		`app.routers.items router "/api/items" [Depends(verify_token)@app/v1/__init__.py:12; Depends(verify_token)@app/v1/__init__.py:8]`,
		`app.v1.users router "" [Depends(verify_token)@app/v1/__init__.py:8]`,
		`app.admin.views router "" [Depends(verify_token)@app/v1/__init__.py:8]`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("inclusions:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if got.DRFDefault != nil || got.LoginMiddleware != nil {
		t.Errorf("no settings here: %+v", got)
	}
}

func TestProjectFactsIgnoreSettingsConfigure(t *testing.T) {
	const src = `from django.conf import settings

settings.configure(
    MIDDLEWARE=["django.contrib.auth.middleware.LoginRequiredMiddleware"],
    REST_FRAMEWORK={"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"]},
)
`
	f := parse(t, "single.py", []byte(src))
	defer f.Close()
	if got := ProjectFacts(f, "single"); !got.Empty() {
		t.Errorf("settings.configure configures its own process only, got %+v", got)
	}
}

func TestProjectFactsViews(t *testing.T) {
	const src = `from django.contrib.auth.decorators import login_required
from django.urls import include, path
from django.views.decorators.http import require_POST
from rest_framework.routers import DefaultRouter

from . import views
from .views import OrderList
from shop.api import CartViewSet

router = DefaultRouter()
router.register(r"^orders", views.OrderViewSet)
router.register("carts", CartViewSet)


def local(request):
    pass


urlpatterns = [
    path("api/", include(router.urls)),
    path("refund/", login_required(views.refund)),
    path("purge/", require_POST(views.purge)),
    path("list/", OrderList.as_view()),
    path("local/", local),
]
`
	f := parse(t, "shop/urls.py", []byte(src))
	defer f.Close()
	got := ProjectFacts(f, "shop.urls")
	var lines []string
	for _, v := range got.Views {
		var gs []string
		for _, g := range v.Guards {
			gs = append(gs, fmt.Sprintf("%s@%d", g.Name, g.Line))
		}
		lines = append(lines, fmt.Sprintf("%s %s %v %s %v [%s]", v.Module, v.View, v.Viewset, strings.Join(v.Paths, ","),
			v.Methods, strings.Join(gs, "; ")))
	}
	want := []string{
		"shop.views OrderViewSet true api/orders [] []",
		"shop.api CartViewSet true api/carts [] []",
		"shop.views refund false refund/ [] [login_required@21]",
		"shop.views purge false purge/ [POST] []",
		"shop.views OrderList false list/ [] []",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("views:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}
