import os
import shutil

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/download")
def download():
    name = request.args["file"]
    return send_file(os.path.join(BASE, name))  # want: AV404


@app.route("/download2")
def download2():
    name = request.args["file"]
    return send_from_directory(BASE, name)  # ok: AV404


@app.route("/read")
def read():
    path = BASE + "/" + request.args["file"]
    with open(path) as fh:  # want: AV404
        return fh.read()


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    f.save(os.path.join(BASE, secure_filename(f.filename)))
    with open(os.path.join(BASE, secure_filename(f.filename)), "wb") as out:  # ok: AV404
        out.write(b"")
    shutil.copy(os.path.join(BASE, os.path.basename(f.filename)), "/tmp/x")  # ok: AV404
    os.remove(os.path.join(BASE, f.filename))  # want: AV404
    return "ok"


@app.route("/checked")
def checked():
    path = os.path.join(BASE, request.args["file"])
    real = os.path.realpath(path)
    if not real.startswith(BASE + os.sep):
        abort(404)
    return send_file(real)  # ok: AV404


def load(path):
    with open(path) as fh:  # want: AV404
        return fh.read()


def load_doc(name):
    return load(os.path.join(BASE, "docs", name))


@app.route("/doc")
def doc():
    return load_doc(request.args["name"])


@app.route("/static-doc")
def static_doc():
    return load_doc("index.md") + load("/etc/hostname")


@app.route("/raw/<path:name>")
def raw(name):
    return send_file("/srv/files/" + name)  # want: AV404


@app.route("/safe/<path:name>")
def safe(name):
    return send_from_directory("/srv/files", name)  # ok: AV404


@app.route("/segment/<name>")
def segment(name):
    # A rule variable without the path converter never holds a slash: it cannot leave the folder.
    return send_file(os.path.join("/srv/files", name))  # ok: AV404


def _safe_path(name):
    return os.path.join(BASE, os.path.basename(name))


def _raw_path(name):
    return os.path.join(BASE, name)


def _maybe_safe_path(name, strict):
    if strict:
        return os.path.join(BASE, secure_filename(name))
    return os.path.join(BASE, name)


@app.route("/helpers")
def helpers():
    name = request.args["file"]
    a = open(_safe_path(name)).read()  # ok: AV404
    b = open(_raw_path(name)).read()  # want: AV404
    c = open(_maybe_safe_path(name, True)).read()  # want: AV404
    return a + b + c
