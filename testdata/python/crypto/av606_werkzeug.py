"""Password hashing with Werkzeug's helpers."""
from werkzeug.security import check_password_hash, generate_password_hash


def weak_hash(password):
    return generate_password_hash(password, method="md5")  # want: AV606


def weak_hash_positional(password):
    return generate_password_hash(password, "sha256")  # want: AV606


def strong_hash(password):
    return generate_password_hash(password)  # ok: AV606


def strong_hash_pbkdf2(password):
    return generate_password_hash(password, method="pbkdf2:sha256", salt_length=16)  # ok: AV606


def strong_hash_scrypt(password):
    return generate_password_hash(password, method="scrypt")  # ok: AV606


def check(stored, password):
    return check_password_hash(stored, password)
