"""A single-file Django REST framework API running LoginRequiredMiddleware: API views are marked
login_not_required so that token clients reach DRF, whose permission classes then decide. Such a
view is not public by design: DRF's default here lets anyone in."""
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.urls import path
from django.utils.decorators import method_decorator
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

settings.configure(
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django.contrib.auth.middleware.LoginRequiredMiddleware",
    ],
    REST_FRAMEWORK={"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"]},
)


@method_decorator(login_not_required, name="dispatch")
class AccountView(APIView):
    permission_classes = [IsAuthenticated]

    def delete(self, request):
        close_account(request.user)
        return Response(status=204)


@method_decorator(login_not_required, name="dispatch")
class TransferView(APIView):
    def post(self, request):
        return Response(transfer(request.data))


class StatementView(APIView):
    def post(self, request):
        return Response(statement(request.data))


urlpatterns = [
    path("api/account/", AccountView.as_view()),  # ok: AV301
    path("api/transfers/", TransferView.as_view()),  # want: AV301
    path("api/statements/", StatementView.as_view()),  # ok: AV301 (LoginRequiredMiddleware guards it)
]
