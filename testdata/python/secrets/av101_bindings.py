"""Where a literal gets its name: plain Python idioms shared by every framework."""
import argparse
import os
from dataclasses import dataclass, field

import boto3
import click
import hvac
import psycopg2
from prometheus_client import Counter

# Module constants, annotated assignments, chains and unpacking.
API_KEY = "a1B2c3D4e5F6g7H8i9J0kLmN"  # want: AV101
api_token: str = "Zq8Xw3Ev6Rt9Yu2Io5Pa"  # want: AV101
primary_password = backup_password = "Bk9!vL3#qZ7@"  # want: AV101
db_user, db_password = "orders", "Or7#dS2!vX9@"  # want: AV101
(smtp_user, smtp_password) = ("mailer", "Ml4$kQ8!zW2#")  # want: AV101
SIGNING_KEYS = ["Sk1#aB9!cD8@eF7$", "Sk2#gH6!iJ5@kL4$"]  # want: AV101 AV101
ADMIN_CREDENTIALS = ("admin", "Ad5!mN8#bV2@")  # want: AV101
FALLBACK_TOKEN = os.environ.get("SERVICE_TOKEN") or "Fb3Kx9Lq2Mz7Vw4Rt8Ys"  # want: AV101
REPORTS_API_KEY = os.getenv("REPORTS_API_KEY", "Rk6Tz1Xq8Lm3Vw9Np4Bc")  # want: AV101
INTERNAL_API_KEY = os.environ.get("INTERNAL_API_KEY", default="Ik2Pz7Xv4Lq9Mw3Rt8Nb")  # want: AV101


class Config:
    SECRET_KEY = "cF8#vB3!nM6@qW1$"  # want: AV101
    SESSION_TIMEOUT = 3600

    def __init__(self):
        self.api_secret = "Sx4#kP9!mL2@vQ7$"  # want: AV101
        self._client_secret = "Cs7!nB2#vX8@zQ5$"  # want: AV101
        self.password_field = "password"  # ok: AV101
        self.token_type = "Bearer"  # ok: AV101


@dataclass
class MailSettings:
    host: str = "smtp.internal"
    password: str = field(default="Mp3#xZ8!qW5@")  # want: AV101
    password_env: str = "MAIL_PASSWORD"  # ok: AV101


def connect(user="reports", password="Cn6!vB9#mQ2@"):  # want: AV101
    return psycopg2.connect(host="db.internal", user=user, password=password)  # ok: AV101


def connect_inline():
    return psycopg2.connect(host="db.internal", dbname="orders", user="orders", password="Pg4#kL7!zX2@")  # want: AV101


def login(form):
    if form["password"] == "Op9!kM3#vZ6@":  # want: AV101
        return "admin"
    if form.get("api_key") != "Ak5Xq8Lz2Mv7Rw4Tn9Pb":  # want: AV101
        return None
    if form["password"] == "" or form["token_type"] == "bearer":  # ok: AV101
        return None
    return form["user"]


parser = argparse.ArgumentParser()
parser.add_argument("-t", "--api-token", default="Cl8Vx3Qz6Lm1Wr9Tp4Nk")  # want: AV101
parser.add_argument("--password-file", default="/run/secrets/db_password")  # ok: AV101


@click.command()
@click.option("--password", default="Ck3!zX7#vB4@")  # want: AV101
@click.option("--token", envvar="EXPORT_TOKEN", help="API token for the export service")  # ok: AV101
def export(password, token):
    pass


# Values from secret managers, metadata that looks like a secret, and ordinary strings.
secrets_client = boto3.client("secretsmanager", region_name="eu-west-1")
db_secret = secrets_client.get_secret_value(SecretId="prod/orders/db-password")  # ok: AV101
vault = hvac.Client(url="https://vault.internal:8200", token=os.environ["VAULT_TOKEN"])  # ok: AV101
stripe_key = vault.secrets.kv.read_secret_version(path="payments/stripe-api-key")  # ok: AV101
token_fetch_errors = Counter("token_fetch_errors", "Failed token fetches")  # ok: AV101
password_reset_sent_total = Counter("password_reset_sent_total", "Password reset e-mails")  # ok: AV101
next_token = "eyJsYXN0IjoiMTIzNCJ9"  # ok: AV101
max_tokens = "4096"  # ok: AV101
PASSWORD_MIN_LENGTH = "12"  # ok: AV101
TOKEN_URL = "https://auth.internal/oauth2/token"  # ok: AV101
LOGIN_PATH = "/api/v1/auth/login"  # ok: AV101
DB_PASSWORD = "{db_password}"  # ok: AV101
REDIS_PASSWORD = "%(redis_password)s"  # ok: AV101
API_KEY_TEMPLATE = "${API_KEY}"  # ok: AV101
SECRET_KEY = os.environ["SECRET_KEY"]  # ok: AV101
PASSWORD = "password"  # ok: AV101 (the key name, not a value)
AUTH_BACKEND = "django.contrib.auth.backends.ModelBackend"  # ok: AV101
is_secret = True  # ok: AV101
secret = None  # ok: AV101
api_key = ""  # ok: AV101
token = "bearer"  # ok: AV101
password_hash = "pbkdf2_sha256$600000$salt$hash"  # ok: AV101
greeting = f"Hello {db_user}, your token expires soon"  # ok: AV101

# Near misses found in library code: lists of names, protocol names, lexers, help text.
_SSH_KEY_FORMATS = [b"ssh-ed25519", b"ecdsa-sha2-nistp256", b"ecdsa-sha2-nistp384"]  # ok: AV101
PHP_FUNCTIONS = {"OAuth": ("oauth_get_sbs", "oauth_urlencode"), "Password Hashing": ("password_hash", "password_needs_rehash")}  # ok: AV101
token_variants = ["+i6t-not-inline", "+i6t-inline", "+i6t-use-option"]  # ok: AV101
parser.add_argument("--proxy", help="Specify a proxy in the form scheme://[user:passwd@]proxy.server:port.")  # ok: AV101, AV103, AV104


def next_token(token, line):
    if token != "..." and token == "(":  # ok: AV103 (a lexer comparing tokens)
        return line
    if token == "Xk2#vL9!qZ5@mW8$":  # want: AV101
        return None
    return token
