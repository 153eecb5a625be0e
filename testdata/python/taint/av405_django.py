import logging

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
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


def refresh(request):
    # Back to the page just requested: the usual post/redirect/get idiom.
    return HttpResponseRedirect(request.get_full_path())  # ok: AV405


def to_login(request):
    # The client's value goes into the query string of a fixed target.
    return redirect(f"{reverse('login')}?next={request.GET['next']}")  # ok: AV405


def keep_query(request):
    return redirect("%s?%s" % (reverse("list"), request.GET.urlencode()))  # ok: AV405


def keep_query_format(request):
    return redirect("{}?{}#top".format(reverse("list"), request.GET.urlencode()))  # ok: AV405


def keep_query_concat(request):
    return redirect(reverse("list") + "?page=" + request.GET["page"])  # ok: AV405


def target_first(request):
    return redirect("%s?from=%s" % (request.GET["next"], reverse("list")))  # want: AV405


def target_named(request):
    return redirect("{to}?from={here}".format(here=request.path, to=request.GET["to"]))  # want: AV405


def set_language(request):
    nxt = request.POST.get("next", request.GET.get("next"))
    if (nxt or request.accepts("text/html")) and not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        nxt = "/"
    return HttpResponseRedirect(nxt)  # ok: AV405


def either_check(request):
    nxt = request.GET.get("next")
    # Skipped for AJAX requests whatever the target is: not a check of nxt.
    if not request.headers.get("x-requested-with") and not url_has_allowed_host_and_scheme(nxt, allowed_hosts=None):
        nxt = "/"
    return HttpResponseRedirect(nxt)  # want: AV405


def checked_first(request):
    nxt = request.GET.get("next", "/")
    safe = url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()})
    if safe:
        return HttpResponseRedirect(nxt)  # ok: AV405
    return HttpResponseRedirect("/")


def checked_too_late(request):
    nxt = request.GET.get("next", "/")
    safe = url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()})
    if not safe:
        logger.warning("redirect to another host")
    return HttpResponseRedirect(nxt)  # want: AV405
