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
