"""Uploads API on Flask without a body size limit: reported once, at the first body read."""
from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["SECRET_KEY"] = "change-me"


@app.route("/health")
def health():
    return jsonify(ok=True, agent=request.headers.get("User-Agent"), q=request.args.get("q"))  # ok: AV704 (not the body)


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]  # want: AV704
    f.save("/tmp/upload")
    return jsonify(ok=True)


@app.route("/orders", methods=["POST"])
def create():
    order = request.get_json()  # ok: AV704 (reported once per app, above)
    return jsonify(order)
