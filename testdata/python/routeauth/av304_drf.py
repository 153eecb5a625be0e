"""Django REST framework views opened to anyone, writes included."""
from rest_framework import generics, permissions, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.permissions import AllowAny, IsAdminUser, IsAuthenticated, IsAuthenticatedOrReadOnly
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.views import TokenObtainPairView


class OrderViewSet(viewsets.ModelViewSet):
    queryset = Order.objects.all()
    permission_classes = [AllowAny]  # want: AV304


class PublicCatalogViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Product.objects.all()
    permission_classes = [AllowAny]  # ok: AV304 (read-only)


class CommentViewSet(viewsets.ModelViewSet):
    queryset = Comment.objects.all()
    permission_classes = [IsAuthenticated | AllowAny]  # want: AV304


class ReviewViewSet(viewsets.ModelViewSet):
    queryset = Review.objects.all()
    permission_classes = [IsAuthenticatedOrReadOnly]  # ok: AV304


class TagViewSet(viewsets.ModelViewSet):
    queryset = Tag.objects.all()
    permission_classes = [AllowAny, IsAdminUser]  # ok: AV304 (DRF requires both)


class ArchiveViewSet(viewsets.ModelViewSet):
    queryset = Archive.objects.all()
    http_method_names = ["get", "head"]
    permission_classes = [AllowAny]  # ok: AV304 (only safe methods are served)


class DynamicViewSet(viewsets.ModelViewSet):
    queryset = Item.objects.all()
    permission_classes = [AllowAny]  # ok: AV304 (get_permissions decides per action)

    def get_permissions(self):
        if self.action in ("list", "retrieve"):
            return [AllowAny()]
        return [IsAuthenticated()]


class CartViewSet(viewsets.GenericViewSet):
    queryset = Cart.objects.all()
    permission_classes = [IsAuthenticated]

    @action(detail=True, methods=["post"], permission_classes=[AllowAny])  # want: AV304
    def add_item(self, request, pk=None):
        return Response(add(pk, request.data))

    @action(detail=False, methods=["get"], permission_classes=[AllowAny])  # ok: AV304
    def summary(self, request):
        return Response(summary())


class ProfileUpdate(generics.UpdateAPIView):
    queryset = Profile.objects.all()
    permission_classes = (permissions.AllowAny,)  # want: AV304


class BroadcastView(APIView):
    permission_classes = []  # want: AV304

    def post(self, request):
        return Response(message_all_users(request.data))


class StatusView(APIView):
    permission_classes = []  # ok: AV304 (GET only)

    def get(self, request):
        return Response({"ok": True})


class RegisterView(generics.CreateAPIView):
    permission_classes = [AllowAny]  # ok: AV304 (registration is public by design)


class ObtainApiToken(APIView):
    permission_classes = []  # ok: AV304 (a login: it exchanges a user name and password for a token)

    def post(self, request):
        return Response({"token": issue_token(request.data)})


class LoginTokenView(TokenObtainPairView):
    permission_classes = [AllowAny]  # ok: AV304


@api_view(["POST"])
@permission_classes([AllowAny])  # want: AV304
def create_invoice(request):
    return Response(new_invoice(request.data), status=201)


@api_view(["GET"])
@permission_classes([AllowAny])  # ok: AV304
def price_list(request):
    return Response(prices())


@api_view(["POST"])
@permission_classes([AllowAny])  # ok: AV304 (a webhook, checked by its signature)
def stripe_webhook(request):
    verify_signature(request)
    return Response(status=204)


@api_view(["POST", "DELETE"])
@permission_classes([IsAuthenticated])  # ok: AV304
def subscription(request):
    return Response(toggle(request.user))
