"""Sessions on Flask: cookie settings and cookies set by hand."""
import os

from flask import Flask, make_response, request

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = False  # want: AV705
app.config["SESSION_COOKIE_HTTPONLY"] = False  # want: AV705
app.config.update(REMEMBER_COOKIE_SECURE=False, SESSION_COOKIE_SAMESITE="Lax")  # want: AV705
app.config.update({"REMEMBER_COOKIE_HTTPONLY": False})  # want: AV705

app.config["SESSION_COOKIE_SECURE"] = True  # ok: AV705
app.config["SESSION_COOKIE_SECURE"] = os.environ.get("HTTPS") == "1"  # ok: AV705 (decided at run time)
app.config["SESSION_COOKIE_SAMESITE"] = None  # ok: AV705 (SameSite is not reported; see the catalogue)
app.config["PREFERRED_URL_SCHEME"] = False  # ok: AV705
if os.environ.get("FLASK_ENV") == "development":
    app.config["SESSION_COOKIE_SECURE"] = False  # ok: AV705 (decided at run time)


class Config:
    SESSION_COOKIE_SECURE = False  # want: AV705


class DevelopmentConfig(Config):
    SESSION_COOKIE_SECURE = False  # ok: AV705 (a development configuration)


@app.post("/login")
def login():
    resp = make_response("ok")
    token = issue_token(request.form["user"])  # want: AV704
    resp.set_cookie("access_token", token)  # want: AV705
    resp.set_cookie("session", token, httponly=True)  # want: AV705
    resp.set_cookie("refresh_token", token, secure=True, httponly=False)  # want: AV705
    resp.set_cookie("remember_token", token, 3600, None, "/", None, False, True)  # want: AV705
    resp.set_cookie("csrf_token", token)  # want: AV705

    resp.set_cookie("access_token", token, secure=True, httponly=True, samesite="Lax")  # ok: AV705
    resp.set_cookie("csrf_token", token, secure=True)  # ok: AV705 (scripts must read a CSRF cookie)
    resp.set_cookie("theme", "dark")  # ok: AV705 (not a session cookie)
    resp.set_cookie("lang", request.args.get("lang", "en"), max_age=3600)  # ok: AV705
    resp.set_cookie("session", "", expires=0)  # ok: AV705 (clearing the cookie)
    resp.set_cookie("session", token, secure=request.is_secure, httponly=True)  # ok: AV705 (decided at run time)
    resp.set_cookie(os.environ["COOKIE_NAME"], token)  # ok: AV705 (name decided at run time)
    resp.set_cookie("session", token, **COOKIE_OPTIONS)  # ok: AV705 (options from a variable)
    return resp


def issue_token(user):
    return user
