"""python-jose without pinned algorithms."""
import os

from jose import jwt

PUBLIC_KEY = os.environ["JWT_PUBLIC_KEY"]


def claims_of(token):
    return jwt.decode(token, PUBLIC_KEY)  # want: AV603


def verified_claims(token):
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])  # ok: AV603
