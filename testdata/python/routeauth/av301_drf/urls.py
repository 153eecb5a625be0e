"""The orders API's urlconf: a DRF router and function views, all defined in views.py, where
their routes are listed and judged with the paths written here: AV301 stays quiet in this file."""
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
