from django.http import HttpResponseRedirect


def complete_login(request, login):
    # A helper module: login comes from the view that calls it.
    return HttpResponseRedirect(login.redirect_url)  # ok: AV405


def back_to(request):
    return HttpResponseRedirect(request.GET["next"])  # want: AV405
