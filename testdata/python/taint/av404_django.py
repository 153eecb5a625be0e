import os

from django.http import FileResponse, Http404

MEDIA = "/srv/media"


def media(request, filename):
    return FileResponse(open(os.path.join(MEDIA, filename), "rb"))  # want: AV404


def media_safe(request, filename):
    path = os.path.realpath(os.path.join(MEDIA, filename))
    if os.path.commonpath([MEDIA, path]) != MEDIA:
        raise Http404()
    return FileResponse(open(path, "rb"))  # ok: AV404


def logo(request):
    return FileResponse(open(os.path.join(MEDIA, "logo.png"), "rb"))  # ok: AV404
