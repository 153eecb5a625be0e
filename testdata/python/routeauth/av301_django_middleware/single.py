"""A single-file Django 5.1 project whose settings list LoginRequiredMiddleware: every view
requires a logged-in user unless it is marked login_not_required, so views without a guard of
their own are guarded all the same."""
import sys

from django.conf import settings
from django.contrib.auth.decorators import login_not_required, login_required
from django.core.management import execute_from_command_line
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    SECRET_KEY=sys.argv[-1],
    MIDDLEWARE=[
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django.contrib.auth.middleware.LoginRequiredMiddleware",
    ],
)


@login_required
def profile(request):
    return JsonResponse({"user": request.user.username})


def note_purge(request):
    Note.objects.all().delete()
    return HttpResponse(status=204)


def note_export(request):
    return JsonResponse({"notes": export_all()})


@login_not_required
def contact(request):
    send_message(request.POST["message"])
    return HttpResponse(status=204)


class NoteShare(View):
    def post(self, request, pk):
        share(pk, request.POST["with"])
        return HttpResponse(status=204)


@method_decorator(login_not_required, name="dispatch")
class Feedback(View):
    def post(self, request):
        record_feedback(request.POST)
        return HttpResponse(status=204)


urlpatterns = [
    path("profile/", profile),
    path("notes/purge/", note_purge),  # ok: AV301 (LoginRequiredMiddleware guards it)
    path("notes/export/", note_export),  # ok: AV301 (LoginRequiredMiddleware guards it)
    path("notes/<int:pk>/share/", NoteShare.as_view()),  # ok: AV301 (LoginRequiredMiddleware guards it)
    path("contact/", contact),  # ok: AV301 (login_not_required: public by design)
    path("feedback/", Feedback.as_view()),  # ok: AV301 (login_not_required on dispatch)
]

if __name__ == "__main__":
    execute_from_command_line(sys.argv)
