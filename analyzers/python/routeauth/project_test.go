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
