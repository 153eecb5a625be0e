"""The shop's Django views: function views guarded with login_required and permission_required,
class-based views guarded with mixins. urls.py maps them: the project pre-pass brings its paths
here, where the views' own guards are seen, and the routes are reported at the views."""
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.http import HttpResponse, JsonResponse
from django.views import View
from django.views.decorators.http import require_POST
from django.views.generic import ListView, UpdateView

from .models import Order


def home(request):
    return HttpResponse("shop")


@login_required
def order_list(request):
    return JsonResponse({"orders": list(Order.objects.filter(owner=request.user).values())})


@require_POST
@permission_required("shop.delete_order")
def delete_order(request, pk):
    Order.objects.filter(pk=pk).delete()
    return HttpResponse(status=204)


@require_POST
def export_orders(request):  # want: AV301
    return JsonResponse({"job": start_export()})


class OrderListView(LoginRequiredMixin, ListView):
    model = Order


class OrderUpdateView(PermissionRequiredMixin, UpdateView):
    model = Order
    permission_required = "shop.change_order"
    fields = ["status"]


class RefundView(View):  # want: AV301
    def post(self, request, pk):
        refund(pk)
        return HttpResponse(status=204)
