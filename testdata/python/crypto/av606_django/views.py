"""Django views creating users."""
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.http import JsonResponse

from shop.models import Customer


def signup(request):
    user = User.objects.create(username=request.POST["username"], password=request.POST["password"])  # want: AV606
    return JsonResponse({"id": user.pk})


def signup_md5(request):
    customer = Customer(email=request.POST["email"])
    customer.password = make_password(request.POST["password"], hasher="unsalted_md5")  # want: AV606
    customer.save()
    return JsonResponse({"id": customer.pk})


def signup_properly(request):
    user = User.objects.create_user(request.POST["username"], password=request.POST["password"])  # ok: AV606
    customer = Customer(email=request.POST["email"])
    customer.password = make_password(request.POST["password"])  # ok: AV606
    customer.save()
    return JsonResponse({"id": user.pk})


def change_password(request):
    request.user.set_password(request.POST["new_password"])  # ok: AV606
    request.user.save()
    return JsonResponse({"ok": True})
