"""Django settings for the ledger project."""
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
INSTALLED_APPS = ["django.contrib.auth", "ledger.books"]
ROOT_URLCONF = "ledger.urls"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "console": {"class": "logging.StreamHandler", "level": "DEBUG"},  # ok: AV203 (handler level)
    },
    "root": {"handlers": ["console"], "level": "DEBUG"},  # want: AV203
    "loggers": {
        "django": {"handlers": ["console"], "level": "DEBUG", "propagate": False},  # want: AV203
        "django.request": {"level": 10},  # want: AV203
        "ledger.books": {"handlers": ["console"], "level": "DEBUG"},  # ok: AV203 (the app's own logger)
        "django.security": {"level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},  # ok: AV203
        "django.template": {"level": "INFO"},  # ok: AV203
    },
}
