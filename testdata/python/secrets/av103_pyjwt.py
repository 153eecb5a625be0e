"""Token helpers copied from a PyJWT example."""
import os

import jwt


def make_token(user_id: int) -> str:
    return jwt.encode({"user_id": user_id}, "secret", algorithm="HS256")  # want: AV103


def read_token(token: str) -> dict:
    return jwt.decode(token, key="your_jwt_secret_key", algorithms=["HS256"])  # want: AV103


def make_token_env(user_id: int) -> str:
    return jwt.encode({"user_id": user_id}, os.environ["JWT_SECRET"], algorithm="HS256")  # ok: AV103


def read_unverified(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})  # ok: AV103


# Placeholders and phrases of credential words reach the key through a name.
JWT_SIGNER = "this-is-secret"  # want: AV103


def make_token_constant(user_id: int) -> str:
    return jwt.encode({"user_id": user_id}, JWT_SIGNER, algorithm="HS256")


def make_token_local(user_id: int) -> str:
    k = "secret"  # want: AV103
    return jwt.encode({"user_id": user_id}, k, algorithm="HS256")


def make_token_phrase(user_id: int) -> str:
    return jwt.encode({"user_id": user_id}, "jwt-secret-key", algorithm="HS256")  # want: AV103


# Names of keys are not keys: an environment variable's name, a label that never reaches a signer.
KEY_SETTING = "jwt-secret-key"  # ok: AV103


def make_token_named(user_id: int) -> str:
    return jwt.encode({"user_id": user_id}, os.environ[KEY_SETTING], algorithm="HS256")  # ok: AV103
