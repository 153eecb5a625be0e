"""The shop's urlconf. Its views live in views.py, whose guards this file cannot see: the routes
are listed and judged there, with the wrappers urls.py puts around them (login_required(...));
two small operational views are defined here."""
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required, permission_required
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.urls import include, path, re_path
from django.views.decorators.http import require_POST

from . import views
from .views import OrderListView, OrderUpdateView, RefundView


@require_POST
def clear_cache(request):
    cache.clear()
    return HttpResponse(status=204)


def readiness(request):
    return JsonResponse({"ready": True})


urlpatterns = [
    path("", views.home, name="home"),
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),  # ok: AV301
    path("orders/", OrderListView.as_view(), name="orders"),
    path("orders/mine/", views.order_list),
    path("orders/<int:pk>/edit/", login_required(OrderUpdateView.as_view())),  # ok: AV301
    path("orders/<int:pk>/delete/", permission_required("shop.delete_order")(views.delete_order)),  # ok: AV301
    path("orders/<int:pk>/refund/", RefundView.as_view()),  # ok: AV301 (defined in views.py: listed and reported there)
    path("orders/export/", views.export_orders),  # ok: AV301 (defined in views.py: listed and reported there)
    re_path(r"^reports/(?P<year>[0-9]{4})/$", login_required(views.yearly_report)),
    path("internal/cache/clear/", clear_cache),  # want: AV301
    path("readyz/", readiness),  # ok: AV301
]
