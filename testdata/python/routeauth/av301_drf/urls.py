"""The orders API's urlconf: a DRF router and function views, all defined in views.py. Their
guards (and the project default) are not visible here, so AV301 stays quiet."""
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register(r"products", views.ProductViewSet)
router.register(r"orders", views.OrderViewSet, basename="order")  # ok: AV301 (viewset defined in views.py)

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/reindex/", views.reindex),
    path("api/import/", views.bulk_import),  # ok: AV301 (view defined in views.py)
]
