"""Session tokens with PyJWT: the "none" algorithm accepted and used."""
import os

import jwt as pyjwt
from flask import Flask, jsonify, request

app = Flask(__name__)
SECRET_KEY = os.environ["SESSION_SECRET"]
ACCEPTED = ["HS256", "none"]
SIGNING_ALGORITHM = "none"
GOOD_ALGORITHMS = ("HS256",)


def issue(user_id):
    return pyjwt.encode({"sub": user_id}, None, algorithm="none")  # want: AV602


def issue_positional(user_id):
    return pyjwt.encode({"sub": user_id}, "", "NONE")  # want: AV602


def issue_configured(user_id):
    return pyjwt.encode({"sub": user_id}, SECRET_KEY, algorithm=SIGNING_ALGORITHM)  # want: AV602


@app.route("/session")
def session():
    token = request.cookies.get("session", "")
    claims = pyjwt.decode(token, SECRET_KEY, algorithms=["HS256", "none"])  # want: AV602
    return jsonify(claims)


@app.route("/session/v2")
def session_v2():
    token = request.cookies.get("session", "")
    claims = pyjwt.decode(token, SECRET_KEY, algorithms=ACCEPTED)  # want: AV602
    return jsonify(claims)


# --- near misses ---------------------------------------------------------------------------


def issue_signed(user_id):
    return pyjwt.encode({"sub": user_id}, SECRET_KEY, algorithm="HS256")  # ok: AV602


@app.route("/session/v3")
def session_v3():
    token = request.cookies.get("session", "")
    claims = pyjwt.decode(token, SECRET_KEY, algorithms=GOOD_ALGORITHMS)  # ok: AV602
    header = pyjwt.get_unverified_header(token)
    if header.get("alg") == "none":  # ok: AV602 (rejecting it)
        return jsonify({"error": "unsigned token"}), 401
    return jsonify(claims)


def describe(algorithm="none"):  # ok: AV602 (not a JWT call)
    return {"algorithm": algorithm}
