"""A half-edited settings module: the broken lines must not hide the rest."""
import os

SECRET_KEY = "Bq7#xL2!vZ9@mK4$"  # want: AV101

def broken(:
    password = "unterminated

DATABASES = {"default": {"PASSWORD": "Dz5!kW8#qN3@vX6$",  # want: AV101
API_TOKEN = os.environ["API_TOKEN"]  # ok: AV101
(((((((((((("Nested" "but harmless")))))))))))
auth = (
