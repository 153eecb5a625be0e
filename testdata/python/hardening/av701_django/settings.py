"""Django settings of the shop project (django-cors-headers)."""
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
INSTALLED_APPS = ["corsheaders", "shop"]

CORS_ALLOW_ALL_ORIGINS = True  # want: AV701
CORS_ORIGIN_ALLOW_ALL = True  # ok: AV701 (reported once, at the first allow-all setting)
CORS_ALLOW_CREDENTIALS = True

if os.environ.get("DJANGO_ENV") == "dev":
    CORS_ALLOW_ALL_ORIGINS = True  # ok: AV701 (decided at run time)
