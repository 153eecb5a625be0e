"""Django settings of the shop project."""
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "shop"]

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",  # want: AV606
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
