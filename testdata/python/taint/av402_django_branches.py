import os
import shlex
import subprocess

from django.http import HttpResponse, HttpResponseBadRequest


def greet(request):
    if request.method == "POST":
        name = request.POST["name"]
    else:
        name = "anonymous"
    os.system("echo " + name)  # want: AV402
    return HttpResponse("ok")


def greet_default(request):
    name = request.GET.get("name")
    if name is None:
        name = "anonymous"
    os.system("echo " + name)  # want: AV402
    return HttpResponse("ok")


def both_quoted(request):
    if request.method == "POST":
        name = shlex.quote(request.POST["name"])
    else:
        name = shlex.quote(request.GET.get("name", ""))
    os.system("echo " + name)  # ok: AV402
    return HttpResponse("ok")


def quoted_in_one_branch(request):
    host = request.GET.get("host", "")
    if len(host) > 10:
        host = shlex.quote(host)
    os.system("ping -c 1 " + host)  # want: AV402
    return HttpResponse("ok")


def quoted_in_other_branch(request):
    host = request.GET.get("host", "")
    if len(host) > 10:
        pass
    else:
        host = shlex.quote(host)
    subprocess.run("ping -c 1 " + host, shell=True)  # want: AV402
    return HttpResponse("ok")


def both_constant(request):
    if request.GET.get("verbose"):
        flags = "-v"
    else:
        flags = "-q"
    os.system("ls " + flags)  # ok: AV402
    return HttpResponse("ok")


def guard(request):
    host = request.GET.get("host", "")
    if not host.isalnum():
        return HttpResponseBadRequest("bad host")
    os.system("ping -c 1 " + host)  # ok: AV402
    return HttpResponse("ok")


def tainted_branch_raises(request):
    if request.method == "POST":
        name = request.POST["name"]
        raise ValueError(name)
    name = "anonymous"
    os.system("echo " + name)  # ok: AV402
    return HttpResponse("ok")


def try_else(request):
    cmd = "uptime"
    try:
        count = int(request.GET["count"])
    except (KeyError, ValueError):
        cmd = request.GET.get("cmd", "uptime")
    else:
        cmd = "ping -c %d localhost" % count
    os.system(cmd)  # want: AV402
    return HttpResponse("ok")


def loop_may_not_run(request):
    target = request.GET.get("target", "")
    for candidate in ("a", "b"):
        if candidate == "a":
            target = candidate
    os.popen("host " + target)  # want: AV402
    return HttpResponse("ok")
