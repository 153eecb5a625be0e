"""Production settings: every switch comes from the environment."""
import os

import environ

env = environ.Env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"  # ok: AV201
DEBUG = env.bool("DEBUG", default=False)  # ok: AV201
DEBUG = False  # ok: AV201
ROOT_URLCONF = "shop.urls"
