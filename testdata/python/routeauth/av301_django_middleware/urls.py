"""An app urlconf of a project running LoginRequiredMiddleware, which its settings module (another
file) lists: the views marked login_not_required tell so. The other views are guarded by the
middleware, invisible from here."""
from django.contrib.auth.decorators import login_not_required, login_required
from django.http import HttpResponse, JsonResponse
from django.urls import path

from . import views


@login_required
def dashboard(request):
    return JsonResponse({"stats": stats(request.user)})


def report_delete(request, pk):
    Report.objects.filter(pk=pk).delete()
    return HttpResponse(status=204)


@login_not_required
def status_page(request):
    return JsonResponse({"up": True})


def newsletter_subscribe(request):
    subscribe(request.POST["email"])
    return HttpResponse(status=204)


urlpatterns = [
    path("dashboard/", dashboard),
    path("reports/<int:pk>/delete/", report_delete),  # ok: AV301 (the middleware in settings guards it)
    path("status-page/", status_page),  # ok: AV301 (login_not_required: public by design)
    path("newsletter/", login_not_required(newsletter_subscribe)),  # ok: AV301 (public by design)
    path("orders/<int:pk>/cancel/", views.cancel_order),  # ok: AV301 (defined in views.py)
]
