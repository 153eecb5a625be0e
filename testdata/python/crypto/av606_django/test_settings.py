"""Test settings: a fast hasher keeps the test suite quick."""
from .settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # ok: AV606
