import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)
HOSTS = {"example.com", "example.org"}


@app.route("/ping")
def ping():
    host = request.args["host"]
    os.system("ping -c 1 " + host)  # want: AV402
    out = os.popen(f"nslookup {host}").read()  # want: AV402
    subprocess.run(f"ping -c 1 {host}", shell=True)  # want: AV402
    subprocess.run(["sh", "-c", "dig " + host])  # want: AV402
    subprocess.run(["ping", "-c", "1", host])  # ok: AV402
    subprocess.run(f"ping -c 1 {shlex.quote(host)}", shell=True)  # ok: AV402
    subprocess.check_output("uptime", shell=True)  # ok: AV402
    return out


@app.route("/ping2")
def ping2():
    host = request.args["host"]
    if host not in HOSTS:
        return "unknown host", 400
    os.system("ping -c 1 " + host)  # ok: AV402
    return "ok"


def run(cmd):
    return subprocess.check_output(cmd, shell=True)  # want: AV402


def archive(name):
    return run("tar czf /tmp/out.tgz " + name)


@app.route("/archive", methods=["POST"])
def make_archive():
    archive(request.form["dir"])
    archive("static")
    return "ok"
