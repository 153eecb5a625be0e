"""Django settings of a public API: every origin, no credentials."""
INSTALLED_APPS = ["corsheaders"]

CORS_ALLOW_ALL_ORIGINS = True  # ok: AV701 (no credentials)
CORS_ALLOW_CREDENTIALS = False
