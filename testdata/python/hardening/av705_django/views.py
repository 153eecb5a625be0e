"""Django views setting cookies."""
from django.http import HttpResponse


def login(request):
    response = HttpResponse("ok")
    response.set_cookie("sessionid", request.session.session_key)  # want: AV705
    response.set_cookie("sessionid", request.session.session_key, secure=True, httponly=True)  # ok: AV705
    response.set_cookie("django_language", "en")  # ok: AV705
    return response
