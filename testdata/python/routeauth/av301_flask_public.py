"""Routes that are public by design, in an application whose other routes are guarded: none of
them is reported."""
import hashlib
import hmac

from flask import Blueprint, Flask, abort, jsonify, request, send_from_directory
from flask_jwt_extended import create_access_token, jwt_required

app = Flask(__name__)
auth_bp = Blueprint("auth", __name__, url_prefix="/api/auth")


@app.post("/api/orders")
@jwt_required()
def create_order():
    return jsonify(place(request.json)), 201


@app.delete("/api/orders/<int:oid>")
@jwt_required()
def delete_order(oid):
    return "", 204


@auth_bp.post("/login")  # ok: AV301
def login():
    return jsonify(token=create_access_token(identity=check(request.json)))


@auth_bp.post("/logout")  # ok: AV301
def logout():
    return "", 204


@auth_bp.post("/register")  # ok: AV301
def register():
    return jsonify(create_user(request.json)), 201


@auth_bp.post("/token/refresh")  # ok: AV301
def refresh_access():
    return jsonify(token=refresh(request.json))


@auth_bp.post("/forgot-password")  # ok: AV301
def forgot_password():
    send_reset(request.json["email"])
    return "", 202


@app.post("/api/sessions")  # ok: AV301 (login, by the handler's name)
def user_login():
    return jsonify(token=create_access_token(identity=check(request.json)))


@app.get("/healthz")  # ok: AV301
def healthz():
    return "ok"


@app.route("/readyz", methods=["GET", "HEAD"])  # ok: AV301
def readyz():
    return "ready"


@app.get("/static/admin/<path:filename>")  # ok: AV301
def admin_assets(filename):
    return send_from_directory("static/admin", filename)


@app.get("/api/docs/admin")  # ok: AV301
def admin_docs():
    return send_from_directory("docs", "admin.html")


@app.get("/openapi.json")  # ok: AV301
def openapi():
    return jsonify(spec())


@app.post("/api/webhooks/github")  # ok: AV301
def github_webhook():
    sig = "sha256=" + hmac.new(secret(), request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, request.headers.get("X-Hub-Signature-256", "")):
        abort(400)
    return "", 204


app.register_blueprint(auth_bp)
