"""Django views answering errors with and without internal details."""
import logging
import traceback

from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response

from django.conf import settings

from .models import Order

logger = logging.getLogger(__name__)


def export(request):
    try:
        data = Order.objects.export()
    except Exception:
        return HttpResponse(traceback.format_exc())  # want: AV702
    return HttpResponse(data)


def order(request, pk):
    try:
        o = Order.objects.get(pk=pk)
    except Order.DoesNotExist as e:
        return JsonResponse({"error": str(e)}, status=404)  # ok: AV702 (a client error)
    except DatabaseError as e:
        return JsonResponse({"error": str(e)}, status=500)  # want: AV702
    except Exception as e:
        return JsonResponse({"error": repr(e)})  # want: AV702
    return JsonResponse({"id": o.pk})


def crash(request):
    try:
        Order.objects.rebuild()
    except Exception as e:
        return HttpResponseServerError(f"rebuild failed: {e}")  # want: AV702
    return HttpResponse("ok")


def quiet(request):
    try:
        Order.objects.rebuild()
    except Exception:
        logger.exception("rebuild failed")
        return HttpResponseServerError("internal error")  # ok: AV702
    return HttpResponse("ok")


@api_view(["POST"])
def create(request):
    try:
        Order.objects.create(**request.data)
    except ValueError as e:
        return Response({"error": str(e)}, status=status.HTTP_400_BAD_REQUEST)  # ok: AV702
    except Exception as e:
        return Response({"error": str(e)}, status=status.HTTP_500_INTERNAL_SERVER_ERROR)  # want: AV702
    return Response({"ok": True}, status=201)


def rebuild(request):
    try:
        Order.objects.rebuild()
    except Exception:
        # The development server shows the trace; production answers with the generic text.
        return HttpResponseServerError(traceback.format_exc() if settings.DEBUG else "Internal Server Error")  # ok: AV702
    return HttpResponse("ok")


def rebuild_v2(request):
    try:
        Order.objects.rebuild()
    except Exception as e:
        if settings.DEBUG:
            return JsonResponse({"error": repr(e)}, status=500)  # ok: AV702
        return JsonResponse({"error": "internal error"}, status=500)
    return HttpResponse("ok")


def rebuild_v3(request):
    try:
        Order.objects.rebuild()
    except Exception:
        # The trace is sent when debug is OFF: the branches are the wrong way round.
        return HttpResponseServerError("Internal Server Error" if settings.DEBUG else traceback.format_exc())  # want: AV702
    return HttpResponse("ok")
