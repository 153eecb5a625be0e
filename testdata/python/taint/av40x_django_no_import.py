# A views helper module that imports nothing from django: the request is handed to it.
import os
import subprocess

from . import models


def search(request):
    term = request.GET.get("q", "")
    return models.raw_cursor().execute(f"SELECT * FROM item WHERE name = '{term}'")  # want: AV401


def run_report(request):
    report = request.POST["report"]
    os.system("report.sh " + report)  # want: AV402
    return eval(request.POST.get("expr", "0"))  # want: AV408


def export(request, fmt):
    # fmt comes from the caller, not known to be a URL parameter here.
    subprocess.run("export --format " + fmt, shell=True)  # ok: AV402
    return open(request.COOKIES["last_export"])  # want: AV404


def session_only(request):
    # Without a framework import only the upper-case attributes are request data.
    return os.system(request.user.username)  # ok: AV402


class Dispatcher:
    def handle(self, request):
        action = request.GET["action"]
        if action not in {"start", "stop"}:
            return None
        return os.system("service app " + action)  # ok: AV402
