"""A single-file Django project (settings, views and urls in one module), as the "Django in a
single file" pattern writes it: class-based views guarded with mixins and method_decorator,
function views with login_required, and the ones that forgot."""
import sys

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.core.management import execute_from_command_line
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.http import require_http_methods
from django.views.generic import CreateView, DeleteView, ListView

settings.configure(DEBUG=False, ROOT_URLCONF=__name__, SECRET_KEY=sys.argv[-1])


class StaffOnlyMixin(UserPassesTestMixin):
    def test_func(self):
        return self.request.user.is_staff


class NoteList(LoginRequiredMixin, ListView):
    model = Note


class NoteCreate(LoginRequiredMixin, CreateView):
    model = Note
    fields = ["text"]


class NoteDelete(StaffOnlyMixin, DeleteView):
    model = Note


@method_decorator(login_required, name="dispatch")
class NoteArchive(View):
    def post(self, request, pk):
        archive(pk)
        return HttpResponse(status=204)


class NoteShare(View):
    def post(self, request, pk):
        share(pk, request.POST["with"])
        return HttpResponse(status=204)


class Stats(View):
    def get(self, request):
        return JsonResponse(stats())


@login_required
def profile(request):
    return JsonResponse({"user": request.user.username})


@require_http_methods(["GET", "POST"])
def note_import(request):
    if request.method == "POST":
        import_notes(request.FILES["file"])
    return HttpResponse("ok")


def about(request):
    return HttpResponse("about")


def note_export(request):
    return JsonResponse({"notes": export_all()})


def note_purge(request):
    Note.objects.all().delete()
    return HttpResponse(status=204)


def signup(request):
    if request.method == "POST":
        create_user(request.POST)
    return HttpResponse("signup")


urlpatterns = [
    path("notes/", NoteList.as_view()),
    path("notes/new/", NoteCreate.as_view()),  # ok: AV301
    path("notes/<int:pk>/delete/", NoteDelete.as_view()),  # ok: AV301
    path("notes/<int:pk>/archive/", NoteArchive.as_view()),  # ok: AV301
    path("notes/<int:pk>/share/", NoteShare.as_view()),  # want: AV301
    path("admin/stats/", Stats.as_view()),  # want: AV301
    path("profile/", profile),
    path("notes/import/", note_import),  # want: AV301
    path("about/", about),  # ok: AV301 (accepts any method, but reads no body and saves nothing)
    path("notes/export/", note_export),  # want: AV301
    path("notes/purge/", note_purge),  # want: AV301
    path("signup/", signup),  # ok: AV301
]

if __name__ == "__main__":
    execute_from_command_line(sys.argv)
