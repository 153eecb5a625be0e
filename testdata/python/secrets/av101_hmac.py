"""Verifies webhook signatures from the payment provider."""
import hashlib
import hmac
import os
import secrets


def sign(body: bytes) -> str:
    return hmac.new(b"wH9#kL2!mQ7@xZ4$vB8n", body, hashlib.sha256).hexdigest()  # want: AV101


def sign_v2(body: bytes) -> bytes:
    return hmac.digest(key=b"Hm4!cK8#vN2@xQ6$", msg=body, digest="sha256")  # want: AV101


def check(api_token: str) -> bool:
    return secrets.compare_digest(api_token, "Ck7#mW3!zR9@pL5$")  # want: AV101


def sign_from_env(body: bytes) -> str:
    return hmac.new(os.environ["WEBHOOK_SECRET"].encode(), body, hashlib.sha256).hexdigest()  # ok: AV101


def verify(body: bytes, signature: str) -> bool:
    expected = hmac.new(os.environ["WEBHOOK_SECRET"].encode(), body, "sha256").hexdigest()  # ok: AV101
    return hmac.compare_digest(expected, signature)  # ok: AV101


def digest(body: bytes) -> str:
    return hashlib.sha256(b"payments-webhook-v1" + body).hexdigest()  # ok: AV101
