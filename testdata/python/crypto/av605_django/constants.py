"""Comparisons that look like secret checks but compare with constants, with a value's own
normal form, or with public identifiers."""
import hashlib
import hmac

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse
from django.views import View

from shop.i18n import LOCALE_SESSION_KEY


class InviteConfirmView(View):
    # The path segment shown instead of the real token once it is kept in the session.
    url_token = "accept-invite"
    api_key = settings.PARTNER_API_KEY

    def get(self, request, token):
        if token == self.url_token:  # ok: AV605
            return JsonResponse({"step": "form"})
        return JsonResponse({"step": "check"})

    def post(self, request):
        if request.headers.get("X-Api-Key") != self.api_key:  # want: AV605
            return HttpResponseForbidden()
        return JsonResponse({"ok": True})


class SessionStore(dict):
    def __getitem__(self, key):
        if key == LOCALE_SESSION_KEY:  # ok: AV605
            return "en"
        return super().__getitem__(key)


def _normalize_token(token):
    return token.strip().lower()


def read_cookie_token(request):
    cookie_token = request.COOKIES["csrftoken"]
    clean_token = _normalize_token(cookie_token)
    if clean_token != cookie_token:  # ok: AV605
        request.cookie_needs_reset = True
    return clean_token


def check_consumer(request, stored):
    consumer_key = request.headers.get("oauth_consumer_key")
    if stored["consumer_id"] != consumer_key:  # ok: AV605
        return HttpResponseForbidden()
    return JsonResponse({"ok": True})


def check_signature(request):
    expected = hmac.new(settings.HOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if expected != request.headers.get("X-Signature"):  # want: AV605
        return HttpResponseForbidden()
    return JsonResponse({"ok": True})
