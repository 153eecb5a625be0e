"""Orders API on Flask with MAX_CONTENT_LENGTH set."""
from flask import Flask, jsonify, request

app = Flask(__name__)
app.config.update(MAX_CONTENT_LENGTH=1024 * 1024, SECRET_KEY="change-me")


@app.route("/orders", methods=["POST"])
def create():
    return jsonify(request.get_json())  # ok: AV704
