from django.http import HttpResponse, HttpResponseRedirect
from django.utils.safestring import mark_safe
from django.views import View

from .models import Page


def page(request, slug):
    # slug is a URL parameter: the client writes it.
    found = Page.objects.extra(where=["slug = '%s'" % slug])  # want: AV401
    return render_page(request, found.first())


def render_page(request, page):
    # Called by the view above: a helper, whose page is a model object, not a URL parameter.
    return HttpResponse(mark_safe(page.body))  # ok: AV403


def _finish(request, target):
    return HttpResponseRedirect(target)  # ok: AV405


class PageView(View):
    def get(self, request, slug):
        return HttpResponse(mark_safe(slug))  # want: AV403

    def render_body(self, request, body):
        return HttpResponse(mark_safe(body))  # ok: AV403
