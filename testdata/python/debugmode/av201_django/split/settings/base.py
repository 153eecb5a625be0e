"""Settings shared by every environment."""
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False  # ok: AV201
INSTALLED_APPS = ["django.contrib.auth", "shop.orders"]
