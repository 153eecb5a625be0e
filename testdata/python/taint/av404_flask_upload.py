"""Uploads saved with Werkzeug's FileStorage.save: the destination is a path on the server, and
the upload's filename is whatever the client sent (Werkzeug does not clean it)."""
import os
import uuid

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024
UPLOAD_FOLDER = "/srv/uploads"


@app.route("/avatar", methods=["POST"])
def avatar():
    file = request.files["avatar"]
    file.save(os.path.join(UPLOAD_FOLDER, file.filename))  # want: AV404
    return "", 204


@app.route("/documents", methods=["POST"])
def documents():
    for doc in request.files.getlist("documents"):
        doc.save(f"{UPLOAD_FOLDER}/{doc.filename}")  # want: AV404
    return "", 204


@app.route("/attachments", methods=["POST"])
def attachments():
    f = request.files.get("attachment")
    target = os.path.join(UPLOAD_FOLDER, request.form["folder"], "attachment.bin")
    f.save(target)  # want: AV404
    return "", 204


@app.route("/photos", methods=["POST"])
def photos():
    f = request.files["photo"]
    f.save(os.path.join(UPLOAD_FOLDER, secure_filename(f.filename)))
    return "", 204


@app.route("/scans", methods=["POST"])
def scans():
    f = request.files["scan"]
    f.save(os.path.join(UPLOAD_FOLDER, uuid.uuid4().hex + ".pdf"))
    return "", 204


@app.route("/settings", methods=["POST"])
def settings():
    name = request.form["name"]
    profile = load_profile()
    profile.save(name)
    return "", 204
