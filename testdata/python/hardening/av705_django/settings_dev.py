"""Django settings for a developer's machine: plain HTTP on localhost."""
from .settings import *  # noqa: F403

SESSION_COOKIE_SECURE = False  # ok: AV705 (development settings)
CSRF_COOKIE_SECURE = False  # ok: AV705 (development settings)
