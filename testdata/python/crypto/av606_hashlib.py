"""A hand-rolled user store hashing passwords with hashlib."""
import hashlib
import os
import uuid

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


def hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()  # want: AV606


def hash_password_salted(password, salt):
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()  # want: AV606


def hash_password_formatted(user, salt):
    return hashlib.sha1(f"{salt}:{user.password}".encode()).hexdigest()  # want: AV606


def hash_password_new(pw):
    return hashlib.new("sha512", pw.encode()).hexdigest()  # want: AV606


def hash_password_update(password):
    h = hashlib.sha256()
    h.update(os.urandom(16))
    h.update(password.encode())  # want: AV606
    return h.hexdigest()


@app.route("/register", methods=["POST"])
def register():
    data = request.get_json()
    digest = hashlib.sha256(data["password"].encode()).hexdigest()  # want: AV606
    return jsonify({"id": str(uuid.uuid4()), "hash": digest})


# --- near misses ---------------------------------------------------------------------------


def hash_password_properly(password):
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # ok: AV606


def hash_password_scrypt(password):
    salt = os.urandom(16)
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)  # ok: AV606


def file_checksum(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()  # ok: AV606


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest()  # ok: AV606


def token_digest(reset_token):
    # Reset tokens are random: a SHA-256 of one is the right way to store it.
    return hashlib.sha256(reset_token.encode()).hexdigest()  # ok: AV606


def password_reset_key(password_reset_token):
    return hashlib.sha256(password_reset_token.encode()).hexdigest()  # ok: AV606


def cache_key(user_id, password_hash):
    return hashlib.md5(f"{user_id}:{password_hash}".encode()).hexdigest()  # ok: AV606


def passes(first_pass, second_pass):
    return hashlib.md5(first_pass + second_pass).hexdigest()  # ok: AV606


def directory_key():
    pwd = os.getcwd()
    return hashlib.md5(pwd.encode()).hexdigest()  # ok: AV606 (the working directory)


def wsse_password_digest(nonce, created, password):
    # WS-Security UsernameToken: the protocol fixes SHA-1 over nonce, timestamp and password.
    return hashlib.sha1(nonce + created.encode() + password.encode()).digest()  # ok: AV606
