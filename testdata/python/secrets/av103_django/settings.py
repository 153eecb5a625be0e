"""Settings of a project started from a blog post."""
import os

SECRET_KEY = "django-insecure-change-me"  # want: AV103
DEBUG = False
ALLOWED_HOSTS = ["blog.example.org"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "blog",
        "USER": "root",  # ok: AV103 (a user name)
        "PASSWORD": "password123",  # want: AV103
        "HOST": "mysql.internal",
    },
    "archive": {
        "ENGINE": "django.db.backends.mysql",
        "USER": "archive",
        "PASSWORD": os.environ.get("ARCHIVE_DB_PASSWORD"),  # ok: AV103
    },
}
EMAIL_HOST_PASSWORD = "YOUR_EMAIL_PASSWORD"  # want: AV103
EMAIL_HOST_USER = "your_email@example.com"  # ok: AV103
SOCIAL_AUTH_GITHUB_SECRET = os.environ["GITHUB_OAUTH_SECRET"]  # ok: AV103
PASSWORD_RESET_TIMEOUT = 3600  # ok: AV103
