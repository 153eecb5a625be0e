"""Tests of the password and token hashing helpers: digests and fixtures are not secrets here."""
import hashlib
import hmac

import pytest
import stripe

from accounts.hashing import hash_password, sign_token

KNOWN_DIGEST = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"  # ok: AV101
password_sha1 = "5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8"  # ok: AV101
signing_key = "0123456789abcdef0123456789abcdef"  # ok: AV101
api_token = "4f9c2e7a1b8d3f6e0a5c9b2d7e4f1a8c"  # ok: AV101
SECRET_KEY = "test-secret-key"  # ok: AV101, AV103
PASSWORD = "hunter2"  # ok: AV101, AV103
stripe_client = stripe.StripeClient("sk_" "test_" "iVpzz63FfkCzJr4i0B3JrTAw")  # ok: AV102 (a Stripe test key in a test)


def test_hash_password():
    assert hash_password("correct horse battery staple") == KNOWN_DIGEST  # ok: AV101


def test_sign_token():
    mac = hmac.new(b"test-key", b"payload", hashlib.sha256).hexdigest()  # ok: AV101, AV103
    assert sign_token("payload", key="test-key") == mac  # ok: AV101


@pytest.fixture
def credentials():
    return {"username": "alice", "password": "wonderland"}  # ok: AV101, AV103


def test_database_url():
    assert connect("postgresql://test:test@localhost/test_db")  # ok: AV103, AV104
