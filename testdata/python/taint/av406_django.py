import pickle

import jsonpickle
import yaml
from django.http import JsonResponse


def restore(request):
    session = pickle.loads(request.body)  # want: AV406
    prefs = jsonpickle.decode(request.COOKIES.get("prefs", "{}"))  # want: AV406
    data = yaml.unsafe_load(request.POST["doc"])  # want: AV406
    safe = yaml.safe_load(request.POST["doc"])  # ok: AV406
    return JsonResponse({"n": len([session, prefs, data, safe])})
