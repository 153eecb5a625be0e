"""Settings for production."""
from .base import *  # noqa: F403

DEBUG: bool = True  # want: AV201
ALLOWED_HOSTS = ["shop.example.com"]
