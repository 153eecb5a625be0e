"""python-jose: "none" in the accepted algorithms."""
import os

from jose import jwt

SECRET_KEY = os.environ["SECRET_KEY"]


def claims_of(token):
    return jwt.decode(token, SECRET_KEY, algorithms=["none", "HS256"])  # want: AV602


def verified_claims(token):
    return jwt.decode(token, SECRET_KEY, algorithms=["HS256"])  # ok: AV602
