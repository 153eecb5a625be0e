"""AV506 with Flask: a login API served by the development server on every interface."""
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.json.get("username")
    password = request.json.get("password")
    return jsonify(ok=check(username, password))


@app.route("/me")
def me():
    auth = request.authorization
    return jsonify(user=auth.username if auth else None)


def check(username, password):
    return bool(username and password)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000)  # want: AV506
    app.run()  # ok: AV506 (Flask's default host is 127.0.0.1)
    app.run(host="127.0.0.1", port=5001)  # ok: AV506
