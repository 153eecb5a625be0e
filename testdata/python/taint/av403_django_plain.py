import hmac
import json

from django.conf import settings

from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotFound,
    JsonResponse,
)
from django.utils.html import escape


# HttpResponse and its error subclasses are served as text/html unless a content type says
# otherwise: request text in the body is markup, tags in the literal or not.


def hello(request):
    name = request.GET.get("name", "")
    return HttpResponse(f"Hello {name}")  # want: AV403


def check(request):
    value = request.POST["value"]
    if not value:
        return HttpResponseBadRequest("A value is required")
    return HttpResponseBadRequest("Invalid value: " + value)  # want: AV403


def page(request):
    return HttpResponseNotFound("No page %s" % request.GET["page"])  # want: AV403


def jsonp(request):
    callback = request.GET.get("callback", "cb")
    return HttpResponse(callback + "(" + json.dumps({"ok": True}) + ")")  # want: AV403


def echo(request):
    return HttpResponse(request.body)  # want: AV403


def keyword(request):
    text = request.GET.get("text", "")
    return HttpResponse(content=text.upper())  # want: AV403


def html_type(request):
    text = request.GET.get("text", "")
    return HttpResponse(text, content_type="text/html; charset=utf-8")  # want: AV403


def message(request):
    return HttpResponse("Saved {}".format(request.POST.get("title")))  # want: AV403


def tags(request):
    return HttpResponse(", ".join(request.GET.getlist("tag")))  # want: AV403


def webhook_open(request):
    return HttpResponse(request.GET.get("hub.challenge", ""))  # want: AV403


# Negatives.


def webhook_verify(request):
    # The handshake echoes the challenge only to a caller that knows the verify token.
    if request.GET.get("hub.verify_token") == settings.WEBHOOK_TOKEN:
        return HttpResponse(request.GET["hub.challenge"])  # ok: AV403
    return HttpResponse("Invalid token", status=403)


def webhook_verify_early(request):
    token = request.GET.get("hub.verify_token", "")
    if not hmac.compare_digest(token, settings.WEBHOOK_TOKEN):
        return HttpResponse(status=403)
    return HttpResponse(request.GET["hub.challenge"])  # ok: AV403


def hello_escaped(request):
    name = request.GET.get("name", "")
    return HttpResponse(f"Hello {escape(name)}")  # ok: AV403


def hello_plain(request):
    name = request.GET.get("name", "")
    return HttpResponse(name, "text/plain")  # ok: AV403


def hello_json(request):
    name = request.GET.get("name", "")
    return HttpResponse(json.dumps({"name": name}), content_type="application/json")  # ok: AV403


def hello_headers(request):
    name = request.GET.get("name", "")
    return HttpResponse(name, headers={"Content-Type": "text/plain"})  # ok: AV403


def hello_set_later(request):
    name = request.GET.get("name", "")
    response = HttpResponse(f"Hello {name}")  # ok: AV403
    response["Content-Type"] = "text/plain; charset=utf-8"
    return response


def hello_json_response(request):
    return JsonResponse({"name": request.GET.get("name", "")})  # ok: AV403


def double(request):
    return HttpResponse(str(int(request.GET["n"]) * 2))  # ok: AV403


def agent(request):
    return HttpResponse("Your browser: " + request.META.get("HTTP_USER_AGENT", ""))  # ok: AV403


def delete(request, pk):
    return HttpResponse(f"Deleted {pk}")  # ok: AV403


def hello_header_var(request, extra_headers):
    return HttpResponse(request.GET.get("name", ""), headers=extra_headers)  # ok: AV403
