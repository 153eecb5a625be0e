"""Gateway that accepts first-party (HS256) and partner (RS256) tokens in one call."""
import os

import jwt

KEY = os.environ["JWT_KEY"]
ALLOWED = ("HS256", "RS256")
ASYMMETRIC = ["RS256", "ES256", "PS256"]


def claims(token):
    return jwt.decode(token, KEY, algorithms=["HS256", "RS256"])  # want: AV604


def claims_from_constant(token):
    return jwt.decode(token, KEY, algorithms=ALLOWED)  # want: AV604


def claims_eddsa(token):
    return jwt.decode(token, KEY, algorithms=["EdDSA", "HS512"])  # want: AV604


# --- near misses ---------------------------------------------------------------------------


def partner_claims(token):
    return jwt.decode(token, KEY, algorithms=ASYMMETRIC)  # ok: AV604


def first_party_claims(token):
    return jwt.decode(token, KEY, algorithms=["HS256", "HS512"])  # ok: AV604


def issue(sub):
    return jwt.encode({"sub": sub}, KEY, algorithm="HS256")  # ok: AV604
