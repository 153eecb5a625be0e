"""Encrypts card tokens at rest with Fernet."""
import os

from cryptography.fernet import Fernet

vault = Fernet(b"GRdy7Ha0g6L0a9XjBPaVfUq1OGwOqx0ZpXxNPX7Q2nE=")  # want: AV101
backup = Fernet(key="mZ3yQ8vN1kL6pW9tR4xB7cF2hJ5sD0gA3eU8iO1nM4w=")  # want: AV101
rotating = Fernet(os.environ["CARD_VAULT_KEY"].encode())  # ok: AV101
fresh = Fernet(Fernet.generate_key())  # ok: AV101
