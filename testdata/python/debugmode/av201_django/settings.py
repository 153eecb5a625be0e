"""Django settings for the shop project."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DEBUG = True  # want: AV201
# TEMPLATE_DEBUG was removed in Django 1.10 and only mattered with DEBUG on.
TEMPLATE_DEBUG = True  # ok: AV201

ALLOWED_HOSTS = ["shop.example.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "shop.orders",
]

ROOT_URLCONF = "shop.urls"

if os.environ.get("SHOP_PROFILE") == "ci":
    DEBUG = True  # ok: AV201 (decided at run time)


class FeatureFlags:
    DEBUG = True  # ok: AV201 (a class attribute, not the setting)


def debug_toolbar_enabled(request):
    DEBUG = True  # ok: AV201 (a local variable)
    return DEBUG and request.user.is_staff
