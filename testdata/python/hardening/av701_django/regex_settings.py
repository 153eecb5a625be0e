"""Django settings allowing every origin through a regular expression, with credentials."""
INSTALLED_APPS = ["corsheaders"]

CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\w+\.example\.com$", r".*"]  # want: AV701
CORS_ALLOW_CREDENTIALS = True
