"""Django settings of the shop project."""
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
INSTALLED_APPS = ["shop"]

SESSION_COOKIE_SECURE = False  # want: AV705
CSRF_COOKIE_SECURE = False  # want: AV705
SESSION_COOKIE_HTTPONLY = False  # want: AV705
CSRF_COOKIE_HTTPONLY = False  # ok: AV705 (Django's default; scripts may read the CSRF cookie)
SESSION_COOKIE_SAMESITE = "Lax"  # ok: AV705
LANGUAGE_COOKIE_SECURE = False  # ok: AV705 (not a session cookie)
