"""Webhooks and an API-key protected admin API on Flask."""
import hashlib
import hmac
import os

from flask import Flask, abort, current_app, jsonify, request

app = Flask(__name__)
app.config["WEBHOOK_SECRET"] = os.environ["WEBHOOK_SECRET"]
API_KEY = os.environ["ADMIN_API_KEY"]
ADMIN_PASSWORD = os.environ["ADMIN_PASSWORD"]
GITHUB_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()


@app.before_request
def require_api_key():
    if request.path.startswith("/admin") and request.headers.get("X-API-Key") != API_KEY:  # want: AV605
        abort(401)


@app.route("/admin/stats")
def stats():
    api_key = request.args.get("api_key")
    if api_key == API_KEY:  # want: AV605
        return jsonify({"users": 42})
    abort(403)


@app.route("/hooks/github", methods=["POST"])
def github_hook():
    signature = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(GITHUB_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if signature != expected:  # want: AV605
        abort(400)
    return "", 204


@app.route("/hooks/payments", methods=["POST"])
def payments_hook():
    secret = current_app.config["WEBHOOK_SECRET"].encode()
    digest = hmac.new(secret, request.data, hashlib.sha256).hexdigest()
    if digest == request.headers["X-Signature"]:  # want: AV605
        return "", 204
    abort(400)


@app.route("/admin/login", methods=["POST"])
def admin_login():
    auth = request.authorization
    if auth is None or request.authorization.password != ADMIN_PASSWORD:  # want: AV605
        abort(401)
    return jsonify({"ok": True})


@app.route("/internal")
def internal():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if token != os.environ["INTERNAL_TOKEN"]:  # want: AV605
        abort(401)
    return jsonify({"ok": True})


# --- near misses ---------------------------------------------------------------------------


@app.route("/admin/ping")
def ping():
    supplied = request.headers.get("X-API-Key", "")
    if hmac.compare_digest(supplied, API_KEY):  # ok: AV605
        return "pong"
    if request.headers.get("X-API-Key") is None:  # ok: AV605
        abort(401)
    if request.headers.get("X-API-Key") == "":  # ok: AV605
        abort(401)
    if len(supplied) == 32:  # ok: AV605
        return "pong"
    abort(401)


@app.route("/tokens")
def tokens():
    token_type = request.args.get("token_type", "bearer")
    if token_type == "Bearer":  # ok: AV605
        return jsonify({"type": "bearer"})
    if request.headers.get("X-Request-Id") == request.args.get("request_id"):  # ok: AV605
        return jsonify({"echo": True})
    # Double-submit CSRF check: both values come from the client.
    if request.headers.get("X-CSRF-Token") != request.cookies.get("csrf_token"):  # ok: AV605
        abort(403)
    return jsonify({})


@app.route("/signup", methods=["POST"])
def signup():
    password = request.form["password"]
    confirm_password = request.form["confirm_password"]
    if password != confirm_password:  # ok: AV605
        abort(400)
    return jsonify({"ok": True})


def settings_consistent():
    return app.config["WEBHOOK_SECRET"] == os.environ["WEBHOOK_SECRET"]  # ok: AV605


class ApiClient:
    def __init__(self, api_key):
        self.api_key = api_key

    def __eq__(self, other):
        return self.api_key == other.api_key  # ok: AV605


def find_key_owner(db, User, api_key):
    return db.session.query(User).filter(User.api_key == api_key).first()  # ok: AV605 (a query)


def valid_token(token, expected):
    return token == expected  # want: AV605


SIGNATURE_HMAC = "HMAC-SHA1"


class CredTypes:
    HMAC = "HMAC"
    OAUTH2 = "OAuth 2.0"


def signature_method(method, cred_type, encryption_key_sha256, stored_sha256):
    if method == SIGNATURE_HMAC:  # ok: AV605 (a constant naming a method)
        return "hmac"
    if cred_type == CredTypes.HMAC:  # ok: AV605 (an enum member)
        return "hmac"
    if encryption_key_sha256 != stored_sha256:  # ok: AV605 (a fingerprint of the key)
        return "changed"
    return None
