from django.http import HttpResponse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def greet(request):
    name = request.GET.get("name", "")
    return HttpResponse(f"<h1>Hello {name}</h1>")  # want: AV403


def greet_safe(request):
    name = request.GET.get("name", "")
    return HttpResponse(f"<h1>Hello {escape(name)}</h1>")  # ok: AV403


def greet_text(request):
    name = request.GET.get("name", "")
    return HttpResponse(f"Hello {name}", content_type="text/plain")  # ok: AV403


def comment(request, slug):
    body = request.POST["body"]
    return HttpResponse(mark_safe(body))  # want: AV403


def banner(request):
    return HttpResponse(mark_safe("<b>Welcome</b>"))  # ok: AV403


def badge(request):
    label = request.GET.get("label", "")
    return HttpResponse(format_html(f"<b>{label}</b>"))  # want: AV403


def badge_safe(request):
    label = request.GET.get("label", "")
    return HttpResponse(format_html("<b>{}</b>", label))  # ok: AV403
