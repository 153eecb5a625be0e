"""An application with no authentication at all (an internal service behind a gateway, or a
prototype): that is a design decision AV301 leaves alone, so none of its routes is reported."""
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/users")  # ok: AV301
def list_users():
    return jsonify(users())


@app.post("/api/users")  # ok: AV301
def create_user():
    return jsonify(add_user(request.json)), 201


@app.delete("/api/users/<int:uid>")  # ok: AV301
def delete_user(uid):
    return "", 204


@app.route("/api/admin/reset", methods=["POST"])  # ok: AV301
def reset():
    return "", 204
