"""Django views that write CORS headers by hand."""
from django.http import JsonResponse


def profile(request):
    response = JsonResponse({"user": request.user.username})
    response["Access-Control-Allow-Origin"] = request.META.get("HTTP_ORIGIN")  # want: AV701
    response["Access-Control-Allow-Credentials"] = "true"
    return response


TRUSTED = ("https://app.example.com",)


def settings_view(request):
    origin = request.META.get("HTTP_ORIGIN", "")
    response = JsonResponse({})
    if origin in TRUSTED:
        response["Access-Control-Allow-Origin"] = origin  # ok: AV701 (checked)
        response["Access-Control-Allow-Credentials"] = "true"
    return response
