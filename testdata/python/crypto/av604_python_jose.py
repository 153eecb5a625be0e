"""python-jose accepting both algorithm families."""
import os

from jose import jwt

KEY = os.environ["JWT_KEY"]


def claims_of(token):
    return jwt.decode(token, KEY, algorithms=["RS256", "HS256"])  # want: AV604


def verified_claims(token):
    return jwt.decode(token, KEY, algorithms=["RS256"])  # ok: AV604
