"""The shop app's urlconf, included by the project's as include("shop.urls"): the prefix
("shop/") is written in another file, so its routes keep the paths written here."""
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.urls import path

from . import views


@login_required
def cart(request):
    return JsonResponse({"cart": current_cart(request)})


@login_required
def checkout(request):
    place_order(request.user, request.POST)
    return HttpResponse(status=201)


def cart_clear(request):
    Cart.objects.all().delete()
    return HttpResponse(status=204)


app_name = "shop"
urlpatterns = [
    path("cart/", cart, name="cart"),
    path("cart/checkout/", checkout, name="checkout"),  # ok: AV301
    path("cart/clear/", cart_clear, name="clear"),  # want: AV301
    path("products/", views.product_list, name="products"),  # ok: AV301 (defined in views.py)
]
