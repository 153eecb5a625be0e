"""A user model that stores a fast digest as the password, whatever the input is called."""
import hashlib

from sqlalchemy.orm import Session


class Account:
    def set_secret(self, raw: str) -> None:
        self.password_hash = hashlib.sha256(raw.encode()).hexdigest()  # want: AV606

    def set_digest(self, text: str) -> None:
        h = hashlib.md5()
        h.update(text.encode())
        self.password = h.hexdigest()  # want: AV606


def reset(account, value: str) -> None:
    digest = hashlib.sha1(value.encode()).hexdigest()  # want: AV606
    account.password = digest


def create(session: Session, User, name: str, text: str) -> None:
    user = User(name=name, password_hash=hashlib.sha512(text.encode()).hexdigest())  # want: AV606
    session.add(user)


# --- near misses ---------------------------------------------------------------------------


def fingerprint(account, text: str) -> None:
    account.fingerprint = hashlib.sha256(text.encode()).hexdigest()  # ok: AV606 (not a password field)


def store_token_hash(account, token: str) -> None:
    account.token_hash = hashlib.sha256(token.encode()).hexdigest()  # ok: AV606 (a token, not a password)


def store_hashed(account, password: str) -> None:
    account.password = hashlib.md5(password.encode()).hexdigest()  # want: AV606
