"""A notes API protected with Flask-HTTPAuth: basic and token authentication combined."""
from flask import Flask, g, jsonify, request
from flask_httpauth import HTTPBasicAuth, HTTPTokenAuth, MultiAuth

app = Flask(__name__)
basic = HTTPBasicAuth()
token_auth = HTTPTokenAuth(scheme="Bearer")
auth = MultiAuth(basic, token_auth)


@basic.verify_password
def verify_password(username, password):
    user = find_user(username)
    if user and user.check_password(password):
        return user


@token_auth.verify_token
def verify_token(token):
    return user_for_token(token)


@app.route("/api/notes")
@auth.login_required
def list_notes():
    return jsonify(notes_of(auth.current_user()))


@app.route("/api/notes", methods=["POST"])  # ok: AV301
@auth.login_required
def add_note():
    return jsonify(save_note(auth.current_user(), request.json)), 201


@app.route("/api/notes/<int:nid>", methods=["DELETE"])  # ok: AV301
@auth.login_required(role="admin")
def delete_note(nid):
    remove_note(nid)
    return "", 204


@app.route("/api/notes/<int:nid>", methods=["PUT"])  # want: AV301
@auth.login_required(optional=True)
def edit_note(nid):
    return jsonify(save_note(auth.current_user(), request.json, nid))


@app.route("/api/notes/<int:nid>/share", methods=["POST"])  # want: AV301
def share_note(nid):
    return jsonify(share(nid, request.json["with"]))


@app.route("/api/tokens", methods=["POST"])  # ok: AV301
@basic.login_required
def issue_token():
    return jsonify(token=new_token(basic.current_user()))


@app.route("/api/auth/refresh", methods=["POST"])  # ok: AV301
def refresh():
    return jsonify(token=refresh_token(request.json["refresh_token"]))


@app.route("/api/ping")
def ping():
    return "pong"
