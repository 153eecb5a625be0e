"""A Flask application using Flask-RBAC: rbac.allow / rbac.deny guard a route, while
rbac.exempt and allowing the anonymous role open it on purpose (a decision, not an oversight)."""
from flask import Flask, jsonify, request
from flask_rbac import RBAC

app = Flask(__name__)
rbac = RBAC(app)


@app.route("/api/posts", methods=["GET"])
@rbac.allow(["anonymous"], methods=["GET"])
def list_posts():
    return jsonify(posts())


@app.route("/api/posts", methods=["POST"])  # ok: AV301
@rbac.allow(["editor", "admin"], methods=["POST"])
def create_post():
    return jsonify(add_post(request.json)), 201


@app.route("/api/posts/<int:pid>", methods=["DELETE"])  # ok: AV301
@rbac.deny(["editor"], methods=["DELETE"])
def delete_post(pid):
    return "", 204


@app.route("/api/comments", methods=["POST"])  # ok: AV301 (opened to anonymous users on purpose)
@rbac.allow(["anonymous"], methods=["POST"])
def add_comment():
    return jsonify(comment(request.json)), 201


@app.route("/api/feedback", methods=["POST"])  # ok: AV301 (exempt on purpose)
@rbac.exempt
def feedback():
    return "", 204


@app.route("/api/posts/<int:pid>/publish", methods=["POST"])  # want: AV301
def publish(pid):
    return "", 204
