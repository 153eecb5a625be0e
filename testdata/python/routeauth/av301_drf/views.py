"""Django REST framework views of an orders API: viewsets and function views. Views without
permission_classes rely on the project's DEFAULT_PERMISSION_CLASSES, which lives in settings.py;
views have no routes of their own (urls.py maps them)."""
from rest_framework import permissions, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.response import Response

from .models import Order, Product
from .serializers import OrderSerializer, ProductSerializer


class ProductViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Product.objects.all()
    serializer_class = ProductSerializer


class OrderViewSet(viewsets.ModelViewSet):
    queryset = Order.objects.all()
    serializer_class = OrderSerializer
    permission_classes = [permissions.IsAuthenticated]

    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        self.get_object().cancel()
        return Response(status=204)


@api_view(["POST"])
@permission_classes([permissions.IsAdminUser])
def reindex(request):
    start_reindex()
    return Response(status=202)


@api_view(["POST"])
def bulk_import(request):
    return Response(import_orders(request.data))
