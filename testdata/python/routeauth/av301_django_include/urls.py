"""The project urlconf: it includes the shop app's urlconf by module name (whose routes shop/urls.py
yields itself, with the paths written there), a list of this module twice (once with an
application namespace), and an inline list; a few small views are defined here."""
from django.contrib import admin
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse, JsonResponse
from django.urls import include, path

import shop.urls
from shop import views as shop_views


@login_required
def invoice_list(request):
    return JsonResponse({"invoices": list_invoices(request.user)})


@permission_required("billing.add_invoice")
def invoice_create(request):
    create_invoice(request.POST)
    return HttpResponse(status=201)


def invoice_void(request, pk):
    Invoice.objects.filter(pk=pk).delete()
    return HttpResponse(status=204)


def healthz(request):
    return HttpResponse("ok")


@login_required
def team(request):
    return JsonResponse({"team": list_team(request.user)})


def team_invite(request):
    invite(request.POST["email"])
    return HttpResponse(status=204)


billing_patterns = [
    path("invoices/", invoice_list),
    path("invoices/new/", invoice_create),  # ok: AV301
    path("invoices/<int:pk>/void/", invoice_void),  # want: AV301
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("shop/", include("shop.urls")),  # ok: AV301 (another module's routes: shop/urls.py has them)
    path("legacy-shop/", include(shop.urls)),  # ok: AV301 (a module, not a router)
    path("catalog/", include(("shop.catalog_urls", "catalog"), namespace="catalog")),  # ok: AV301
    path("billing/", include(billing_patterns)),
    path("v2/billing/", include((billing_patterns, "billing"), namespace="billing-v2")),
    path("teams/", include([
        path("", team),
        path("invite/", team_invite),  # want: AV301
    ])),
    path("orders/export/", shop_views.export),  # ok: AV301 (defined in shop/views.py)
    path("healthz/", healthz),  # ok: AV301
]
