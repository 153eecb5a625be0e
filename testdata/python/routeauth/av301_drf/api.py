"""A single-file Django REST framework service: settings (with the project's default
permission, AllowAny, visible here), viewsets, function views and the router in one module."""
import sys

from django.conf import settings
from django.urls import include, path
from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.routers import DefaultRouter
from rest_framework.views import APIView

settings.configure(
    ROOT_URLCONF=__name__,
    REST_FRAMEWORK={"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"]},
)


class CatalogViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Product.objects.all()


class CartViewSet(viewsets.ModelViewSet):
    queryset = Cart.objects.all()
    permission_classes = [IsAuthenticated]

    @action(detail=True, methods=["post"])
    def checkout(self, request, pk=None):
        return Response(checkout(self.get_object()))

    @action(detail=False, methods=["post"], permission_classes=[AllowAny])  # want: AV304
    def preview(self, request):
        return Response(preview(request.data))


class CouponViewSet(mixins.CreateModelMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    queryset = Coupon.objects.all()


class ReviewViewSet(viewsets.ModelViewSet):
    queryset = Review.objects.all()
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]


class RefundView(APIView):
    def post(self, request, pk):
        return Response(refund(pk))


class AccountView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request):
        return Response(account(request.user))

    def delete(self, request):
        close_account(request.user)
        return Response(status=204)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def redeem(request):
    return Response(redeem_code(request.user, request.data["code"]))


@api_view(["DELETE"])
def purge_carts(request):
    return Response(purge())


@api_view(["POST"])
def register(request):
    return Response(create_user(request.data), status=201)


router = DefaultRouter()
router.register(r"catalog", CatalogViewSet)
router.register(r"carts", CartViewSet)  # ok: AV301
router.register(r"coupons", CouponViewSet)  # want: AV301
router.register(r"reviews", ReviewViewSet)  # ok: AV301

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/refunds/<int:pk>/", RefundView.as_view()),  # want: AV301
    path("api/account/", AccountView.as_view()),  # ok: AV301
    path("api/redeem/", redeem),  # ok: AV301
    path("api/carts/purge/", purge_carts),  # want: AV301
    path("api/register/", register),  # ok: AV301
]
