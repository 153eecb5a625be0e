package corpusgen

import (
	"fmt"
	"math/rand/v2"
)

// djangoService writes one Django project with Django REST framework apps (settings, urls,
// models, serializers, viewsets with permissions, services, tests).
func djangoService(w *writer, r *rand.Rand, dir string, ents []entity, fl pyFlags) {
	p := func(rel string) string { return dir + "/" + rel }
	w.write(p("manage.py"), djangoManage())
	w.write(p("config/__init__.py"), "")
	w.write(p("config/settings.py"), djangoSettings(r, ents, fl))
	w.write(p("config/urls.py"), djangoURLs(ents))
	w.write(p("config/wsgi.py"), "\"\"\"WSGI entry point.\"\"\"\nimport os\n\nfrom django.core.wsgi import get_wsgi_application\n\n"+
		"os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"config.settings\")\n\napplication = get_wsgi_application()\n")
	vs := pickN(r, vendors, len(ents))
	for i, e := range ents {
		app := e.Plural
		w.write(p(app+"/__init__.py"), "")
		w.write(p(app+"/apps.py"), fmt.Sprintf("from django.apps import AppConfig\n\n\nclass %sConfig(AppConfig):\n    default_auto_field = \"django.db.models.BigAutoField\"\n    name = %q\n", e.Class, app))
		w.write(p(app+"/models.py"), withHelpers(djangoModels(r, e), r, []entity{e}, 5+r.IntN(4), "m"))
		w.write(p(app+"/serializers.py"), djangoSerializers(r, e))
		w.write(p(app+"/views.py"), withHelpers(djangoViews(r, e, fl), r, []entity{e}, 14+r.IntN(6), "v"))
		w.write(p(app+"/permissions.py"), djangoPermissions(e))
		w.write(p(app+"/urls.py"), fmt.Sprintf("from django.urls import include, path\nfrom rest_framework.routers import DefaultRouter\n\nfrom . import views\n\n"+
			"router = DefaultRouter()\nrouter.register(r\"%s\", views.%sViewSet, basename=%q)\n\nurlpatterns = [\n    path(\"\", include(router.urls)),\n"+
			"    path(\"%s/report/\", views.%s_report, name=\"%s-report\"),\n]\n", app, e.Class, e.Name, app, e.Name, e.Name))
		w.write(p(app+"/admin.py"), fmt.Sprintf("from django.contrib import admin\n\nfrom .models import %s\n\n\n@admin.register(%s)\nclass %sAdmin(admin.ModelAdmin):\n"+
			"    list_display = (\"id\", \"name\", \"created_at\")\n    search_fields = (\"name\",)\n    ordering = (\"-created_at\",)\n", e.Class, e.Class, e.Class))
		s := newPy()
		pyClient(s, r, fl, vs[i], []entity{e, ents[(i+1)%len(ents)]}, false)
		w.write(p(app+"/services.py"), withHelpers(s.String(), r, []entity{e}, 3+r.IntN(3), "c"))
		w.write(p(app+"/helpers.py"), pyUtilModule(r, "helpers", []entity{e}))
		w.write(p(app+"/tests/__init__.py"), "")
		t := newPy()
		pyTestHeader(t, "API tests for "+e.Plural+".")
		t.l(0, "from django.contrib.auth import get_user_model")
		t.l(0, "from rest_framework.test import APIClient")
		t.blank()
		t.blank()
		t.l(0, "@pytest.fixture")
		t.l(0, "def client(db):")
		t.l(1, "return APIClient()")
		t.blank()
		t.blank()
		t.l(0, "@pytest.fixture")
		t.l(0, "def auth_headers(client):")
		t.l(1, `user = get_user_model().objects.create_user(username="tester", password="%s")`, pick(r, []string{"hunter2", "s3cret-pass", "password123"}))
		t.l(1, "client.force_authenticate(user=user)")
		t.l(1, "return {}")
		pyTestCases(t, r, e, "/api", "json()", 26+r.IntN(10))
		w.write(p(app+"/tests/test_api.py"), t.String())
	}
}

func djangoManage() string {
	return `#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    try:
        from django.core.management import execute_from_command_line
    except ImportError as exc:
        raise ImportError("Couldn't import Django. Is it installed and on PYTHONPATH?") from exc
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
`
}

func djangoSettings(r *rand.Rand, ents []entity, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""Django settings."""`)
	s.l(0, "import os")
	s.l(0, "from pathlib import Path")
	s.blank()
	s.l(0, "BASE_DIR = Path(__file__).resolve().parent.parent")
	s.blank()
	if fl.hardSecret {
		s.l(0, `SECRET_KEY = "django-insecure-%s"`, randString(r, alnum+"!@#%^&*(-_=+)", 50))
	} else {
		s.l(0, `SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`)
	}
	if fl.debugRun {
		s.l(0, "DEBUG = True")
		s.l(0, `ALLOWED_HOSTS = ["*"]`)
	} else {
		s.l(0, `DEBUG = os.environ.get("DJANGO_DEBUG") == "1"`)
		s.l(0, `ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")`)
	}
	s.blank()
	s.l(0, "INSTALLED_APPS = [")
	for _, a := range []string{"django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles", "rest_framework", "corsheaders"} {
		s.l(1, "%q,", a)
	}
	for _, e := range ents {
		s.l(1, "%q,", e.Plural)
	}
	s.l(0, "]")
	s.blank()
	s.l(0, "MIDDLEWARE = [")
	for _, m := range []string{"django.middleware.security.SecurityMiddleware", "corsheaders.middleware.CorsMiddleware", "django.contrib.sessions.middleware.SessionMiddleware",
		"django.middleware.common.CommonMiddleware", "django.middleware.csrf.CsrfViewMiddleware", "django.contrib.auth.middleware.AuthenticationMiddleware",
		"django.contrib.messages.middleware.MessageMiddleware", "django.middleware.clickjacking.XFrameOptionsMiddleware"} {
		s.l(1, "%q,", m)
	}
	s.l(0, "]")
	s.blank()
	s.l(0, `ROOT_URLCONF = "config.urls"`)
	s.l(0, `WSGI_APPLICATION = "config.wsgi.application"`)
	s.blank()
	s.l(0, "DATABASES = {")
	s.l(1, `"default": {`)
	s.l(2, `"ENGINE": "django.db.backends.postgresql",`)
	s.l(2, `"NAME": os.environ.get("DB_NAME", "app"),`)
	s.l(2, `"USER": os.environ.get("DB_USER", "app"),`)
	if fl.placeholder {
		s.l(2, `"PASSWORD": "%s",`, placeholder(r))
	} else {
		s.l(2, `"PASSWORD": os.environ.get("DB_PASSWORD", ""),`)
	}
	s.l(2, `"HOST": os.environ.get("DB_HOST", "localhost"),`)
	s.l(2, `"PORT": os.environ.get("DB_PORT", "5432"),`)
	s.l(1, "}")
	s.l(0, "}")
	s.blank()
	s.l(0, "REST_FRAMEWORK = {")
	s.l(1, `"DEFAULT_AUTHENTICATION_CLASSES": [`)
	s.l(2, `"rest_framework.authentication.SessionAuthentication",`)
	s.l(2, `"rest_framework.authentication.TokenAuthentication",`)
	s.l(1, "],")
	s.l(1, `"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],`)
	s.l(1, `"DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",`)
	s.l(1, `"PAGE_SIZE": %d,`, 10+r.IntN(90))
	s.l(0, "}")
	s.blank()
	if fl.corsAll {
		s.l(0, "CORS_ALLOW_ALL_ORIGINS = True")
		s.l(0, "CORS_ALLOW_CREDENTIALS = True")
	} else {
		s.l(0, `CORS_ALLOWED_ORIGINS = ["https://app.example.com"]`)
	}
	s.l(0, "SESSION_COOKIE_SECURE = %s", map[bool]string{true: "False", false: "True"}[fl.debugRun])
	s.l(0, "CSRF_COOKIE_SECURE = True")
	s.l(0, "SECURE_HSTS_SECONDS = 31536000")
	s.l(0, `STATIC_URL = "static/"`)
	s.l(0, `DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"`)
	s.blank()
	s.l(0, "LOGGING = {")
	s.l(1, `"version": 1,`)
	s.l(1, `"disable_existing_loggers": False,`)
	s.l(1, `"handlers": {"console": {"class": "logging.StreamHandler"}},`)
	if fl.debugLogging {
		s.l(1, `"root": {"handlers": ["console"], "level": "DEBUG"},`)
	} else {
		s.l(1, `"root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},`)
	}
	s.l(0, "}")
	return s.String()
}

func djangoURLs(ents []entity) string {
	s := newPy()
	s.l(0, `"""URL configuration."""`)
	s.l(0, "from django.contrib import admin")
	s.l(0, "from django.urls import include, path")
	s.blank()
	s.l(0, "urlpatterns = [")
	s.l(1, `path("admin/", admin.site.urls),`)
	for _, e := range ents {
		s.l(1, `path("api/", include("%s.urls")),`, e.Plural)
	}
	s.l(0, "]")
	return s.String()
}

func djangoField(f field) string {
	switch f.Kind {
	case "int":
		return "models.IntegerField(default=0)"
	case "float":
		return "models.DecimalField(max_digits=12, decimal_places=2, default=0)"
	case "bool":
		return "models.BooleanField(default=False)"
	case "time":
		return "models.DateTimeField(null=True, blank=True)"
	}
	if f.Name == "email" {
		return "models.EmailField(blank=True)"
	}
	if f.Name == "description" || f.Name == "notes" {
		return "models.TextField(blank=True)"
	}
	return "models.CharField(max_length=255, blank=True)"
}

func djangoModels(r *rand.Rand, e entity) string {
	s := newPy()
	s.l(0, `"""Models of the %s app."""`, e.Plural)
	s.l(0, "from django.conf import settings")
	s.l(0, "from django.db import models")
	s.l(0, "from django.utils import timezone")
	s.blank()
	s.blank()
	s.l(0, "class %sQuerySet(models.QuerySet):", e.Class)
	s.l(1, "def active(self):")
	s.l(2, "return self.filter(deleted_at__isnull=True)")
	s.blank()
	s.l(1, "def owned_by(self, user):")
	s.l(2, "return self.filter(owner=user)")
	s.blank()
	s.blank()
	s.l(0, "class %s(models.Model):", e.Class)
	for _, f := range e.Fields {
		if f.Name == "name" {
			s.l(1, "name = models.CharField(max_length=255)")
			continue
		}
		if f.Name == "owner_id" {
			continue
		}
		s.l(1, "%s = %s", f.Name, djangoField(f))
	}
	s.l(1, `owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="%s")`, e.Plural)
	s.l(1, "created_at = models.DateTimeField(auto_now_add=True)")
	s.l(1, "updated_at = models.DateTimeField(auto_now=True)")
	s.l(1, "deleted_at = models.DateTimeField(null=True, blank=True)")
	s.blank()
	s.l(1, "objects = %sQuerySet.as_manager()", e.Class)
	s.blank()
	s.l(1, "class Meta:")
	s.l(2, `ordering = ["-created_at"]`)
	s.l(2, `indexes = [models.Index(fields=["owner", "created_at"])]`)
	s.blank()
	s.l(1, "def __str__(self):")
	s.l(2, "return self.name")
	s.blank()
	s.l(1, "def soft_delete(self):")
	s.l(2, "self.deleted_at = timezone.now()")
	s.l(2, `self.save(update_fields=["deleted_at"])`)
	return s.String()
}

func djangoSerializers(r *rand.Rand, e entity) string {
	s := newPy()
	s.l(0, "from rest_framework import serializers")
	s.blank()
	s.l(0, "from .models import %s", e.Class)
	s.blank()
	s.blank()
	s.l(0, "class %sSerializer(serializers.ModelSerializer):", e.Class)
	s.l(1, `owner = serializers.ReadOnlyField(source="owner.username")`)
	s.blank()
	s.l(1, "class Meta:")
	s.l(2, "model = %s", e.Class)
	var fs []string
	for _, f := range e.Fields {
		if f.Name != "owner_id" {
			fs = append(fs, f.Name)
		}
	}
	s.l(2, "fields = %s", pyTuple(append([]string{"id"}, append(fs, "owner", "created_at")...)))
	s.l(2, `read_only_fields = ("id", "owner", "created_at")`)
	s.blank()
	s.l(1, "def validate_name(self, value):")
	s.l(2, "value = value.strip()")
	s.l(2, "if len(value) < 2:")
	s.l(3, `raise serializers.ValidationError("name is too short")`)
	s.l(2, "return value")
	return s.String()
}

func djangoPermissions(e entity) string {
	return fmt.Sprintf(`from rest_framework import permissions


class IsOwnerOrReadOnly(permissions.BasePermission):
    """Only the owner of a %s may change it."""

    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS:
            return True
        return obj.owner == request.user
`, e.Name)
}

func djangoViews(r *rand.Rand, e entity, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""Views of the %s app."""`, e.Plural)
	s.l(0, "import logging")
	s.blank()
	s.l(0, "from django.db import connection")
	s.l(0, "from django.http import JsonResponse")
	s.l(0, "from rest_framework import permissions, status, viewsets")
	s.l(0, "from rest_framework.decorators import action, api_view, permission_classes")
	s.l(0, "from rest_framework.response import Response")
	s.blank()
	s.l(0, "from .models import %s", e.Class)
	s.l(0, "from .permissions import IsOwnerOrReadOnly")
	s.l(0, "from .serializers import %sSerializer", e.Class)
	s.blank()
	s.l(0, "logger = logging.getLogger(__name__)")
	s.blank()
	s.blank()
	s.l(0, "class %sViewSet(viewsets.ModelViewSet):", e.Class)
	s.l(1, "serializer_class = %sSerializer", e.Class)
	if fl.openRoute {
		s.l(1, "permission_classes = [permissions.AllowAny]")
	} else {
		s.l(1, "permission_classes = [permissions.IsAuthenticated, IsOwnerOrReadOnly]")
	}
	s.blank()
	s.l(1, "def get_queryset(self):")
	s.l(2, "return %s.objects.active().owned_by(self.request.user)", e.Class)
	s.blank()
	s.l(1, "def perform_create(self, serializer):")
	s.l(2, "serializer.save(owner=self.request.user)")
	s.blank()
	s.l(1, "def perform_destroy(self, instance):")
	s.l(2, "instance.soft_delete()")
	s.blank()
	s.l(1, `@action(detail=False, methods=["get"])`)
	s.l(1, "def search(self, request):")
	s.l(2, `term = request.query_params.get("q", "")`)
	s.l(2, "with connection.cursor() as cursor:")
	table := e.Plural + "_" + e.Name
	if fl.sqlFString {
		s.l(3, `cursor.execute(f"SELECT id FROM %s WHERE name LIKE '%%{term}%%'")`, table)
	} else {
		s.l(3, `cursor.execute("SELECT id FROM %s WHERE name LIKE %%s", [f"%%{term}%%"])`, table)
	}
	s.l(3, "ids = [row[0] for row in cursor.fetchall()]")
	s.l(2, "queryset = self.get_queryset().filter(id__in=ids)")
	s.l(2, "return Response(self.get_serializer(queryset, many=True).data)")
	s.blank()
	s.l(1, `@action(detail=True, methods=["post"])`)
	s.l(1, "def archive(self, request, pk=None):")
	s.l(2, "item = self.get_object()")
	s.l(2, "item.soft_delete()")
	s.l(2, "return Response(status=status.HTTP_204_NO_CONTENT)")
	s.blank()
	s.blank()
	s.l(0, `@api_view(["GET"])`)
	s.l(0, "@permission_classes([permissions.IsAdminUser])")
	s.l(0, "def %s_report(request):", e.Name)
	s.l(1, "try:")
	s.l(2, "counts = {")
	s.l(3, `"total": %s.objects.count(),`, e.Class)
	s.l(3, `"active": %s.objects.active().count(),`, e.Class)
	s.l(2, "}")
	s.l(1, "except Exception as exc:  # noqa: BLE001")
	s.l(2, `logger.exception("report failed")`)
	if fl.errorDetail {
		s.l(2, `return JsonResponse({"error": str(exc)}, status=500)`)
	} else {
		s.l(2, `return JsonResponse({"error": "report unavailable"}, status=500)`)
	}
	s.l(1, "return JsonResponse(counts)")
	return s.String()
}
