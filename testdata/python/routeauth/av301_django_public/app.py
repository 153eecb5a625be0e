"""A mailing-list site in one Django module: most views need a login, and a few are public by
design, as their names say: a guest's subscription, the target of an e-mailed confirmation
link (the token it carries is the credential), public profiles and an unsubscribe link."""
import sys

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View

from lists.auth import list_owner_required

settings.configure(DEBUG=False, ROOT_URLCONF=__name__, SECRET_KEY=sys.argv[-1])


@login_required
def list_settings(request, pk):
    if request.method == "POST":
        save_settings(pk, request.POST)
    return HttpResponse("settings")


@login_required
def my_subscriptions(request):
    return JsonResponse({"lists": subscriptions_of(request.user)})


class ListAnonymousSubscribe(View):
    def post(self, request, pk):
        subscribe(pk, request.POST["email"])
        return HttpResponse(status=204)


def confirm_token(request, pk):
    if request.method == "POST":
        accept_pending(pk, request.POST["token"])
    return HttpResponse("confirm")


def public_profile(request, user_id):
    return JsonResponse(profile_of(user_id))


def unsubscribe(request, token):
    if request.method == "POST":
        remove_subscription(token)
    return HttpResponse("bye")


def confirm_removal(request, pk):
    if request.method == "POST":
        remove_list(pk)
    return HttpResponse("removed")


class MassRemoval(View):
    @method_decorator(list_owner_required)
    def post(self, request, pk):
        remove_members(pk, request.POST.getlist("emails"))
        return HttpResponse(status=204)


def thread(request, pk):
    # Only a signed-in reader's visit is saved: an anonymous caller changes nothing.
    if request.user.is_authenticated:
        LastVisit.objects.update_or_create(user=request.user, thread=pk)
    return JsonResponse(thread_of(pk))


def make_public(request, pk):
    if request.method == "POST":
        publish_archive(pk)
    return HttpResponse("public")


def unsubscribe_member(request, pk):
    if request.method == "POST":
        remove_members(pk, [request.POST["email"]])
    return HttpResponse("removed")


urlpatterns = [
    path("lists/<int:pk>/settings/", list_settings),
    path("subscriptions/", my_subscriptions),
    path("lists/<int:pk>/anonymous_subscribe/", ListAnonymousSubscribe.as_view()),  # ok: AV301
    path("lists/<int:pk>/confirm/", confirm_token),  # ok: AV301
    path("users/<int:user_id>/", public_profile),  # ok: AV301
    path("unsubscribe/<str:token>/", unsubscribe),  # ok: AV301
    path("lists/<int:pk>/remove/", confirm_removal),  # want: AV301
    path("lists/<int:pk>/mass_removal/", MassRemoval.as_view()),  # ok: AV301 (list_owner_required)
    path("threads/<int:pk>/", thread),  # ok: AV301
    path("lists/<int:pk>/make-public/", make_public),  # want: AV301
    path("lists/<int:pk>/unsubscribe-member/", unsubscribe_member),  # want: AV301
]
