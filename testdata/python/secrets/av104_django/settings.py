"""Settings of the analytics project: caches, queues and databases by URL."""
import os

import dj_database_url

DATABASES = {
    "default": dj_database_url.parse("postgres://analytics:An4lyt1cs!Pw@pg.internal:5432/analytics"),  # want: AV104
    "warehouse": dj_database_url.config(default="postgres://wh:Wh7Xq2Lm9Kv4@warehouse.internal/wh"),  # want: AV104
    "replica": dj_database_url.config(env="REPLICA_DATABASE_URL"),  # ok: AV104
}
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://:C4ch3Pw9Xz2@cache.internal:6379/1",  # want: AV104
    },
    "sessions": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("SESSION_CACHE_URL", "redis://127.0.0.1:6379/2"),  # ok: AV104
    },
}
EMAIL_URL = "smtp://mailer:M41l3r!Pw@smtp.internal:587"  # want: AV104
STATIC_URL = "https://cdn.example.org/static/"  # ok: AV104
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")  # ok: AV104
