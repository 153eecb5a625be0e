"""Django settings with an origin allowlist, and allow-all without credentials elsewhere."""
INSTALLED_APPS = ["corsheaders"]

CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\w+\.example\.com$"]  # ok: AV701
CORS_ALLOW_CREDENTIALS = True
