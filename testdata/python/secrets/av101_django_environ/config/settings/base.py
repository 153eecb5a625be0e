"""Settings read through django-environ and python-decouple: a literal default of a credential
is the value the application runs with whenever the variable is unset."""
import environ
from decouple import config

env = environ.Env()

SECRET_KEY = env("DJANGO_SECRET_KEY", default="Vq7#xL2!mZ9@pR4$kT8&wN3*bY6^cH1e")  # want: AV101
STRIPE_SECRET = env.str("STRIPE_SECRET", default="Hx7Lq2Vm9ZpT4kR8wN3bY6cJ")  # want: AV101
MAILGUN_API_KEY = config("MAILGUN_API_KEY", default="9b2e7f4c1a8d3e6f0b5c9a2d7e4f1b8c")  # want: AV101

DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["example.com"])
DATABASE_PASSWORD = env("DATABASE_PASSWORD")
SENTRY_DSN = env.str("SENTRY_DSN", default="")
CACHE_KEY_PREFIX = env("CACHE_KEY_PREFIX", default="shop")
TOKEN_TYPE = config("TOKEN_TYPE", default="Bearer")
