"""Accounts API: PyJWT decoding done right and wrong."""
import os

import jwt
from flask import Flask, abort, jsonify, request
from jwt import PyJWKClient

app = Flask(__name__)
SECRET_KEY = os.environ["JWT_SECRET"]
PUBLIC_KEYS = {"2024-01": os.environ.get("JWT_PUBLIC_KEY_2024_01")}
jwks = PyJWKClient("https://auth.example.com/.well-known/jwks.json")

NO_VERIFY = {"verify_signature": False}
VERIFY = False
KEEP_EXPIRY_OFF = {"verify_exp": False}


def bearer_token():
    header = request.headers.get("Authorization", "")
    return header.removeprefix("Bearer ")


@app.route("/me")
def me():
    claims = jwt.decode(bearer_token(), options={"verify_signature": False})  # want: AV601
    return jsonify({"user": claims["sub"]})


@app.route("/orders")
def orders():
    claims = jwt.decode(bearer_token(), SECRET_KEY, algorithms=["HS256"], options={"verify_signature": False})  # want: AV601
    return jsonify({"user": claims["sub"], "orders": []})


@app.route("/profile")
def profile():
    claims = jwt.decode(bearer_token(), SECRET_KEY, algorithms=["HS256"], options=NO_VERIFY)  # want: AV601
    claims = jwt.decode(bearer_token(), SECRET_KEY, algorithms=["HS256"], options={"verify_signature": VERIFY})  # want: AV601
    return jsonify(claims)


@app.route("/legacy")
def legacy():
    # PyJWT 1.x: verify=False switched the signature check off.
    claims = jwt.decode(bearer_token(), verify=False)  # want: AV601
    return jsonify(claims)


@app.route("/complete")
def complete():
    decoded = jwt.decode_complete(bearer_token(), options=dict(verify_signature=False))  # want: AV601
    return jsonify(decoded["payload"])


def peek_issuer(token):
    """Reads the issuer of a token."""
    return jwt.PyJWT().decode(token, options={"verify_signature": 0})["iss"]  # want: AV601


@app.route("/session")
def session_claims():
    token = bearer_token()
    try:
        claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])
    except jwt.ExpiredSignatureError:
        # The fallback hands out the claims of an expired, or forged, token.
        claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"], options={"verify_signature": False})  # want: AV601
    return jsonify(claims)


# --- near misses ---------------------------------------------------------------------------


@app.route("/verified")
def verified():
    claims = jwt.decode(bearer_token(), SECRET_KEY, algorithms=["HS256"])  # ok: AV601
    return jsonify(claims)


@app.route("/tenant")
def tenant():
    token = bearer_token()
    # The unverified issuer picks the key; the token is then verified with it.
    unverified = jwt.decode(token, options={"verify_signature": False})  # ok: AV601
    key = PUBLIC_KEYS.get(unverified["iss"])
    if key is None:
        abort(401)
    claims = jwt.decode(token, key, algorithms=["RS256"], audience="accounts")
    return jsonify(claims)


@app.route("/kid")
def by_kid():
    token = bearer_token()
    header = jwt.get_unverified_header(token)  # ok: AV601
    key = PUBLIC_KEYS[header["kid"]]
    return jsonify(jwt.decode(token, key, algorithms=["RS256"]))


@app.route("/jwks")
def with_jwks():
    token = bearer_token()
    signing_key = jwks.get_signing_key_from_jwt(token)
    claims = jwt.decode(token, signing_key.key, algorithms=["RS256"], options={"verify_signature": True})  # ok: AV601
    return jsonify(claims)


@app.route("/long-lived")
def long_lived():
    # Expiry not checked: weaker, but the signature still is.
    claims = jwt.decode(bearer_token(), SECRET_KEY, algorithms=["HS256"], options=KEEP_EXPIRY_OFF)  # ok: AV601
    return jsonify(claims)


def tokens_for(user_id):
    return jwt.encode({"sub": user_id}, SECRET_KEY, algorithm="HS256")  # ok: AV601
