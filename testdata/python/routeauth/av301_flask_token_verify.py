"""An authentication service: the token a caller posts to /session/verify is its credential, and
jwt.decode with a key raises on a forged or expired one, so the handler checks credentials
itself. Decoding without verifying the signature checks nothing."""
import os

import jwt
from flask import Blueprint, jsonify, request
from flask_jwt_extended import jwt_required

bp = Blueprint("session", __name__, url_prefix="/session")

PUBLIC_KEY = os.environ["SESSION_PUBLIC_KEY"]


@bp.get("/sessions")
@jwt_required()
def list_sessions():
    return jsonify(active_sessions())


@bp.post("/verify")  # ok: AV301
def verify():
    claims = jwt.decode(request.get_json()["token"], PUBLIC_KEY, algorithms=["RS256"])
    return jsonify(claims)


@bp.post("/introspect")  # ok: AV301
def introspect():
    token = request.form["token"]
    return jsonify(active=bool(jwt.decode(token, key=PUBLIC_KEY, algorithms=["RS256"])))


@bp.post("/peek")  # want: AV301
def peek():
    claims = jwt.decode(request.get_json()["token"], options={"verify_signature": False})
    return jsonify(claims)
