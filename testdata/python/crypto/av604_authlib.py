"""Authlib JsonWebToken instances: the algorithms given to the instance are what its decode accepts."""
import os

from authlib.jose import JsonWebToken

PUBLIC_KEY = os.environ["JWT_PUBLIC_KEY"]
ACCEPTED = ["RS256", "HS256"]

mixed = JsonWebToken(["HS256", "RS256"])  # want: AV604
mixed_constant = JsonWebToken(ACCEPTED)  # want: AV604
asymmetric = JsonWebToken(["RS256", "ES256"])  # ok: AV604
symmetric = JsonWebToken(algorithms=["HS256", "HS512"])  # ok: AV604


def claims_of(token):
    claims = asymmetric.decode(token, PUBLIC_KEY)  # ok: AV604
    claims.validate()
    return claims
