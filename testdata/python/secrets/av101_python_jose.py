"""Partner API gateway: python-jose for signed partner tokens."""
import os

from jose import jws, jwt


def partner_token(partner: str) -> str:
    return jwt.encode({"partner": partner}, "pJ8!nK3#vM6@qL1$zX4w", algorithm="HS256")  # want: AV101


def verify_partner(token: str) -> dict:
    return jwt.decode(token, key="pJ8!nK3#vM6@qL1$zX4w", algorithms=["HS256"])  # want: AV101


def sign_payload(payload: bytes) -> str:
    return jws.sign(payload, "Sg5#hT8!kW2@nQ7$", algorithm="HS256")  # want: AV101


def partner_token_from_env(partner: str) -> str:
    return jwt.encode({"partner": partner}, os.environ["PARTNER_JWT_KEY"], algorithm="HS256")  # ok: AV101


def claims(token: str) -> dict:
    return jwt.get_unverified_claims(token)  # ok: AV101
