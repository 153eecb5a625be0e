package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A FastAPI project whose routers are included, with their guards, by another module.
const (
	itemsRouter = `from fastapi import APIRouter, Depends

from app.auth import get_current_user

router = APIRouter(prefix="/items")


@router.get("/mine")
def mine(user=Depends(get_current_user)):
    return []


@router.post("/")
def create_item(item: dict):
    return item


@router.delete("/{item_id}")
def delete_item(item_id: int):
    return None
`
	authModule = `from fastapi import HTTPException


def get_current_user(token: str = ""):
    if not token:
        raise HTTPException(status_code=401)
    return token


def verify_token(token: str = ""):
    if not token:
        raise HTTPException(status_code=401)
`
	mainRelative = `from fastapi import Depends, FastAPI

from .auth import verify_token
from .routers import items

app = FastAPI()
app.include_router(items.router, prefix="/api", dependencies=[Depends(verify_token)])
`
	mainAliased = `from fastapi import Depends, FastAPI

from app.auth import verify_token
from app.routers.items import router as items_router

app = FastAPI()
app.include_router(items_router, dependencies=[Depends(verify_token)])
`
	mainUnguarded = `from fastapi import FastAPI

from .routers import items

app = FastAPI()
app.include_router(items.router, prefix="/api")
`
)

type jsonRoute struct {
	Methods []string
	Path    string
	Handler string
	Guards  []struct {
		Name, Scope, File string
		Line              int
	}
}

func routesJSON(t *testing.T, dir string) map[string]jsonRoute {
	t.Helper()
	r := run(t, dir, apivetBin, "routes", "--format", "json")
	var rs []jsonRoute
	if err := json.Unmarshal([]byte(r.stdout), &rs); err != nil || r.code != 0 {
		t.Fatalf("routes: exit %d (%v)\n%s%s", r.code, err, r.stdout, r.stderr)
	}
	out := map[string]jsonRoute{}
	for _, rt := range rs {
		out[rt.Handler] = rt
	}
	return out
}

func TestFastAPIRouterGuardedByIncludingModule(t *testing.T) {
	for _, tc := range []struct {
		name, main, prefix string
	}{
		{"relative import, prefix", mainRelative, "/api/items"},
		{"absolute import of the router", mainAliased, "/items"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTree(t, map[string]string{"app/__init__.py": "", "app/routers/__init__.py": "",
				"app/auth.py": authModule, "app/routers/items.py": itemsRouter, "app/main.py": tc.main})
			if r := run(t, dir, apivetBin); strings.Contains(r.stdout, "AV301") {
				t.Errorf("routes guarded by the inclusion reported: exit %d\n%s%s", r.code, r.stdout, r.stderr)
			}
			rs := routesJSON(t, dir)
			del := rs["delete_item"]
			if del.Path != tc.prefix+"/{item_id}" || len(del.Guards) != 1 || del.Guards[0].Name != "Depends(verify_token)" ||
				del.Guards[0].File != "app/main.py" || del.Guards[0].Line != 7 || del.Guards[0].Scope != "router" {
				t.Errorf("delete_item: want %s/{item_id} guarded by Depends(verify_token) at app/main.py:7, got %+v", tc.prefix, del)
			}
			if mine := rs["mine"]; len(mine.Guards) != 2 {
				t.Errorf("mine: want its own guard and the inclusion's, got %+v", mine)
			}
		})
	}
}

func TestFastAPIRouterIncludedWithoutGuards(t *testing.T) {
	dir := writeTree(t, map[string]string{"app/__init__.py": "", "app/routers/__init__.py": "",
		"app/auth.py": authModule, "app/routers/items.py": itemsRouter, "app/main.py": mainUnguarded})
	r := run(t, dir, apivetBin)
	if strings.Count(r.stdout, "[AV301]") != 2 || !strings.Contains(r.stdout, "app/routers/items.py:13:") ||
		!strings.Contains(r.stdout, "app/routers/items.py:18:") {
		t.Errorf("want AV301 on create_item and delete_item: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if del := routesJSON(t, dir)["delete_item"]; del.Path != "/items/{item_id}" || len(del.Guards) != 0 {
		t.Errorf("an inclusion without dependencies changes nothing: %+v", del)
	}
}

// A Django REST framework project whose settings module sets the default permission.
const (
	drfSettings = `INSTALLED_APPS = ["rest_framework"]

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["%s"],
}
`
	drfViews = `from django.urls import path
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView


class Transfers(APIView):
    def post(self, request):
        return Response({})


@api_view(["POST"])
@permission_classes([IsAdminUser])
def purge(request):
    return Response({})


urlpatterns = [
    path("api/transfers/", Transfers.as_view()),
    path("api/purge/", purge),
]
`
)

func TestDRFDefaultFromSettingsModule(t *testing.T) {
	dir := writeTree(t, map[string]string{"proj/__init__.py": "", "proj/settings.py": strings.Replace(drfSettings, "%s", "rest_framework.permissions.IsAuthenticated", 1),
		"api/views.py": drfViews})
	tr := routesJSON(t, dir)["Transfers"]
	if len(tr.Guards) != 1 || tr.Guards[0].Name != "DEFAULT_PERMISSION_CLASSES" || tr.Guards[0].File != "proj/settings.py" {
		t.Errorf("Transfers: want the settings module's DEFAULT_PERMISSION_CLASSES, got %+v", tr)
	}
	if r := run(t, dir, apivetBin); strings.Contains(r.stdout, "AV301") {
		t.Errorf("a view under the default permission reported: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// The per-file cache must not keep the verdict once settings.py opens the default.
	os.WriteFile(filepath.Join(dir, "proj", "settings.py"), []byte(strings.Replace(drfSettings, "%s", "rest_framework.permissions.AllowAny", 1)), 0o644)
	if r := run(t, dir, apivetBin); !strings.Contains(r.stdout, "api/views.py:20:5: ") || strings.Count(r.stdout, "[AV301]") != 1 {
		t.Errorf("want AV301 on Transfers once the default allows anyone: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestLoginRequiredMiddlewareFromSettingsModule(t *testing.T) {
	const settings = `MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
]
`
	const urls = `from django.contrib.auth.decorators import login_required
from django.urls import path


def note_purge(request):
    pass


@login_required
def profile(request):
    pass


urlpatterns = [
    path("notes/purge/", note_purge),
    path("profile/", profile),
]
`
	dir := writeTree(t, map[string]string{"proj/settings.py": settings, "notes/urls.py": urls})
	purge := routesJSON(t, dir)["note_purge"]
	if len(purge.Guards) != 1 || purge.Guards[0].Name != "LoginRequiredMiddleware" || purge.Guards[0].File != "proj/settings.py" || purge.Guards[0].Line != 4 {
		t.Errorf("note_purge: want LoginRequiredMiddleware from proj/settings.py:4, got %+v", purge)
	}
}

// A Django REST framework project whose urlconf routes the views of another module.
const (
	drfProjectSettings = `INSTALLED_APPS = ["rest_framework"]
`
	drfProjectURLs = `from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("orders", views.OrderViewSet)
router.register("coupons", views.CouponViewSet)

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/refund/", views.refund),
]
`
	drfProjectViews = `from rest_framework import viewsets
from rest_framework.decorators import api_view
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response


class OrderViewSet(viewsets.ModelViewSet):
    permission_classes = [IsAuthenticated]


class CouponViewSet(viewsets.ModelViewSet):
    pass


@api_view(["POST"])
def refund(request):
    return Response({})
`
)

func TestDRFViewsRoutedByAnotherModule(t *testing.T) {
	files := map[string]string{"proj/__init__.py": "", "proj/settings.py": drfProjectSettings,
		"api/__init__.py": "", "api/urls.py": drfProjectURLs, "api/views.py": drfProjectViews}
	dir := writeTree(t, files)
	r := run(t, dir, apivetBin)
	if strings.Count(r.stdout, "[AV301]") != 2 || !strings.Contains(r.stdout, "api/views.py:11:1: ") ||
		!strings.Contains(r.stdout, "api/views.py:16:1: ") {
		t.Errorf("want AV301 on CouponViewSet and refund, at their definitions: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	rj := run(t, dir, apivetBin, "routes", "--format", "json")
	var rs []struct {
		Path, Handler, File string
		Methods             []string
	}
	if err := json.Unmarshal([]byte(rj.stdout), &rs); err != nil {
		t.Fatalf("routes: %v\n%s%s", err, rj.stdout, rj.stderr)
	}
	got := map[string]bool{}
	for _, x := range rs {
		got[x.Handler+" "+x.Path+" "+strings.Join(x.Methods, ",")+" "+x.File] = true
	}
	for _, want := range []string{
		"OrderViewSet api/orders/ GET,POST api/views.py",
		"OrderViewSet api/orders/{pk}/ GET,PUT,PATCH,DELETE api/views.py",
		"CouponViewSet api/coupons/ GET,POST api/views.py",
		"refund api/refund/ POST api/views.py",
	} {
		if !got[want] {
			t.Errorf("routes: want %q, got %v", want, got)
		}
	}
	if len(rs) != 5 {
		t.Errorf("each route listed once, by the views module: got %d routes %v", len(rs), got)
	}

	// The settings module's default permission guards them all.
	files["proj/settings.py"] = strings.Replace(drfSettings, "%s", "rest_framework.permissions.IsAuthenticated", 1)
	dir = writeTree(t, files)
	if r := run(t, dir, apivetBin); strings.Contains(r.stdout, "AV301") {
		t.Errorf("views under the default permission reported: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if c := routesJSON(t, dir)["CouponViewSet"]; len(c.Guards) != 1 || c.Guards[0].Name != "DEFAULT_PERMISSION_CLASSES" || c.Guards[0].File != "proj/settings.py" {
		t.Errorf("CouponViewSet: want the settings module's default, got %+v", c)
	}
}

// A plain Django project whose urlconf routes function views of another module.
const (
	djangoProjectURLs = `from django.urls import path

from shop import views

urlpatterns = [
    path("profile/", views.profile),
    path("account/delete/", views.delete_account),
]
`
	djangoProjectViews = `from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.views.decorators.http import require_POST


@login_required
def profile(request):
    return HttpResponse("me")


@require_POST
%sdef delete_account(request):
    request.user.delete()
    return HttpResponse(status=204)
`
)

func TestDjangoViewsRoutedByAnotherModule(t *testing.T) {
	dir := writeTree(t, map[string]string{"shop/__init__.py": "", "shop/urls.py": djangoProjectURLs,
		"shop/views.py": strings.Replace(djangoProjectViews, "%s", "", 1)})
	r := run(t, dir, apivetBin)
	if strings.Count(r.stdout, "[AV301]") != 1 || !strings.Contains(r.stdout, "shop/views.py:12:1: ") {
		t.Errorf("want AV301 on delete_account at its definition: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if d := routesJSON(t, dir)["delete_account"]; d.Path != "account/delete/" || len(d.Methods) != 1 || d.Methods[0] != "POST" {
		t.Errorf("delete_account: want POST account/delete/, got %+v", d)
	}

	// Named by an absolute path from another folder, the files are still modules of a package.
	r = run(t, t.TempDir(), apivetBin, dir)
	if strings.Count(r.stdout, "[AV301]") != 1 || !strings.Contains(r.stdout, filepath.Join(dir, "shop", "views.py")+":12:1: ") {
		t.Errorf("absolute argument: want AV301 on delete_account at its definition: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	dir = writeTree(t, map[string]string{"shop/__init__.py": "", "shop/urls.py": djangoProjectURLs,
		"shop/views.py": strings.Replace(djangoProjectViews, "%s", "@login_required\n", 1)})
	if r := run(t, dir, apivetBin); strings.Contains(r.stdout, "AV301") {
		t.Errorf("every view guarded, yet reported: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// A Flask application whose configuration, loaded by from_object, is written in another module.
const (
	corsConfigCredentials = `class BaseConfig:
    DEBUG = False


class ProductionConfig(BaseConfig):
    CORS_SUPPORTS_CREDENTIALS = True
`
	corsConfigCredentialsOrigins = `class ProductionConfig:
    CORS_SUPPORTS_CREDENTIALS = True
    CORS_ORIGINS = ["https://app.example.com"]
`
	corsConfigNoOrigins = `class ProductionConfig:
    CORS_ALLOW_HEADERS = ["Content-Type"]
`
	corsAppByName = `from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config.from_object("config.ProductionConfig")
CORS(app)
`
	corsAppImported = `from flask import Flask
from flask_cors import CORS

from config import ProductionConfig

app = Flask(__name__)
app.config.from_object(ProductionConfig)
CORS(app, supports_credentials=True)
`
	corsAppUnknown = `from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
app.config.from_object("settings.ProductionConfig")
CORS(app, supports_credentials=True)
`
)

func TestFlaskCORSConfigFromAnotherModule(t *testing.T) {
	for _, tc := range []struct {
		name, config, app string
		want              string // the AV701 finding's location and a part of its message, or "" for none
	}{
		{"credentials by name, default origins", corsConfigCredentials, corsAppByName,
			"app.py:6:1: flask-cors accepts every origin (origins defaults to \"*\", with CORS_SUPPORTS_CREDENTIALS = True on line 6 of config.py)"},
		{"credentials and origins by name", corsConfigCredentialsOrigins, corsAppByName, ""},
		{"imported class without origins", corsConfigNoOrigins, corsAppImported,
			"app.py:8:1: flask-cors accepts every origin (origins defaults to \"*\")"},
		{"unknown module", corsConfigNoOrigins, corsAppUnknown, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTree(t, map[string]string{"config.py": tc.config, "app.py": tc.app})
			r := run(t, dir, apivetBin)
			if tc.want == "" {
				if strings.Contains(r.stdout, "AV701") {
					t.Errorf("want no AV701: exit %d\n%s%s", r.code, r.stdout, r.stderr)
				}
				return
			}
			if strings.Count(r.stdout, "AV701") != 1 || !strings.Contains(r.stdout, tc.want) {
				t.Errorf("want AV701 %q: exit %d\n%s%s", tc.want, r.code, r.stdout, r.stderr)
			}
			// The per-file cache must not keep the verdict once the configuration lists the origins.
			os.WriteFile(filepath.Join(dir, "config.py"), []byte(corsConfigCredentialsOrigins), 0o644)
			if r := run(t, dir, apivetBin); strings.Contains(r.stdout, "AV701") {
				t.Errorf("want no AV701 once config.py lists the origins: exit %d\n%s%s", r.code, r.stdout, r.stderr)
			}
		})
	}
}

// A net/http service whose handlers read bodies in one package and whose main, in another,
// serves them behind http.MaxBytesHandler.
const (
	bodyHandlers = `package handlers

import (
	"encoding/json"
	"net/http"
)

type Order struct{ ID string }

func CreateOrder(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
`
	bodyMain = `package main

import (
	"log"
	"net/http"
	"time"

	"example.com/app/internal/handlers"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /orders", handlers.CreateOrder)
	srv := &http.Server{Addr: ":8080", Handler: %s, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second}
	log.Fatal(srv.ListenAndServeTLS("cert.pem", "key.pem"))
}
`
)

func TestBodyLimitAppliedByAnImportingPackage(t *testing.T) {
	for _, tc := range []struct {
		handler string
		want    int
	}{
		{"mux", 1},
		{"http.MaxBytesHandler(mux, 1<<20)", 0},
	} {
		dir := writeTree(t, map[string]string{"go.mod": goMod, "internal/handlers/orders.go": bodyHandlers,
			"cmd/server/main.go": strings.Replace(bodyMain, "%s", tc.handler, 1)})
		r := run(t, dir, apivetBin, "./...")
		if got := strings.Count(r.stdout, "[AV704]"); got != tc.want {
			t.Errorf("Handler: %s: %d AV704 findings, want %d: exit %d\n%s%s", tc.handler, got, tc.want, r.code, r.stdout, r.stderr)
		}
	}
}
