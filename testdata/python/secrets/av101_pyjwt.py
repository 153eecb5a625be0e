"""Token service: signs and verifies session tokens with PyJWT."""
import os
from datetime import datetime, timedelta, timezone

import jwt
from jwt import decode as jwt_decode

PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u
-----END PUBLIC KEY-----"""


def issue(user_id: str) -> str:
    claims = {"sub": user_id, "exp": datetime.now(timezone.utc) + timedelta(hours=1)}
    return jwt.encode(claims, "Jw7#kQ2!xZ9@mP4$vL8r", algorithm="HS256")  # want: AV101


def issue_refresh(user_id: str) -> str:
    return jwt.encode({"sub": user_id}, key="rF9kT2mX7qL4vZ8wN3pB", algorithm="HS512")  # want: AV101


def verify(token: str) -> dict:
    return jwt.decode(token, "Jw7#kQ2!xZ9@mP4$vL8r", algorithms=["HS256"])  # want: AV101


def verify_imported(token: str) -> dict:
    return jwt_decode(token, "s1gn1ng-K3y-f0r-t0k3ns", algorithms=["HS256"])  # want: AV101


# Keys from the environment, public keys and algorithm names are not findings.
def issue_from_env(user_id: str) -> str:
    return jwt.encode({"sub": user_id}, os.environ["JWT_SIGNING_KEY"], algorithm="HS256")  # ok: AV101


def verify_rs256(token: str) -> dict:
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="inventory")  # ok: AV101


def verify_inline_public_key(token: str) -> dict:
    return jwt.decode(token, "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----", algorithms=["RS256"])  # ok: AV101


def unverified_header(token: str) -> dict:
    return jwt.get_unverified_header(token)  # ok: AV101


def encode_other(payload: dict, codec) -> str:
    return codec.encode(payload, "utf-8")  # ok: AV101 (not PyJWT)


# A literal reaches the key argument through a name assigned once: reported where it is written.
SIGNING = "q7Vn2Lk9Xw4Rt8Zp3Jm6"  # want: AV101


def issue_with_constant(user_id: str) -> str:
    return jwt.encode({"sub": user_id}, SIGNING, algorithm="HS256")  # ok: AV101 (reported at the constant)


def verify_with_local(token: str) -> dict:
    k = "Tz4!pQ8#wL2@nX6$"  # want: AV101
    return jwt.decode(token, k.encode(), algorithms=["HS256"])


# A name that may hold anything is not followed: a parameter, or a name assigned twice.
def verify_with_parameter(token: str, SIGNING: str) -> dict:
    return jwt.decode(token, SIGNING, algorithms=["HS256"])  # ok: AV101


def issue_with_fallback(user_id: str) -> str:
    k = os.environ.get("JWT_KEY")
    if not k:
        k = "local-dev-only"  # ok: AV101 (k is assigned twice)
    return jwt.encode({"sub": user_id}, k, algorithm="HS256")
