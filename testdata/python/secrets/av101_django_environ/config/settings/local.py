"""Development settings: the defaults of environment lookups are the values a developer's
machine runs with, not production secrets."""
import os

from .base import *  # noqa: F403
from .base import env

DEBUG = True
SECRET_KEY = env("DJANGO_SECRET_KEY", default="Lk3Jd8Pq1Zx7Vn5Rt2Wm9Yb4Hc6Gf0Ss3Ke8Ad1Qw7Er5Ty2Ui9Op4")  # ok: AV101
API_TOKEN = os.environ.get("API_TOKEN", "Zx7Vn5Rt2Wm9Yb4Hc6Gf0Ss3")  # ok: AV101

# A literal bound directly is still a credential in the source.
PARTNER_PASSWORD = "Pq1Zx7Vn5Rt2!Wm9"  # want: AV101
