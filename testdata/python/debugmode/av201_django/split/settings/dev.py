"""Settings for a developer's machine (DJANGO_SETTINGS_MODULE=shop.settings.dev)."""
from .base import *  # noqa: F403

DEBUG = True  # ok: AV201 (the development settings module)
