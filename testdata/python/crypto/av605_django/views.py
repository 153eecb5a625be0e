"""Django views checking an API key and a webhook signature."""
import hashlib
import hmac

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse


def export(request):
    if request.META.get("HTTP_X_API_KEY") != settings.EXPORT_API_KEY:  # want: AV605
        return HttpResponseForbidden()
    return JsonResponse({"rows": []})


def export_v2(request):
    key = request.headers.get("X-Api-Key", "")
    if key == settings.EXPORT_API_KEY:  # want: AV605
        return JsonResponse({"rows": []})
    return HttpResponseForbidden()


def stripe_webhook(request):
    sig = request.META["HTTP_STRIPE_SIGNATURE"]
    mac = hmac.new(settings.STRIPE_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256)
    if mac.hexdigest() != sig:  # want: AV605
        return HttpResponseForbidden()
    return JsonResponse({"received": True})


def export_safe(request):
    key = request.headers.get("X-Api-Key", "")
    if not hmac.compare_digest(key, settings.EXPORT_API_KEY):  # ok: AV605
        return HttpResponseForbidden()
    if request.GET.get("format") == "csv":  # ok: AV605
        return JsonResponse({"format": "csv"})
    if settings.EXPORT_API_KEY == "":  # ok: AV605
        return HttpResponseForbidden()
    return JsonResponse({"rows": []})


def etag_matches(request, body):
    etag = hashlib.md5(body).hexdigest()
    return request.headers.get("If-None-Match") == etag  # ok: AV605
