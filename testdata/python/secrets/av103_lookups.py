"""Credential words that describe what a value is used with: URL segments, lexer tokens, masks,
name maps and session keys are not secrets; the same shapes given as credentials still are."""
from urllib.parse import urlsplit

# A URL path segment that stands in for a token in the address bar.
class ResetConfirmView:
    confirm_url_token = "set-password"  # ok: AV103
    invite_slug_token = "accept-invite"  # ok: AV103
    reset_token = "set-password"  # want: AV103


# A lexer joining two keywords into one operator.
def lex(words):
    out = []
    for i, token in enumerate(words):
        if token == "not" and i + 1 < len(words) and words[i + 1] == "in":
            token = "not in"  # ok: AV103
        elif token == "is" and i + 1 < len(words) and words[i + 1] == "not":
            token = "is not"  # ok: AV103
        out.append(token)
    return out


api_token = "not set"  # want: AV103


# A mask written over a password to show the rest of a URL.
class DatabaseURL:
    def __init__(self, url):
        self.parts = urlsplit(url)

    def replace(self, **kwargs):
        return DatabaseURL(self.parts._replace(**kwargs).geturl())

    def __repr__(self):
        return repr(self.replace(password="********"))  # ok: AV103

    def __str__(self):
        password = "••••••"  # ok: AV103
        return f"{self.parts.hostname} (password {password})"


def redact_dsn(dsn):
    return dsn.replace(password="xxxxx")  # ok: AV103


def safe_copy(url):
    return url._replace(password="****")  # ok: AV103


DEFAULT_DB_PASSWORD = "********"  # want: AV103


# A map from model field names to directory attribute names.
LDAP_ATTRIBUTE_NAMES = {
    "password": "pass",  # ok: AV103
    "email": "mail",
    "name": "name",
    "enabled": "enabled",
}

# A dictionary of credentials is no name map, short values or not.
LOGIN = {"username": "admin", "password": "admin"}  # want: AV103
DB = {"host": "db", "user": "app", "password": "changeme", "name": "app"}  # want: AV103
SERVICE = {"username": "user", "password": "pass", "host": "localhost"}  # want: AV103
