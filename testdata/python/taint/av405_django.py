import logging

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

logger = logging.getLogger(__name__)


def logout_view(request):
    return HttpResponseRedirect(request.GET["next"])  # want: AV405


def login_view(request):
    nxt = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        logger.warning("redirect to another host")
    return redirect(nxt)  # want: AV405


def login_view3(request):
    nxt = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        nxt = settings.LOGIN_REDIRECT_URL
    return redirect(nxt)  # ok: AV405


def login_view2(request):
    nxt = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        return redirect("/")  # ok: AV405
    return redirect(nxt)  # ok: AV405
