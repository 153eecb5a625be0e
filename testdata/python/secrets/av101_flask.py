"""Billing API: a Flask service whose configuration holds its secrets."""
import os

from flask import Flask, jsonify, request, session
from flask_login import LoginManager

app = Flask(__name__)

# Session signing and service credentials written into the code.
app.secret_key = "c9f1e8b27a4d4f0e9b3a6d5c2e1f7a8b"  # want: AV101
app.config["SECRET_KEY"] = "q7Zt!x2Lm#9vR4pW"  # want: AV101
app.config.update(SECRET_KEY="mV4$kT9@pL2#xQ7z", SESSION_COOKIE_SECURE=True)  # want: AV101
app.config.update({"MAIL_PASSWORD": "Tr0ub4dor&3xyz"})  # want: AV101
app.config.from_mapping(
    BILLING_API_KEY="9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d",  # want: AV101
    SQLALCHEMY_TRACK_MODIFICATIONS=False,
)
app.config["WTF_CSRF_SECRET_KEY"] = (  # comment inside the parentheses
    "Hq3vN8xKp2Lr6TzW"  # want: AV101
)
os.environ.setdefault("PAYMENT_GATEWAY_TOKEN", "tok9Xv2Qm7Lp4Rs8Kz3W")  # want: AV101
os.environ["SMTP_PASSWORD"] = "w8Ny!cV3qZ"  # want: AV101
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY") or "Lk8#vQ2!zX7pM4wR"  # want: AV101

# Read from the environment or a secret manager: not findings.
app.secret_key = os.environ["FLASK_SECRET_KEY"]  # ok: AV101
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY")  # ok: AV101
app.config.update(SECRET_KEY=os.getenv("SECRET_KEY"), MAIL_PASSWORD=os.environ["MAIL_PASSWORD"])  # ok: AV101
app.config["SECRET_KEY"] = ""  # ok: AV101
app.config["SECRET_KEY"] = None  # ok: AV101
app.config.from_prefixed_env()
app.config.from_pyfile("secrets.cfg")  # ok: AV101

# Configuration that only looks secret.
app.config["SESSION_COOKIE_NAME"] = "billing_session"  # ok: AV101
app.config["JWT_TOKEN_LOCATION"] = ["headers", "cookies"]  # ok: AV101
app.config["API_KEY_HEADER"] = "X-Billing-Api-Key"  # ok: AV101
app.config["PASSWORD_RESET_URL"] = "/account/password/reset"  # ok: AV101
app.config["SECRET_KEY_ENV"] = "BILLING_SECRET_KEY"  # ok: AV101
app.config["SESSION_TYPE"] = "redis"  # ok: AV101

login_manager = LoginManager(app)
login_manager.login_view = "auth.login"  # ok: AV101


@app.route("/invoices")
def invoices():
    token = request.headers.get("X-Billing-Token", "")  # ok: AV101
    if session.get("auth_method") == "password":  # ok: AV101
        return jsonify(error="reauthenticate"), 401
    return jsonify(items=[], token_type="Bearer")  # ok: AV101
